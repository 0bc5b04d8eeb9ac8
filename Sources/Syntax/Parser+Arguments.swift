// Call arguments and parameter lists (for `def` and `lambda`), with CPython's messages for
// misplaced `*`, `/`, defaults and keywords.

extension Parser {
    /// arguments: (positional | '*' expression)* then (NAME '=' expression | '*' expression | '**' expression)*
    /// The opening '(' is consumed; returns the closing ')'.
    func parseCallArguments(open: Token) throws -> ([Expr], [Keyword], Token) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        while try kind() != .rpar {
            let t = try peek()
            switch t.kind {
            case .star:
                try advance()
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", t.span)
                }
                let value = try parseExpression()
                args.append(Expr(.starred(value: value, ctx: .load), t.span.through(previous.span)))
            case .doubleStar:
                try advance()
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, span: t.span.through(previous.span)))
                sawDoubleStar = true
            case .name where try kind(1) == .equal:
                try advance()
                let eq = try advance()
                let value = try parseExpression()
                if try isComprehensionStart() {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.span.through(eq.span))
                }
                keywords.append(Keyword(name: text(t), value: value, span: t.span.through(previous.span)))
                sawKeyword = true
            case .kwTrue where try kind(1) == .equal, .kwFalse where try kind(1) == .equal,
                 .kwNone where try kind(1) == .equal:
                throw error("cannot assign to \(text(t))", t.span.through(try peek(1).span))
            default:
                let e = try parseNamedExpression(equalHint: false)
                if try kind() == .equal {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                e.span.through(try peek().span))
                }
                if try isComprehensionStart() {
                    let generators = try parseComprehensionClauses()
                    if try args.isEmpty && keywords.isEmpty && kind() == .rpar {
                        let close = try advance()
                        return ([Expr(.generatorExp(elt: e, generators: generators), open.span.through(close.span))], [], close)
                    }
                    throw error("Generator expression must be parenthesized", e.span.through(Parser.lastComprehensionItem(generators)))
                }
                if sawDoubleStar || sawKeyword {
                    let msg = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                            : "positional argument follows keyword argument"
                    // CPython reports it at the last token it read: the call's ')' when the
                    // arguments go on, else the token that stopped them.
                    let k = try kind()
                    if k == .comma || k == .rpar { throw errorAtToken(closingIndex(from: pos), msg) }
                    if Parser.startsExpression(k) {
                        // CPython's recovery reads the next expression (`sep "|"`) first.
                        _ = try? parseExpression()
                    }
                    throw errorAtToken(pos, msg)
                }
                args.append(e)
            }
            if try kind() == .rpar { break }
            if try kind() != .comma {
                throw try missingCommaOrInvalid(after: args.last.map { $0 } ?? keywords.last!.value)
            }
            try advance()
        }
        let close = try advance()
        return (args, keywords, close)
    }

    /// Index of the ')' closing the bracket we are in (or the last token read).
    func closingIndex(from start: Int) -> Int {
        var depth = 0
        var i = start
        while i < tokens.count {
            switch tokens[i].kind {
            case .lpar, .lsqb, .lbrace: depth += 1
            case .rpar, .rsqb, .rbrace:
                if depth == 0 { return i }
                depth -= 1
            case .newline, .endMarker: return max(start, furthest)
            default: break
            }
            i += 1
        }
        return max(start, furthest)
    }

    /// The end of the last element of a comprehension's clauses (CPython's error range end).
    static func lastComprehensionItem(_ generators: [Comprehension]) -> SourceSpan {
        let last = generators[generators.count - 1]
        return last.ifs.last?.span ?? last.iter.span
    }

    /// Parameters of a `def` (up to, not including, ')') or a `lambda` (up to ':').
    func parseParameters(isLambda: Bool) throws -> Arguments {
        let closing: TokenKind = isLambda ? .colon : .rpar
        var a = Arguments()
        var sawSlash = false
        var sawStar = false        // '*' or '*args'
        var bareStar: Token? = nil // '*' without a name, until a keyword-only parameter follows
        var sawDefault = false
        while try kind() != closing {
            let t = try peek()
            if a.kwarg != nil {
                if t.kind == .name { throw error("arguments cannot follow var-keyword argument", t.span) }
                throw invalidSyntax()
            }
            switch t.kind {
            case .slash:
                try advance()
                if sawSlash { throw error("/ may appear only once", t.span) }
                if sawStar { throw error("/ must be ahead of *", t.span) }
                if a.args.isEmpty { throw error("at least one argument must precede /", t.span) }
                sawSlash = true
                a.posonlyargs = a.args
                a.args = []
            case .star:
                try advance()
                if sawStar { throw error("* argument may appear only once", t.span) }
                sawStar = true
                if try kind() == .name {
                    a.vararg = try parseParameter(isLambda: isLambda)
                    if try kind() == .equal {
                        throw error("var-positional argument cannot have default value", try peek().span)
                    }
                } else {
                    bareStar = t
                    let k = try kind()
                    if try k == closing || (k == .comma && kind(1) == closing) {
                        throw error("named arguments must follow bare *", t.span)
                    }
                }
            case .doubleStar:
                try advance()
                guard try kind() == .name else { throw invalidSyntax() }
                a.kwarg = try parseParameter(isLambda: isLambda)
                if try kind() == .equal {
                    throw error("var-keyword argument cannot have default value", try peek().span)
                }
            case .name:
                let p = try parseParameter(isLambda: isLambda)
                var value: Expr? = nil
                if try accept(.equal) != nil { value = try parseExpression() }
                if sawStar {
                    a.kwonlyargs.append(p)
                    a.kwDefaults.append(value)
                    bareStar = nil
                } else {
                    if let value {
                        a.defaults.append(value)
                        sawDefault = true
                    } else if sawDefault {
                        throw error("non-default argument follows default argument", p.span)
                    }
                    a.args.append(p)
                }
            default:
                throw invalidSyntax()
            }
            if try kind() == closing { break }
            if try kind() != .comma { throw invalidSyntax() }
            try advance()
        }
        if let bareStar { throw error("named arguments must follow bare *", bareStar.span) }
        return a
    }

    /// One parameter name with its annotation (`def` only).
    private func parseParameter(isLambda: Bool) throws -> Arg {
        let nameTok = try expect(.name)
        if !isLambda, try accept(.colon) != nil {
            let annotation = try parseExpression()
            return Arg(name: text(nameTok), annotation: annotation, span: nameTok.span.through(previous.span))
        }
        return Arg(name: text(nameTok), annotation: nil, span: nameTok.span)
    }
}
