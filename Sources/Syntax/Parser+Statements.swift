// Statements: the dispatcher and the simple statements of a logical line.

extension Parser {
    /// file: [statements] ENDMARKER
    func parseFile() throws -> [Stmt] {
        var body: [Stmt] = []
        while try kind() != .endMarker {
            try parseStatement(into: &body)
        }
        return body
    }

    /// statement: compound_stmt | simple_stmts
    func parseStatement(into body: inout [Stmt]) throws {
        switch try kind() {
        case .kwIf: body.append(try parseIf())
        case .kwWhile: body.append(try parseWhile())
        case .kwFor: body.append(try parseFor(asyncToken: nil))
        case .kwTry: body.append(try parseTry())
        case .kwWith: body.append(try parseWith(asyncToken: nil))
        case .kwDef: body.append(try parseFunctionDef(decorators: [], asyncToken: nil))
        case .kwClass: body.append(try parseClassDef(decorators: []))
        case .at: body.append(try parseDecorated())
        case .kwAsync:
            let asyncTok = try advance()
            switch try kind() {
            case .kwDef: body.append(try parseFunctionDef(decorators: [], asyncToken: asyncTok))
            case .kwFor: body.append(try parseFor(asyncToken: asyncTok))
            case .kwWith: body.append(try parseWith(asyncToken: asyncTok))
            default: throw invalidSyntax()
            }
        case .name where try isMatchStatement():
            throw unsupported("the match statement is not supported in lessons", try peek().span)
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    /// `match` followed, on the same logical line, by a line ending in ':' (a match statement;
    /// as an identifier, `match` cannot start a line that ends with ':').
    private func isMatchStatement() throws -> Bool {
        guard isName(try peek(), "match") else { return false }
        switch try kind(1) {
        case .equal, .dot, .lpar, .lsqb, .comma, .colon, .newline, .semi, .rpar, .colonEqual:
            // `match(x):` is a match statement too; check the line's end below for `(`.
            if try kind(1) != .lpar && (try kind(1)) != .lsqb { return false }
        default:
            if Parser.binaryOperator(try kind(1)) != nil { return false }
        }
        var i = pos + 1
        var depth = 0
        while i < tokens.count {
            let k = tokens[i].kind
            switch k {
            case .lpar, .lsqb, .lbrace: depth += 1
            case .rpar, .rsqb, .rbrace: depth -= 1
            case .newline, .endMarker:
                return tokens[i - 1].kind == .colon
            default: break
            }
            if depth == 0 && (k == .equal || k == .semi) { return false }
            i += 1
        }
        return false
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    func parseSimpleStatements(into body: inout [Stmt]) throws {
        while true {
            // CPython's statement positions run from its first to its last token, parentheses included.
            let start = try peek().span
            var s = try parseSimpleStatement()
            s.span = start.through(previous.span)
            body.append(s)
            if try accept(.semi) != nil {
                if try kind() == .newline { break }
                continue
            }
            break
        }
        if try kind() != .newline { throw invalidSyntax() }
        try advance()
    }

    /// simple_stmt: assignment | star_expressions | return | import | raise | pass | del |
    /// yield | assert | break | continue | global | nonlocal | `%time` statement
    func parseSimpleStatement() throws -> Stmt {
        let t = try peek()
        switch t.kind {
        case .kwPass:
            try advance()
            return Stmt(.pass, t.span)
        case .kwBreak:
            try advance()
            return Stmt(.break, t.span)
        case .kwContinue:
            try advance()
            return Stmt(.continue, t.span)
        case .kwReturn:
            try advance()
            if try Parser.startsExpression(kind()) || kind() == .star {
                let value = try parseStarExpressions()
                return Stmt(.return(value), t.span.through(value.span))
            }
            return Stmt(.return(nil), t.span)
        case .kwRaise:
            return try parseRaise()
        case .kwGlobal, .kwNonlocal:
            try advance()
            var names: [String] = []
            var end = t.span
            repeat {
                let n = try expect(.name)
                names.append(text(n))
                end = n.span
            } while try accept(.comma) != nil
            return Stmt(t.kind == .kwGlobal ? .global(names) : .nonlocal(names), t.span.through(end))
        case .kwDel:
            try advance()
            let targets = try parseStarExpressions()
            let k = try kind()
            if k != .newline && k != .semi { throw invalidSyntax() }
            let elts: [Expr]
            if case .tuple(let items, _) = targets.kind, !isParenthesized(targets) {
                elts = items
            } else {
                elts = [targets]
            }
            return Stmt(.delete(try elts.map { try toTarget($0, .del) }), t.span.through(targets.span))
        case .kwAssert:
            try advance()
            let test = try parseExpression()
            var msg: Expr? = nil
            if try accept(.comma) != nil { msg = try parseExpression() }
            return Stmt(.assert(test: test, msg: msg), t.span.through((msg ?? test).span))
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseFromImport()
        case .timeMagic:
            try advance()
            let start = try peek().span
            var inner = try parseSimpleStatement()
            inner.span = start.through(previous.span)
            return Stmt(.timeMagic(inner), t.span.through(inner.span))
        default:
            return try parseExpressionStatement()
        }
    }

    /// Whether a tuple expression was written with its own parentheses.
    func isParenthesized(_ e: Expr) -> Bool {
        let n = e.span.line - lineOffset
        let start = lineStarts[n - 1] + e.span.column - (n == 1 ? columnOffset : 0)
        return start < src.count && src[start] == "("
    }

    /// raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private func parseRaise() throws -> Stmt {
        let t = try expect(.kwRaise)
        guard Parser.startsExpression(try kind()) else { return Stmt(.raise(exc: nil, cause: nil), t.span) }
        let exc = try parseExpression()
        if try accept(.kwFrom) != nil {
            let cause = try parseExpression()
            return Stmt(.raise(exc: exc, cause: cause), t.span.through(cause.span))
        }
        return Stmt(.raise(exc: exc, cause: nil), t.span.through(exc.span))
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func parseYieldExpression() throws -> Expr {
        let y = try expect(.kwYield)
        if try accept(.kwFrom) != nil {
            let value = try parseExpression()
            return Expr(.yieldFrom(value), y.span.through(previous.span))
        }
        if try Parser.startsExpression(kind()) || kind() == .star {
            let value = try parseStarExpressions()
            return Expr(.yield(value), y.span.through(previous.span))
        }
        return Expr(.yield(nil), y.span)
    }

    /// import_name: 'import' dotted_as_names
    private func parseImport() throws -> Stmt {
        let t = try expect(.kwImport)
        var names: [Alias] = []
        repeat {
            let (name, span) = try parseDottedName()
            var asname: String? = nil
            var end = span
            if try accept(.kwAs) != nil {
                let a = try expect(.name)
                asname = text(a)
                end = a.span
            }
            names.append(Alias(name: name, asname: asname, span: span.through(end)))
        } while try accept(.comma) != nil
        return Stmt(.import(names), t.span.through(names.last!.span))
    }

    /// dotted_name: NAME ('.' NAME)*
    private func parseDottedName() throws -> (String, SourceSpan) {
        let first = try expect(.name)
        var name = text(first)
        var end = first.span
        while try kind() == .dot {
            try advance()
            let n = try expect(.name)
            name += "." + text(n)
            end = n.span
        }
        return (name, first.span.through(end))
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets
    private func parseFromImport() throws -> Stmt {
        let t = try expect(.kwFrom)
        var level = 0
        while true {
            if try accept(.dot) != nil { level += 1 }
            else if try accept(.ellipsis) != nil { level += 3 }
            else { break }
        }
        var module: String? = nil
        if try kind() == .name { module = try parseDottedName().0 }
        else if level == 0 { throw invalidSyntax() }
        try expect(.kwImport)
        var names: [Alias] = []
        if let star = try accept(.star) {
            names.append(Alias(name: "*", asname: nil, span: star.span))
            return Stmt(.importFrom(module: module, names: names, level: level), t.span.through(star.span))
        }
        let paren = try accept(.lpar)
        while true {
            let n = try expect(.name)
            var asname: String? = nil
            var end = n.span
            if try accept(.kwAs) != nil {
                let a = try expect(.name)
                asname = text(a)
                end = a.span
            }
            names.append(Alias(name: text(n), asname: asname, span: n.span.through(end)))
            guard try accept(.comma) != nil else { break }
            if paren != nil {
                if try kind() == .rpar { break }
            } else if try kind() == .newline || (try kind()) == .semi {
                throw errorAtToken(pos, "trailing comma not allowed without surrounding parentheses")
            }
        }
        var end = names.last!.span
        if paren != nil { end = try expectClosing(.rpar).span }
        return Stmt(.importFrom(module: module, names: names, level: level), t.span.through(end))
    }
}
