// The main token switch (tokenizer.c's `tok_get`).

extension Lexer {
    /// Python's notion of a character that can start an identifier before the Unicode check.
    @inline(__always)
    static func isPotentialIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x5F || v >= 128
    }

    /// A character that can continue an identifier before the Unicode check.
    @inline(__always)
    static func isPotentialIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
            || v == 0x5F || v >= 128
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// The next token, or a thrown `LexError`.
    mutating func nextToken() throws -> Token {
        while true {
            blankLine = false
            if atBeginningOfLine { try handleLineStart() }
            tokenStart = cur
            tokenLine = line
            if pendingIndents != 0 {
                if pendingIndents < 0 {
                    pendingIndents += 1
                    return indentToken(.dedent)
                }
                pendingIndents -= 1
                return indentToken(.indent)
            }
            if let t = try scanToken() { return t }
            // nil: a blank line or a newline inside brackets — read the next line.
        }
    }

    /// Scans one token after indentation; returns nil to continue with the next line.
    private mutating func scanToken() throws -> Token? {
        var c: Unicode.Scalar
        while true {
            // Skip spaces.
            repeat { c = nextc() } while c == " " || c == "\t" || c == "\u{0C}"
            tokenStart = c == "\0" && cur >= count ? cur : cur - 1
            tokenLine = line
            if c == "#" {
                // The comment is skipped; a NEWLINE after it starts at '#', as in CPython.
                while c != "\0" && c != "\n" { c = nextc() }
            }
            if c == "\0" {
                if let open = brackets.last {
                    var e = codeError(.syntaxError, "'\(open.char)' was never closed", line: open.line,
                                      offset: open.column + 1, endOffset: 0)
                    e.unclosedBracketLine = open.line
                    throw e
                }
                return endMarker()
            }
            if c == "\\" {
                // Line continuation: the next physical line joins this logical line.
                let after = nextc()
                if after != "\n" {
                    let off = cur - lineStart
                    throw codeError(.syntaxError, "unexpected character after line continuation character",
                                    line: line, offset: off, endOffset: 0)
                }
                let next = nextc()
                if next == "\0" {
                    let l = line
                    let len = lineStarts.count >= l ? (count - lineStarts[l - 1]) : 0
                    throw codeError(.syntaxError, "unexpected EOF while parsing", line: l,
                                    offset: len, endOffset: -1)
                }
                backup(next)
                continue
            }
            break
        }

        if Lexer.isPotentialIdentifierStart(c) {
            return try scanNameOrPrefixedString(c)
        }
        if c == "\n" {
            let nl = lineOfNewline()
            atBeginningOfLine = true
            if blankLine || !brackets.isEmpty { return nil }
            let col = tokenStart - lineStarts[nl - 1]
            let endCol = cur - 1 - lineStarts[nl - 1]
            return Token(kind: .newline, start: tokenStart, end: tokenStart, line: nl, column: col,
                         endLine: nl, endColumn: endCol)
        }
        if c == "." {
            let c2 = nextc()
            if Lexer.isDigit(c2) { return try scanFraction() }
            if c2 == "." {
                let c3 = nextc()
                if c3 == "." { return makeToken(.ellipsis) }
                backup(c3)
            }
            backup(c2)
            return makeToken(.dot)
        }
        if Lexer.isDigit(c) { return try scanNumber(c) }
        if c == "'" || c == "\"" { return try scanString(quote: c) }
        if c == "%" && isTimeMagic() {
            cur += 4
            return makeToken(.timeMagic)
        }
        return try scanOperator(c)
    }

    /// The line a just-consumed "\n" belongs to (`line` has moved past it unless at the end).
    func lineOfNewline() -> Int { cur < count ? line - 1 : line }

    /// `%time` followed by a space at the start of a logical line (IPython's line magic).
    private func isTimeMagic() -> Bool {
        guard brackets.isEmpty, peek(0) == "t", peek(1) == "i", peek(2) == "m", peek(3) == "e",
              peek(4) == " " || peek(4) == "\t" else { return false }
        guard let last = tokens.last else { return true }
        return last.kind == .newline || last.kind == .indent || last.kind == .dedent
    }

    private func endMarker() -> Token {
        // CPython's ENDMARKER sits on the last line; errors at it report offset 0.
        let l = max(line, 1)
        return Token(kind: .endMarker, start: count, end: count, line: l, column: -1, endLine: l, endColumn: -1)
    }

    /// An identifier or keyword, or a string with a prefix (`rb'…'`, `f"…"`).
    private mutating func scanNameOrPrefixedString(_ first: Unicode.Scalar) throws -> Token {
        var c = first
        var sawB = false, sawR = false, sawU = false, sawF = false
        while true {
            if !(sawB || sawU || sawF) && (c == "b" || c == "B") { sawB = true }
            else if !(sawB || sawU || sawR || sawF) && (c == "u" || c == "U") { sawU = true }
            else if !(sawR || sawU) && (c == "r" || c == "R") { sawR = true }
            else if !(sawF || sawB || sawU) && (c == "f" || c == "F") { sawF = true }
            else { break }
            c = nextc()
            if c == "\"" || c == "'" { return try scanString(quote: c) }
        }
        var nonASCII = first.value >= 128
        while Lexer.isPotentialIdentifierChar(c) {
            if c.value >= 128 { nonASCII = true }
            c = nextc()
        }
        backup(c)
        if nonASCII {
            try verifyIdentifier()
            return makeToken(.name)
        }
        return makeToken(keywordKind())
    }

    /// `.name`, or the keyword the ASCII name just scanned spells.
    private func keywordKind() -> TokenKind {
        let length = cur - tokenStart
        guard length >= 2 && length <= 8 else { return .name }
        let first = src[tokenStart].value
        // Keywords start with a lower-case letter or F/N/T.
        guard (first >= 0x61 && first <= 0x79) || first == 0x46 || first == 0x4E || first == 0x54 else { return .name }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: src[tokenStart..<cur])
        return TokenKind.keywords[String(s)] ?? .name
    }

    /// Checks a non-ASCII identifier with Unicode's XID rules, raising CPython's
    /// "invalid character" error at the first bad code point.
    private mutating func verifyIdentifier() throws {
        let length = cur - tokenStart
        for k in 0..<length {
            let ch = src[tokenStart + k]
            let props = ch.properties
            let ok = k == 0 ? (ch == "_" || props.isXIDStart) : props.isXIDContinue
            if !ok {
                cur = tokenStart + k + 1
                throw raise(Lexer.invalidCharacterMessage(ch))
            }
        }
    }

    /// "invalid character '–' (U+2013)" or "invalid non-printable character U+00A0".
    static func invalidCharacterMessage(_ ch: Unicode.Scalar) -> String {
        var hex = String(ch.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        if isPrintable(ch) { return "invalid character '\(Character(ch))' (U+\(hex))" }
        return "invalid non-printable character U+\(hex)"
    }

    /// Python's `str.isprintable` for one code point.
    static func isPrintable(_ ch: Unicode.Scalar) -> Bool {
        if ch == " " { return true }
        switch ch.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
