// f-strings, the 3.11 way: the lexer returns the whole literal as one STRING token and the
// parser splits it into literal text and replacement fields here (CPython's
// fstring_find_literal / fstring_find_expr). Each field's expression is parsed by a nested
// parser over "(expr)" placed at the expression's real line and column, so AST spans are real
// while errors carry CPython's "f-string: " prefix and "(expr)"-relative columns.

/// An f-string error, reported when the whole literal has been read.
enum FStringError: Error {
    /// CPython's RAISE_SYNTAX_ERROR in the string parser: located at the token after the literal.
    case atNextToken(String)
    /// An error from parsing a field's expression, already located.
    case located(SyntaxError)

    func at(_ parser: Parser, _ index: Int) -> ParseFailure {
        switch self {
        case .atNextToken(let message): return parser.errorAtToken(index, message)
        case .located(let e): return ParseFailure(error: e)
        }
    }
}

extension Parser {
    /// Splits one f-string token's body into pieces; the first error is kept in
    /// `pendingFStringError` and stops the literal.
    func parseFString(_ t: Token, bodyStart: Int, bodyEnd: Int, raw: Bool, into pieces: inout [StringPiece]) throws {
        if pendingFStringError != nil { return }
        var i = bodyStart
        do {
            try parseFStringParts(&i, end: bodyEnd, raw: raw, level: 0, token: t, into: &pieces)
        } catch let e as FStringError {
            pendingFStringError = e
        }
    }

