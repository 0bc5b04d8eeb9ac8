// Operators, delimiters and bracket matching.

extension Lexer {
    /// Scans an operator or delimiter starting with `c` (longest match), tracking brackets.
    mutating func scanOperator(_ c: Unicode.Scalar) throws -> Token {
        let c2 = peek(0)
        let c3 = peek(1)
        var kind: TokenKind
        var length = 1
        switch c {
        case "(": kind = .lpar
        case ")": kind = .rpar
        case "[": kind = .lsqb
        case "]": kind = .rsqb
        case "{": kind = .lbrace
        case "}": kind = .rbrace
        case ",": kind = .comma
        case ";": kind = .semi
        case "~": kind = .tilde
        case ":":
            if c2 == "=" { kind = .colonEqual; length = 2 } else { kind = .colon }
        case "+":
            if c2 == "=" { kind = .plusEqual; length = 2 } else { kind = .plus }
        case "-":
            if c2 == "=" { kind = .minusEqual; length = 2 }
            else if c2 == ">" { kind = .rarrow; length = 2 }
            else { kind = .minus }
        case "*":
            if c2 == "*" {
                if c3 == "=" { kind = .doubleStarEqual; length = 3 } else { kind = .doubleStar; length = 2 }
            } else if c2 == "=" { kind = .starEqual; length = 2 } else { kind = .star }
        case "/":
            if c2 == "/" {
                if c3 == "=" { kind = .doubleSlashEqual; length = 3 } else { kind = .doubleSlash; length = 2 }
            } else if c2 == "=" { kind = .slashEqual; length = 2 } else { kind = .slash }
        case "%":
            if c2 == "=" { kind = .percentEqual; length = 2 } else { kind = .percent }
        case "|":
            if c2 == "=" { kind = .vbarEqual; length = 2 } else { kind = .vbar }
        case "&":
            if c2 == "=" { kind = .amperEqual; length = 2 } else { kind = .amper }
        case "^":
            if c2 == "=" { kind = .circumflexEqual; length = 2 } else { kind = .circumflex }
        case "@":
            if c2 == "=" { kind = .atEqual; length = 2 } else { kind = .at }
        case "=":
            if c2 == "=" { kind = .equalEqual; length = 2 } else { kind = .equal }
        case "!":
            if c2 == "=" { kind = .notEqual; length = 2 } else { kind = .unknown }
        case "<":
            if c2 == "<" {
                if c3 == "=" { kind = .leftShiftEqual; length = 3 } else { kind = .leftShift; length = 2 }
            } else if c2 == "=" { kind = .lessEqual; length = 2 }
            else if c2 == ">" { kind = .notEqual; length = 2 }  // "<>" is only valid with barry_as_FLUFL; the parser rejects it
            else { kind = .less }
        case ">":
            if c2 == ">" {
                if c3 == "=" { kind = .rightShiftEqual; length = 3 } else { kind = .rightShift; length = 2 }
            } else if c2 == "=" { kind = .greaterEqual; length = 2 } else { kind = .greater }
        default:
            if !Lexer.isPrintable(c) {
                throw raise(Lexer.invalidCharacterMessage(c))
            }
            kind = .unknown
        }
        cur += length - 1

        switch kind {
        case .lpar, .lsqb, .lbrace:
            if brackets.count >= Lexer.maxBracketDepth {
                throw raise("too many nested parentheses")
            }
            brackets.append((c, line, tokenStart - lineStart))
        case .rpar, .rsqb, .rbrace:
            guard let open = brackets.popLast() else {
                throw raise("unmatched '\(c)'")
            }
            let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
            if c != expected {
                if open.line != line {
                    throw raise("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)' on line \(open.line)")
                }
                throw raise("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)'")
            }
        default:
            break
        }
        return makeToken(kind)
    }
}
