// String literal tokens. The lexer only finds where a literal ends (prefix, quotes,
// backslash-escaped characters); decoding escapes and splitting f-strings is the parser's
// job (StringLiteral.swift, Parser+FString.swift), as in CPython 3.11.

extension Lexer {
    /// Scans a string whose opening `quote` has just been read (any prefix is already consumed).
    mutating func scanString(quote: Unicode.Scalar) throws -> Token {
        var quoteSize = 1
        var endQuoteSize = 0
        let firstLine = tokenLine
        var c = nextc()
        if c == quote {
            c = nextc()
            if c == quote { quoteSize = 3 } else { endQuoteSize = 1 }  // '' is the empty string
        }
        if c != quote { backup(c) }
        while endQuoteSize != quoteSize {
            c = nextc()
            if c == "\0" || (quoteSize == 1 && c == "\n") {
                // CPython points just after the literal's first character, on its first line.
                let detected = (c == "\n" && cur < count) ? line - 1 : line
                let off = tokenStart - lineStarts[firstLine - 1] + 1
                let msg = quoteSize == 3
                    ? "unterminated triple-quoted string literal (detected at line \(detected))"
                    : "unterminated string literal (detected at line \(detected))"
                throw LexError(error: SyntaxError(kind: .syntaxError, message: msg, filename: filename,
                                                  line: firstLine, offset: off, endLine: firstLine,
                                                  endOffset: off, text: lineText(firstLine)),
                               raised: true, unclosedBracketLine: nil)
            }
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == "\\" { _ = nextc() }
            }
        }
        return makeToken(.string)
    }
}
