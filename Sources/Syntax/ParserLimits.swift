// How deep a program may nest, and what CPython 3.11 reports beyond that.
//
// Measured with python3 3.11.7 (see gen_syntax_errors.py, "deep_*" cases):
// - CPython's parser has a fixed stack of 6000 rule levels ("MAXSTACK"); a statement costs
//   about 30 of them and then `not`/`-`/`+`/`~`/conditional expressions/`elif` one level per
//   repetition, `lambda` and `**` two. Beyond it CPython raises a MemoryError (empty message).
// - Its compiler recurses over the tree with a limit that allows 2994 levels of statements plus
//   expressions; beyond it: RecursionError "maximum recursion depth exceeded during compilation".
//   Left-associative chains (`a+a+…`, `a.b.c…`, `f()()…`) never overflow the parser, only this.
// looplab's parser charges the same costs to `Parser.parserLevel` and measures tree depth
// after parsing, so both errors appear where CPython's do, and no Swift recursion or
// recursive deallocation ever goes deeper than these bounds.

enum ParserLimits {
    /// Parser levels available to expression chains before CPython's MemoryError.
    static let maxParserLevel = 5970
    /// Maximal statement + expression nesting the compiler accepts.
    static let maxTreeDepth = 2994
    /// Left-associative chains longer than this are not built further (the result is a
    /// RecursionError anyway), which keeps trees shallow.
    static let maxChain = 3000
    /// Parser levels charged for one `lambda` or `**`.
    static let lambdaCost = 2
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
