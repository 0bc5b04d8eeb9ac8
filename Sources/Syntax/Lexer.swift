// The tokenizer. It follows the structure of CPython 3.11's Parser/tokenizer.c closely —
// a `cur` index with `nextc()`/`backup()` — because CPython's SyntaxError offsets are
// defined by where that pointer stands when an error is raised; mirroring the walk is the
// simplest way to report the same columns.
//
// The source is lexed as an array of Unicode scalars (columns are code points, as CPython
// reports them after decoding), with "\r\n"/"\r" normalised to "\n", a newline appended when
// the last line lacks one (CPython does the same), and a NUL sentinel at the end.

/// Turns a `SourceFile` into tokens. Use `Lexer.tokenize(_:)`.
struct Lexer {
    /// Normalised source followed by the NUL sentinel.
    let src: [Unicode.Scalar]
    /// Index of the sentinel (the end of the text).
    let count: Int
    /// Index of the first code point of each line of `src`.
    let lineStarts: [Int]
    /// Name used in error messages.
    let filename: String
    /// The original file (for error text lines).
    let file: SourceFile

    /// Next code point to read.
    var cur = 0
    /// Line of `cur` (1-based).
    var line = 1
    /// Start of the token being scanned.
    var tokenStart = 0
    /// Line of `tokenStart`.
    var tokenLine = 1

    /// True at the beginning of a physical line that starts a logical line.
    var atBeginningOfLine = true
    /// Indentation columns (tabs to multiples of 8), CPython's `indstack`.
    var indentStack: [Int] = [0]
    /// The same with tabs counted as 1 column, to detect inconsistent tabs (`altindstack`).
    var altIndentStack: [Int] = [0]
    /// Pending INDENT (>0) or DEDENT (<0) tokens.
    var pendingIndents = 0
    /// Open brackets: the character, its line and column.
    var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []
    /// The current line is blank or comment-only (no NEWLINE token, no indentation change).
    var blankLine = false

    /// The tokens produced so far.
    var tokens: [Token] = []
    /// SyntaxWarnings the tokenizer issues (a number directly followed by a keyword).
    var warnings: [CompileWarning] = []

    /// CPython's `MAXLEVEL`: brackets nested deeper are "too many nested parentheses".
    static let maxBracketDepth = 200
    /// CPython's `MAXINDENT`: "too many levels of indentation" at this depth.
    static let maxIndentDepth = 100

    init(file: SourceFile) {
        var s: [Unicode.Scalar] = []
        s.reserveCapacity(file.scalars.count + 2)
        let input = file.scalars
        var i = 0
        while i < input.count {
            let c = input[i]
            if c == "\r" {
                s.append("\n")
                if i + 1 < input.count && input[i + 1] == "\n" { i += 1 }
            } else {
                s.append(c)
            }
            i += 1
        }
        if let last = s.last, last != "\n" { s.append("\n") }
        count = s.count
        s.append("\0")
        src = s
        var starts = [0]
        for (k, c) in s.enumerated() where c == "\n" && k + 1 < count { starts.append(k + 1) }
        lineStarts = starts
        filename = file.name
        self.file = file
    }

    /// Tokenizes the whole file. On error the token array ends just before the failing token
    /// and the error says what CPython would raise when its parser asks for that token.
    static func tokenize(_ file: SourceFile) -> (tokens: [Token], error: LexError?) {
        let (tokens, error, _) = tokenizeWithWarnings(file)
        return (tokens, error)
    }

    /// Tokenizes and also returns the tokenizer's SyntaxWarnings.
    static func tokenizeWithWarnings(_ file: SourceFile) -> (tokens: [Token], error: LexError?, warnings: [CompileWarning]) {
        var lexer = Lexer(file: file)
        lexer.tokens.reserveCapacity(lexer.count / 3 + 4)
        do {
            while true {
                let t = try lexer.nextToken()
                lexer.tokens.append(t)
                if t.kind == .endMarker { break }
            }
            return (lexer.tokens, nil, lexer.warnings)
        } catch let e as LexError {
            return (lexer.tokens, e, lexer.warnings)
        } catch {
            fatalError("unexpected lexer error \(error)")
        }
    }

