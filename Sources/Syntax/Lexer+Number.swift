// Numeric literals, scanned exactly as tokenizer.c does so that errors such as
// "invalid decimal literal" land on CPython's column.

extension Lexer {
    @inline(__always)
    static func isHexDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x66) || (v >= 0x41 && v <= 0x46)
    }

    /// A number whose first digit `first` has been read.
    mutating func scanNumber(_ first: Unicode.Scalar) throws -> Token {
        var c: Unicode.Scalar
        if first == "0" {
            c = nextc()
            if c == "x" || c == "X" {
                c = nextc()
                repeat {
                    if c == "_" { c = nextc() }
                    if !Lexer.isHexDigit(c) {
                        backup(c)
                        throw raise("invalid hexadecimal literal")
                    }
                    repeat { c = nextc() } while Lexer.isHexDigit(c)
                } while c == "_"
                try verifyEndOfNumber(c, "hexadecimal")
            } else if c == "o" || c == "O" {
                c = nextc()
                repeat {
                    if c == "_" { c = nextc() }
                    if c.value < 0x30 || c.value >= 0x38 {
                        if Lexer.isDigit(c) { throw raise("invalid digit '\(c)' in octal literal") }
                        backup(c)
                        throw raise("invalid octal literal")
                    }
                    repeat { c = nextc() } while c.value >= 0x30 && c.value < 0x38
                } while c == "_"
                if Lexer.isDigit(c) { throw raise("invalid digit '\(c)' in octal literal") }
                try verifyEndOfNumber(c, "octal")
            } else if c == "b" || c == "B" {
                c = nextc()
                repeat {
                    if c == "_" { c = nextc() }
                    if c != "0" && c != "1" {
                        if Lexer.isDigit(c) { throw raise("invalid digit '\(c)' in binary literal") }
                        backup(c)
                        throw raise("invalid binary literal")
                    }
                    repeat { c = nextc() } while c == "0" || c == "1"
                } while c == "_"
                if Lexer.isDigit(c) { throw raise("invalid digit '\(c)' in binary literal") }
                try verifyEndOfNumber(c, "binary")
            } else {
                // Zeros, then maybe a float; "0123" is an old-style octal, now an error.
                var nonzero = false
                while true {
                    if c == "_" {
                        c = nextc()
                        if !Lexer.isDigit(c) {
                            backup(c)
                            throw raise("invalid decimal literal")
                        }
                    }
                    if c != "0" { break }
                    c = nextc()
                }
                let zerosEnd = cur
                if Lexer.isDigit(c) {
                    nonzero = true
                    c = try decimalTail()
                }
                if c == "." {
                    c = nextc()
                    return try scanFractionRest(c)
                } else if c == "e" || c == "E" {
                    return try scanExponent(c)
                } else if c == "j" || c == "J" {
                    return try scanImaginary()
                } else if nonzero {
                    backup(c)
                    throw raise("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                offset: tokenStart + 1 - lineStart, endOffset: zerosEnd - lineStart)
                }
                try verifyEndOfNumber(c, "decimal")
            }
        } else {
            c = try decimalTail()
            if c == "." {
                c = nextc()
                return try scanFractionRest(c)
            }
            if c == "e" || c == "E" { return try scanExponent(c) }
            if c == "j" || c == "J" { return try scanImaginary() }
            try verifyEndOfNumber(c, "decimal")
        }
        backup(c)
        return makeToken(.number)
    }

    /// After ".digit" at the start of a number (`.5`): the digit has been read.
    mutating func scanFraction() throws -> Token {
        return try scanFractionRest(src[cur - 1], alreadyRead: true)
    }

    /// The fraction part; `c` is the code point after the '.'.
    private mutating func scanFractionRest(_ c0: Unicode.Scalar, alreadyRead: Bool = true) throws -> Token {
        var c = c0
        if Lexer.isDigit(c) { c = try decimalTail() }
        if c == "e" || c == "E" { return try scanExponent(c) }
        if c == "j" || c == "J" { return try scanImaginary() }
        try verifyEndOfNumber(c, "decimal")
        backup(c)
        return makeToken(.number)
    }

    /// The exponent part; `e` ('e' or 'E') has been read.
    private mutating func scanExponent(_ e: Unicode.Scalar) throws -> Token {
        var c = nextc()
        if c == "+" || c == "-" {
            c = nextc()
            if !Lexer.isDigit(c) {
                backup(c)
                throw raise("invalid decimal literal")
            }
        } else if !Lexer.isDigit(c) {
            // "1else": the 'e' starts the next token.
            backup(c)
            try verifyEndOfNumber(e, "decimal")
            backup(e)
            return makeToken(.number)
        }
        c = try decimalTail()
        if c == "j" || c == "J" { return try scanImaginary() }
        try verifyEndOfNumber(c, "decimal")
        backup(c)
        return makeToken(.number)
    }

    /// `j` has been read: an imaginary literal (the parser reports it as unsupported).
    private mutating func scanImaginary() throws -> Token {
        let c = nextc()
        try verifyEndOfNumber(c, "imaginary")
        backup(c)
        return makeToken(.number)
    }

    /// Digits and single underscores between digits (tokenizer.c's `tok_decimal_tail`);
    /// returns the first code point after them.
    private mutating func decimalTail() throws -> Unicode.Scalar {
        var c: Unicode.Scalar
        while true {
            repeat { c = nextc() } while Lexer.isDigit(c)
            if c != "_" { break }
            c = nextc()
            if !Lexer.isDigit(c) {
                backup(c)
                throw raise("invalid decimal literal")
            }
        }
        return c
    }

    /// A number directly followed by a letter is an error, except before the keywords that
    /// can follow a number in valid code (`1if x else y`), which CPython only warns about.
    private mutating func verifyEndOfNumber(_ c: Unicode.Scalar, _ kind: String) throws {
        var keywordFollows = false
        switch c {
        case "a": keywordFollows = lookahead("nd")
        case "e": keywordFollows = lookahead("lse")
        case "f": keywordFollows = lookahead("or")
        case "i": keywordFollows = peek(0) == "f" || peek(0) == "n" || peek(0) == "s"
        case "o": keywordFollows = lookahead("r")
        case "n": keywordFollows = lookahead("ot")
        default: break
        }
        if keywordFollows {
            // `1if x else 2`: valid, but CPython 3.11 warns.
            warnings.append(.syntax("invalid \(kind) literal", line: line, file: file))
            return
        }
        if Lexer.isPotentialIdentifierChar(c) {
            backup(c)
            throw raise("invalid \(kind) literal")
        }
    }

    /// Whether the code points after `cur` spell `rest`.
    private func lookahead(_ rest: String) -> Bool {
        var k = 0
        for ch in rest.unicodeScalars {
            if peek(k) != ch { return false }
            k += 1
        }
        return true
    }
}
