// A recursive-descent parser over the token array, with iterative loops for everything
// that can chain without brackets (binary operators, trailers, unary prefixes, `**`,
// conditional expressions, `elif`), so Swift's stack depth stays bounded by bracket and
// indentation nesting, which the lexer limits as CPython does.
//
// Error reporting follows CPython's two-pass scheme in spirit: the parse fails at the first
// token that cannot continue any production ("invalid syntax" there), except where CPython's
// `invalid_*` grammar rules give a more specific message; those checks sit where the
// failure happens (`Parser+Errors.swift`).

/// The parser's internal failure (carries the SyntaxError to report).
struct ParseFailure: Error {
    var error: SyntaxError
}

/// Parses a token stream into a `Module`. Use `parse(_:mode:)`.
final class Parser {
    let file: SourceFile
    /// The lexer's normalised code points (token indices point here).
    let src: [Unicode.Scalar]
    /// Line starts in `src`.
    let lineStarts: [Int]
    /// Tokens up to the first lexer error.
    var tokens: [Token]
    /// The lexer's error, reported when the parser reaches it (or wins over "invalid syntax").
    let lexError: LexError?
    /// Bracket depth after each token (CPython's `tok->level`, used by the comma hint).
    var levels: [Int32]

    /// Index of the current token.
    var pos = 0
    /// Furthest token index examined (CPython reports "invalid syntax" at the last token read).
    var furthest = 0
    /// Furthest token read by speculative error-recovery parses (CPython's second pass): it
    /// decides whether an unclosed bracket above wins over a generic error (see `prioritise`).
    var lookaheadFurthest = 0

    /// Lines before this parser's text (nested parsers of f-string fields start mid-file).
    var lineOffset = 0
    /// Column of this parser's first code point on its first line (f-string fields).
    var columnOffset = 0
    /// Current nesting cost in CPython parser levels (see ParserLimits).
    var parserLevel = 0
    /// Swift recursion depth through `parseExpression` (a safety net).
    var recursion = 0
    /// Depths of the chains built so far, by span (saves re-measuring bracketed operands).
    var depthHints: [SourceSpan: Int] = [:]
    /// Open brackets around the current position (the outermost one costs less).
    var bracketDepth = 0
    /// Estimated depth of the tree being built above the current position (see
    /// `ParserLimits.maxEstimatedDepth`).
    var estimatedDepth = 0
    /// A chain grew past the compiler's limit: report RecursionError if parsing succeeds.
    var pendingRecursionError = false
    /// The first valid-but-unsupported construct (`@`, `1j`): reported only when the whole
    /// file is otherwise valid, since CPython would report any syntax or compile error first.
    var pendingUnsupported: SyntaxError? = nil
    /// An escape error in the literal being assembled (reported after the whole concatenation).
    var pendingEscapeError: EscapeError? = nil
    /// An f-string error in the literal being assembled (CPython reports these at the token
    /// after the literal).
    var pendingFStringError: FStringError? = nil

    init(file: SourceFile, lexer: Lexer, tokens: [Token], lexError: LexError?) {
        self.file = file
        self.src = lexer.src
        self.lineStarts = lexer.lineStarts
        self.tokens = tokens
        self.lexError = lexError
        var levels = [Int32]()
        levels.reserveCapacity(tokens.count)
        var level: Int32 = 0
        for t in tokens {
            switch t.kind {
            case .lpar, .lsqb, .lbrace: level += 1
            case .rpar, .rsqb, .rbrace: level -= 1
            default: break
            }
            levels.append(level)
        }
        self.levels = levels
    }

    // MARK: - Token access

    /// The token at `pos + k`; reaching the lexer's error position raises it.
    @inline(__always)
    func peek(_ k: Int = 0) throws -> Token {
        let i = pos + k
        if i >= tokens.count { throw lexFailure() }
        if i > furthest { furthest = i }
        return tokens[i]
    }

    /// Kind of the token at `pos + k`.
    @inline(__always)
    func kind(_ k: Int = 0) throws -> TokenKind { try peek(k).kind }

    /// Consumes and returns the current token.
    @discardableResult
    func advance() throws -> Token {
        let t = try peek()
        pos += 1
        return t
    }

    /// Consumes the current token if it is `kind`.
    func accept(_ kind: TokenKind) throws -> Token? {
        if try self.kind() == kind { return try advance() }
        return nil
    }

    /// Consumes a token of `kind` or fails with "invalid syntax" (or `message`).
    @discardableResult
    func expect(_ kind: TokenKind, _ message: String? = nil) throws -> Token {
        if try self.kind() == kind { return try advance() }
        if let message { throw errorAtToken(pos, message) }
        throw invalidSyntax()
    }

