// Indentation: CPython's indent stack plus pending INDENT/DEDENT tokens. Blank and
// comment-only lines, and lines inside brackets, never change the indentation.

extension Lexer {
    /// Measures the indentation of a new line and queues INDENT/DEDENT tokens (tokenizer.c's
    /// `if (tok->atbol)` block). Sets `blankLine` for blank and comment-only lines.
    mutating func handleLineStart() throws {
        atBeginningOfLine = false
        var col = 0
        var altcol = 0
        var c: Unicode.Scalar
        while true {
            c = nextc()
            if c == " " {
                col += 1; altcol += 1
            } else if c == "\t" {
                col = (col / 8 + 1) * 8
                altcol += 1
            } else if c == "\u{0C}" {  // form feed resets the column
                col = 0; altcol = 0
            } else {
                break
            }
        }
        backup(c)
        blankLine = (c == "#" || c == "\n")
        if blankLine || !brackets.isEmpty { return }
        let top = indentStack.count - 1
        if col == indentStack[top] {
            if altcol != altIndentStack[top] { throw tabError() }
        } else if col > indentStack[top] {
            if indentStack.count >= Lexer.maxIndentDepth {
                throw codeError(.indentationError, "too many levels of indentation",
                                line: line, offset: 1, endOffset: 0)
            }
            if altcol <= altIndentStack[top] { throw tabError() }
            pendingIndents += 1
            indentStack.append(col)
            altIndentStack.append(altcol)
        } else {
            while indentStack.count > 1 && col < indentStack[indentStack.count - 1] {
                pendingIndents -= 1
                indentStack.removeLast()
                altIndentStack.removeLast()
            }
            if col != indentStack[indentStack.count - 1] {
                // CPython reports the end of the offending line (its cursor has read it all).
                var end = cur
                while end < count && src[end] != "\n" { end += 1 }
                let length = end - lineStart + (end < count ? 1 : 0)
                throw codeError(.indentationError, "unindent does not match any outer indentation level",
                                line: line, offset: length, endOffset: -1)
            }
            if altcol != altIndentStack[altIndentStack.count - 1] { throw tabError() }
        }
    }

    func tabError() -> LexError {
        codeError(.tabError, "inconsistent use of tabs and spaces in indentation",
                  line: line, offset: 1, endOffset: 0)
    }

    /// An INDENT or DEDENT token at the current position (CPython gives them no useful column;
    /// we place them after the indentation, which is where "unexpected indent" points).
    func indentToken(_ kind: TokenKind) -> Token {
        let col = cur - lineStart
        return Token(kind: kind, start: cur, end: cur, line: line, column: col, endLine: line, endColumn: col)
    }
}
