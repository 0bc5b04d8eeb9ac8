/// The kinds of token the lexer produces: Python's token types with every operator and
/// keyword spelled out, so the parser switches on one enum instead of comparing strings.
public enum TokenKind: UInt8, Sendable {
    /// An identifier (including soft keywords such as `match`).
    case name
    /// A numeric literal; its text is kept for the parser to convert.
    case number
    /// A whole string literal including prefix and quotes (f-strings too).
    case string
    /// End of a logical line.
    case newline
    /// Indentation increased.
    case indent
    /// Indentation decreased (one token per level).
    case dedent
    /// End of input.
    case endMarker
    /// An ASCII character that is no Python token (`$`, `?`, `!`, `` ` ``): the parser
    /// reports "invalid syntax" there, as CPython does.
    case unknown
    /// IPython's `%time` line magic at the start of a logical line.
    case timeMagic

    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, rarrow, at, atEqual, colonEqual
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, equalEqual, notEqual, lessEqual, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, amperEqual, vbarEqual, circumflexEqual, leftShiftEqual, rightShiftEqual

    // Keywords (async/await are hard keywords since 3.7).
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom
    case kwGlobal, kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass
    case kwRaise, kwReturn, kwTry, kwWhile, kwWith, kwYield

    /// Keyword spellings, looked up once per name token.
    static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
        "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif,
        "else": .kwElse, "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom,
        "global": .kwGlobal, "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs,
        "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass,
        "raise": .kwRaise, "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith,
        "yield": .kwYield,
    ]

    /// True for keywords (which can never be names).
    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }
}

/// One token: its kind and where its text is (`start..<end` indexes the lexer's copy of the
/// source, which has "\r\n" normalised to "\n"; line and column are the source's).
public struct Token: Sendable {
    /// The token kind.
    public var kind: TokenKind
    /// Index of the first code point in the lexer's text.
    public var start: Int
    /// Index just past the last code point.
    public var end: Int
    /// Line of the first code point (1-based).
    public var line: Int
    /// Column of the first code point (0-based, code points).
    public var column: Int
    /// Line of the last code point.
    public var endLine: Int
    /// Column just past the last code point.
    public var endColumn: Int

    /// The token's position as a span.
    public var span: SourceSpan {
        SourceSpan(line: line, column: column, endLine: endLine, endColumn: endColumn)
    }
}

/// An error found by the lexer, in CPython's terms: `raised` errors are the ones CPython's
/// tokenizer raises itself (they win over a later-reported generic parser error, because
/// CPython tokenizes the rest of the file before giving up); the others (indentation, EOF)
/// are only reported when the parser reaches them.
struct LexError: Error {
    var error: SyntaxError
    /// CPython's tokenizer raised it directly (`syntaxerror()`), rather than returning an error code.
    var raised: Bool
    /// For "'(' was never closed": the line of the unclosed bracket (see `Parser.finalError`).
    var unclosedBracketLine: Int?
}