    /// The previous token (the last one consumed).
    var previous: Token { tokens[pos - 1] }

    /// The text of a token.
    func text(_ t: Token) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: src[t.start..<t.end])
        return String(v)
    }

    /// Whether the token is the name `word` (soft keywords such as `match`).
    func isName(_ t: Token, _ word: String) -> Bool {
        guard t.kind == .name, t.end - t.start == word.unicodeScalars.count else { return false }
        var i = t.start
        for c in word.unicodeScalars {
            if src[i] != c { return false }
            i += 1
        }
        return true
    }

    // MARK: - Errors

    /// The lexer error as a parse failure.
    func lexFailure() -> ParseFailure {
        ParseFailure(error: lexError?.error ?? SyntaxError(kind: .syntaxError, message: "invalid syntax",
                                                           filename: file.name, line: 1, offset: 1,
                                                           endLine: 1, endOffset: 1, text: nil))
    }

    /// The line text CPython puts in `e.text`.
    func lineText(_ line: Int) -> String? {
        file.errorText(line - lineOffset)
    }

    /// A SyntaxError at a 0-based span (converted to CPython's 1-based offsets).
    func error(_ message: String, _ span: SourceSpan, kind: SyntaxError.Kind = .syntaxError) -> ParseFailure {
        ParseFailure(error: SyntaxError(kind: kind, message: message, filename: file.name,
                                        line: span.line, offset: byteColumn(span.line, span.column) + 1,
                                        endLine: span.endLine, endOffset: byteColumn(span.endLine, span.endColumn) + 1,
                                        text: lineText(span.line), span: span))
    }

    /// CPython's parser and compiler count columns in UTF-8 bytes: the byte offset of
    /// code-point column `column` on `line`.
    /// (For a nested f-string parser, bytes count from its own first code point, the "(" that
    /// CPython's columns are relative to.)
    func byteColumn(_ line: Int, _ realColumn: Int) -> Int {
        let n = line - lineOffset
        let column = n == 1 ? realColumn - columnOffset : realColumn
        guard n >= 1 && n <= lineStarts.count, column > 0 else { return column }
        var bytes = 0
        var i = lineStarts[n - 1]
        let end = min(i + column, src.count)
        while i < end {
            let v = src[i].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            i += 1
        }
        return bytes + (lineStarts[n - 1] + column - end)
    }

    /// A SyntaxError located at token `index` as CPython's `RAISE_SYNTAX_ERROR` would place it.
    /// `knownLocation` is CPython's RAISE_…_KNOWN_LOCATION (the generic "invalid syntax"),
    /// which reports ENDMARKER's missing end column as 0 instead of -1.
    func errorAtToken(_ index: Int, _ message: String, kind: SyntaxError.Kind = .syntaxError,
                      knownLocation: Bool = false) -> ParseFailure {
        guard index < tokens.count else { return lexFailure() }
        let t = tokens[index]
        if t.kind == .endMarker {
            // CPython's ENDMARKER has no column: offset 0 on the last line, end -1 (or 0).
            let l = max(lineStarts.count, 1) + lineOffset
            return ParseFailure(error: SyntaxError(kind: kind, message: message, filename: file.name,
                                                   line: l, offset: 0, endLine: l, endOffset: knownLocation ? 0 : -1,
                                                   text: lineText(l),
                                                   span: SourceSpan(line: l, column: 0, endLine: l, endColumn: 0)))
        }
        if t.kind == .indent || t.kind == .dedent {
            return ParseFailure(error: SyntaxError(kind: kind, message: message, filename: file.name,
                                                   line: t.line, offset: t.column, endLine: t.line,
                                                   endOffset: -1, text: lineText(t.line)))
        }
        return error(message, t.span, kind: kind)
    }

    /// "invalid syntax" at the furthest token read (CPython's generic error), or the
    /// indentation errors CPython reports when that token is an INDENT/DEDENT.
    func invalidSyntax() -> ParseFailure {
        let index = min(furthest, tokens.count - 1)
        if index < 0 { return lexFailure() }
        let t = tokens[index]
        if t.kind == .indent { return errorAtToken(index, "unexpected indent", kind: .indentationError) }
        if t.kind == .dedent { return errorAtToken(index, "unexpected unindent", kind: .indentationError) }
        return errorAtToken(index, "invalid syntax", knownLocation: true)
    }

    /// Spans of nodes.
    func span(from a: SourceSpan, to b: SourceSpan) -> SourceSpan { a.through(b) }
}