    /// Literal text and fields up to `end` (or, in a format spec, up to its closing '}').
    private func parseFStringParts(_ i: inout Int, end: Int, raw: Bool, level: Int, token: Token,
                                   into pieces: inout [StringPiece]) throws {
        while i < end {
            // Literal text up to a brace.
            let literalStart = i
            var literalEnd = i
            var resumeAfterDoubledBrace = false
            while i < end {
                var ch = src[i]
                i += 1
                if !raw && ch == "\\" && i < end {
                    ch = src[i]
                    i += 1
                    if ch == "N" {
                        // "\N{NAME}" braces are not a field.
                        if i < end {
                            let open = src[i]
                            i += 1
                            if open == "{" {
                                while i < end {
                                    let c = src[i]
                                    i += 1
                                    if c == "}" { break }
                                }
                            }
                        }
                        continue
                    }
                }
                if ch == "{" || ch == "}" {
                    if level == 0 {
                        if i < end && src[i] == ch {
                            literalEnd = i   // keep one brace, skip its double
                            i += 1
                            resumeAfterDoubledBrace = true
                            break
                        }
                        if ch == "}" { throw FStringError.atNextToken("f-string: single '}' is not allowed") }
                    }
                    i -= 1
                    break
                }
            }
            if !resumeAfterDoubledBrace { literalEnd = i }
            if literalEnd > literalStart {
                let body = src[literalStart..<literalEnd]
                if raw {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: body)
                    pieces.append(.text(String(v), token.span))
                } else {
                    do {
                        pieces.append(.text(try StringLiteral.decodeString(body), token.span))
                    } catch let e as EscapeError {
                        throw FStringError.atNextToken(e.message)
                    }
                }
            }
            if resumeAfterDoubledBrace { continue }
            guard i < end else { return }
            if src[i] == "}" { return }  // end of a format spec (level > 0)
            pieces.append(contentsOf: try parseFStringField(&i, end: end, raw: raw, level: level, token: token))
        }
    }

    /// One replacement field starting at '{': returns the debug text (for `=`) and the FormattedValue.
    private func parseFStringField(_ i: inout Int, end: Int, raw: Bool, level: Int, token: Token) throws -> [StringPiece] {
        if level >= 2 { throw FStringError.atNextToken("f-string: expressions nested too deeply") }
        i += 1  // '{'
        let exprStart = i
        var quote: Unicode.Scalar? = nil
        var tripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        while i < end {
            let ch = src[i]
            if ch == "\\" { throw FStringError.atNextToken("f-string expression part cannot include a backslash") }
            if let q = quote {
                if ch == q {
                    if tripleQuoted {
                        if i + 2 < end && src[i + 1] == ch && src[i + 2] == ch {
                            i += 2
                            quote = nil
                        }
                    } else {
                        quote = nil
                    }
                }
                i += 1
                continue
            }
            if ch == "'" || ch == "\"" {
                if i + 2 < end && src[i + 1] == ch && src[i + 2] == ch {
                    tripleQuoted = true
                    i += 2
                } else {
                    tripleQuoted = false
                }
                quote = ch
            } else if ch == "[" || ch == "{" || ch == "(" {
                if brackets.count >= 200 { throw FStringError.atNextToken("f-string: too many nested parenthesis") }
                brackets.append(ch)
            } else if ch == "#" {
                throw FStringError.atNextToken("f-string expression part cannot include '#'")
            } else if brackets.isEmpty && (ch == "!" || ch == ":" || ch == "}" || ch == "=" || ch == ">" || ch == "<") {
                if i + 1 < end {
                    let next = src[i + 1]
                    if next == "=" && (ch == "!" || ch == "=" || ch == "<" || ch == ">") {
                        i += 2
                        continue
                    }
                }
                if ch == ">" || ch == "<" {
                    i += 1
                    continue
                }
                break
            } else if ch == "]" || ch == "}" || ch == ")" {
                guard let opening = brackets.popLast() else {
                    throw FStringError.atNextToken("f-string: unmatched '\(ch)'")
                }
                let expected: Unicode.Scalar = opening == "(" ? ")" : opening == "[" ? "]" : "}"
                if ch != expected {
                    throw FStringError.atNextToken("f-string: closing parenthesis '\(ch)' does not match opening parenthesis '\(opening)'")
                }
            }
            i += 1
        }
        let exprEnd = i
        if quote != nil { throw FStringError.atNextToken("f-string: unterminated string") }
        if let opening = brackets.last { throw FStringError.atNextToken("f-string: unmatched '\(opening)'") }
        if i >= end { throw FStringError.atNextToken("f-string: expecting '}'") }

        let value = try compileFStringExpression(exprStart, exprEnd)

        var pieces: [StringPiece] = []
        var debugText = false
        if src[i] == "=" {
            i += 1
            while i < end && (src[i] == " " || src[i] == "\t" || src[i] == "\n" || src[i] == "\u{0C}" || src[i] == "\r" || src[i] == "\u{0B}") { i += 1 }
            if i >= end { throw FStringError.atNextToken("f-string: expecting '}'") }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: src[exprStart..<i])
            pieces.append(.text(String(v), token.span))
            debugText = true
        }
        var conversion = FStringConversion.none
        var explicitConversion = false
        if src[i] == "!" {
            i += 1
            if i >= end { throw FStringError.atNextToken("f-string: expecting '}'") }
            let c = src[i]
            i += 1
            switch c {
            case "s": conversion = .str
            case "r": conversion = .repr
            case "a": conversion = .ascii
            default: throw FStringError.atNextToken("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            explicitConversion = true
        }
        var formatSpec: Expr? = nil
        if i < end && src[i] == ":" {
            i += 1
            if i >= end { throw FStringError.atNextToken("f-string: expecting '}'") }
            var specPieces: [StringPiece] = []
            try parseFStringParts(&i, end: end, raw: raw, level: level + 1, token: token, into: &specPieces)
            formatSpec = Expr(.joinedStr(Parser.joinPieces(specPieces, span: token.span)), token.span)
        }
        if i >= end || src[i] != "}" { throw FStringError.atNextToken("f-string: expecting '}'") }
        i += 1
        if debugText && formatSpec == nil && !explicitConversion { conversion = .repr }
        pieces.append(.field(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: formatSpec), token.span)))
        return pieces
    }

    /// Parses the expression text `src[start..<end]` as CPython does: "(" + text + ")" with
    /// fstring_input's star_expressions, at the text's real position.
    private func compileFStringExpression(_ start: Int, _ end: Int) throws -> Expr {
        var k = start
        while k < end && (src[k] == " " || src[k] == "\t" || src[k] == "\n" || src[k] == "\u{0C}") { k += 1 }
        if k == end {
            let next = src[end]
            if next == "!" || next == ":" || next == "=" {
                throw FStringError.atNextToken("f-string: expression required before '\(next)'")
            }
            throw FStringError.atNextToken("f-string: empty expression not allowed")
        }
        // "(" takes the place of '{': tokens are moved to the real line and column.
        let line = lineNumber(ofIndex: start - 1)
        let column = start - 1 - lineStarts[line - 1 - lineOffset] + (line - lineOffset == 1 ? columnOffset : 0)
        var exprText = String.UnicodeScalarView()
        exprText.append(contentsOf: src[start..<end])
        let sub = SourceFile(name: file.name, text: "(" + String(exprText) + ")")
        let lexer = Lexer(file: sub)
        var (toks, lexErr) = Lexer.tokenize(sub)
        toks.removeAll { $0.kind == .indent || $0.kind == .dedent }
        let shift = line - 1
        for j in toks.indices {
            if toks[j].line == 1 { toks[j].column += column }
            if toks[j].endLine == 1 { toks[j].endColumn += column }
            toks[j].line += shift
            toks[j].endLine += shift
        }
        let parser = Parser(file: sub, lexer: lexer, tokens: toks, lexError: lexErr)
        parser.lineOffset = shift
        parser.columnOffset = column
        parser.parserLevel = parserLevel
        parser.recursion = recursion
        do {
            let e = try parser.parseStarExpressions()
            if try parser.kind() != .newline { throw parser.invalidSyntax() }
            if parser.pendingRecursionError { pendingRecursionError = true }
            // An unsupported construct inside the braces (`{3 + 4j}`) stops the file like
            // one outside them.
            // Re-made here: the nested parser counts byte offsets from its "(" (byteColumn).
            if let u = parser.pendingUnsupported, let span = u.span { noteUnsupported(u.message, span) }
            return e
        } catch let failure as ParseFailure {
            var err = failure.error
            if lexErr != nil, err == parser.lexFailure().error, var le = lexErr?.error {
                le.line = (le.line ?? 1) + shift
                le.endLine = (le.endLine ?? 1) + shift
                throw FStringError.located(le)
            }
            if err.kind == .syntaxError {
                err.message = "f-string: " + err.message
                // The nested parser's offsets already count from the "(" (see byteColumn).
                err.text = "(" + String(exprText) + ")\n"
            }
            throw FStringError.located(err)
        }
    }

    /// The (real) line number of an index into `src`.
    func lineNumber(ofIndex index: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1 + lineOffset
    }
}
