// How deep a program may nest, and what CPython 3.11 reports beyond that.
//
// Measured with python3 3.11.7 (see gen_syntax_errors.py, "deep_*" cases):
// - CPython's parser has a fixed stack of 6000 rule levels ("MAXSTACK"); a statement costs
//   about 30 of them and then `not`/`-`/`+`/`~`/conditional expressions/`elif` one level per
//   repetition, `lambda` and `**` two. Beyond it CPython raises a MemoryError (empty message).
// - Its compiler recurses over the tree with a limit that allows 3000 levels (running a file) of statements plus
//   expressions; beyond it: RecursionError "maximum recursion depth exceeded during compilation".
//   Left-associative chains (`a+a+…`, `a.b.c…`, `f()()…`) never overflow the parser, only this.
// looplab's parser charges the same costs to `Parser.parserLevel` and measures tree depth
// after parsing, so both errors appear where CPython's do, and no Swift recursion or
// recursive deallocation ever goes deeper than these bounds.

enum ParserLimits {
    /// Parser levels available to expression chains before CPython's MemoryError.
    static let maxParserLevel = 5970
    /// Maximal statement + expression nesting the compiler accepts.
    static let maxTreeDepth = 3000
    /// Left-associative chains longer than this are not built further (the result is a
    /// RecursionError anyway), which keeps trees shallow.
    static let maxChain = 3000
    /// Parser levels charged for one `lambda` or `**`.
    static let lambdaCost = 2
    /// Parser levels charged per bracket (measured: a parenthesised group costs about 28,
    /// a list/dict/set display 29, a call's or subscript's brackets 24).
    static let groupCost = 28
    static let displayCost = 29
    static let trailerCost = 24
    /// The outermost bracket costs less (CPython reaches an atom from a statement through
    /// more rules than from inside brackets): measured 46 for groups, 19 for displays.
    static let groupDiscount = 46
    static let displayDiscount = 19
    /// Estimated tree depth (nesting plus left-associative chains) past which the program
    /// is certainly over `maxTreeDepth`: parsing stops with the RecursionError at once, so
    /// partial trees never get deep enough to strain Swift's recursive deallocation.
    static let maxEstimatedDepth = 6_000
    /// Safety net for Swift recursion through brackets and nested constructs.
    static let maxRecursion = 1000

    static func memoryError(_ filename: String) -> ParseFailure {
        ParseFailure(error: SyntaxError(kind: .memoryError, message: "", filename: filename,
                                        line: nil, offset: nil, endLine: nil, endOffset: nil, text: nil))
    }

    static func recursionError(_ filename: String) -> ParseFailure {
        ParseFailure(error: SyntaxError(kind: .recursionError,
                                        message: "maximum recursion depth exceeded during compilation",
                                        filename: filename, line: nil, offset: nil, endLine: nil,
                                        endOffset: nil, text: nil))
    }
}