    // MARK: - Reading

    /// Start index of the line `cur` is on.
    var lineStart: Int { lineStarts[line - 1] }

    /// Reads one code point; at the end returns the NUL sentinel without advancing.
    @inline(__always)
    mutating func nextc() -> Unicode.Scalar {
        if cur >= count { return "\0" }
        let c = src[cur]
        cur += 1
        if c == "\n" && cur < count { line += 1 }
        return c
    }

    /// Un-reads `c` (a no-op for the end sentinel), like CPython's `tok_backup`.
    @inline(__always)
    mutating func backup(_ c: Unicode.Scalar) {
        if c == "\0" && cur >= count { return }
        cur -= 1
        if src[cur] == "\n" && cur + 1 < count { line -= 1 }
    }

    /// Peeks at the code point `offset` positions after `cur`.
    @inline(__always)
    func peek(_ offset: Int = 0) -> Unicode.Scalar {
        let i = cur + offset
        return i < count ? src[i] : "\0"
    }

    /// Column of index `i`, which must be on line `lineNo`.
    func column(of i: Int, line lineNo: Int) -> Int { i - lineStarts[lineNo - 1] }

    /// Line `n` without its newline: the `text` of errors CPython's tokenizer raises itself.
    func lineText(_ n: Int) -> String {
        guard n >= 1 && n <= lineStarts.count else { return "" }
        var end = lineStarts[n - 1]
        while end < count && src[end] != "\n" { end += 1 }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: src[lineStarts[n - 1]..<end])
        return String(v)
    }

    /// UTF-8 byte offset of code-point column `column` on line `n` (CPython's parser columns).
    func byteColumn(_ n: Int, _ column: Int) -> Int {
        guard n >= 1 && n <= lineStarts.count else { return column }
        var bytes = 0
        var i = lineStarts[n - 1]
        let end = min(i + column, count)
        while i < end {
            let v = src[i].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            i += 1
        }
        return bytes + (lineStarts[n - 1] + column - end)
    }

    /// Makes a token from `tokenStart` to `cur`.
    func makeToken(_ kind: TokenKind) -> Token {
        let endLine = line
        // `cur` may sit just past a newline ending the token's last line (not for tokens we make).
        return Token(kind: kind, start: tokenStart, end: cur, line: tokenLine,
                     column: column(of: tokenStart, line: tokenLine),
                     endLine: endLine, endColumn: cur - lineStarts[endLine - 1])
    }

    // MARK: - Errors

    /// An error CPython's tokenizer raises itself, located at `cur` (its `_syntaxerror_range`
    /// with no explicit columns: offset = code points from line start to `cur`).
    func raise(_ message: String, offset: Int? = nil, endOffset: Int? = nil) -> LexError {
        let off = offset ?? (cur - lineStart)
        return LexError(error: SyntaxError(kind: .syntaxError, message: message, filename: filename,
                                           line: line, offset: off, endLine: line,
                                           endOffset: endOffset ?? off, text: lineText(line)),
                        raised: true, unclosedBracketLine: nil)
    }

    /// An error reported through CPython's `_Pypegen_tokenizer_error` (not raised directly).
    /// `offset` is a 1-based code-point column; it is reported in UTF-8 bytes like CPython.
    func codeError(_ kind: SyntaxError.Kind, _ message: String, line l: Int, offset: Int,
                   endOffset: Int) -> LexError {
        let span = SourceSpan(line: l, column: max(offset - 1, 0), endLine: l, endColumn: max(offset - 1, 0))
        return LexError(error: SyntaxError(kind: kind, message: message, filename: filename, line: l,
                                           offset: offset > 0 ? byteColumn(l, offset - 1) + 1 : offset,
                                           endLine: l, endOffset: endOffset, text: file.errorText(l),
                                           span: span),
                        raised: false, unclosedBracketLine: nil)
    }
}
