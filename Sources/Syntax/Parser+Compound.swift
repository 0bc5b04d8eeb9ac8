// if / while / for / with / try.

extension Parser {
    /// The condition of `if`/`elif`/`while`: a named_expression, with CPython's hints for a
    /// `=` typed instead of `==`.
    func parseCondition() throws -> Expr {
        // parseNamedExpression reports a `=` typed instead of `==`.
        return try parseNamedExpression()
    }

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    /// `elif` chains are collected in a loop and nested from the last one outwards.
    func parseIf() throws -> Stmt {
        let ifTok = try expect(.kwIf)
        let test = try parseCondition()
        try expectColon(forced: false)
        let body = try parseBlock(after: "'if' statement", line: ifTok.line)
        var elifs: [(tok: Token, test: Expr, body: [Stmt])] = []
        defer { parserLevel -= elifs.count }
        while let elifTok = try accept(.kwElif) {
            let t = try parseCondition()
            try expectColon(forced: false)
            let b = try parseBlock(after: "'elif' statement", line: elifTok.line)
            elifs.append((elifTok, t, b))
            parserLevel += 1
            if parserLevel >= ParserLimits.maxParserLevel { throw ParserLimits.memoryError(file.name) }
        }
        var orelse: [Stmt] = []
        if let elseTok = try accept(.kwElse) {
            try expectColon(forced: true)
            orelse = try parseBlock(after: "'else' statement", line: elseTok.line)
        }
        for e in elifs.reversed() {
            let stmt = Stmt(.if(test: e.test, body: e.body, orelse: orelse), blockSpan(e.tok.span, orelse.isEmpty ? e.body : orelse))
            orelse = [stmt]
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), blockSpan(ifTok.span, orelse.isEmpty ? body : orelse))
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    func parseWhile() throws -> Stmt {
        let whileTok = try expect(.kwWhile)
        let test = try parseCondition()
        try expectColon(forced: false)
        let body = try parseBlock(after: "'while' statement", line: whileTok.line)
        var orelse: [Stmt] = []
        if let elseTok = try accept(.kwElse) {
            try expectColon(forced: true)
            orelse = try parseBlock(after: "'else' statement", line: elseTok.line)
        }
        return Stmt(.while(test: test, body: body, orelse: orelse), blockSpan(whileTok.span, orelse.isEmpty ? body : orelse))
    }

    /// for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions ':' block [else_block]
    func parseFor(asyncToken: Token?) throws -> Stmt {
        let forTok = try expect(.kwFor)
        let start = asyncToken ?? forTok
        let target = try parseTargetList(stopAt: .kwIn, kind: .forTarget)
        try expect(.kwIn)
        let iter = try parseStarExpressions()
        try expectColon(forced: false)
        let body = try parseBlock(after: "'for' statement", line: start.line)
        var orelse: [Stmt] = []
        if let elseTok = try accept(.kwElse) {
            try expectColon(forced: true)
            orelse = try parseBlock(after: "'else' statement", line: elseTok.line)
        }
        let f = For(target: target, iter: iter, body: body, orelse: orelse, isAsync: asyncToken != nil)
        return Stmt(.for(f), blockSpan(start.span, orelse.isEmpty ? body : orelse))
    }

    /// with_stmt: [ASYNC] 'with' ('(' ','.with_item+ ','? ')' | ','.with_item+) ':' block
    func parseWith(asyncToken: Token?) throws -> Stmt {
        let withTok = try expect(.kwWith)
        let start = asyncToken ?? withTok
        var items: [WithItem] = []
        if try kind() == .lpar, let parenthesized = try? parseParenthesizedWithItems() {
            items = parenthesized
        } else {
            repeat {
                items.append(try parseWithItem())
            } while try accept(.comma) != nil
        }
        try expectColon(forced: false)
        let body = try parseBlock(after: "'with' statement", line: start.line)
        return Stmt(.with(With(items: items, body: body, isAsync: asyncToken != nil)), blockSpan(start.span, body))
    }

    /// '(' ','.with_item+ ','? ')' followed by ':' — or nil (and no tokens consumed) when the
    /// parenthesis belongs to an expression such as `with (a, b):` or `with (yield x):`.
    private func parseParenthesizedWithItems() throws -> [WithItem]? {
        let save = pos
        let savedFurthest = furthest
        do {
            try expect(.lpar)
            var items: [WithItem] = []
            while try kind() != .rpar {
                items.append(try parseWithItem())
                if try accept(.comma) == nil { break }
            }
            try expect(.rpar)
            if try kind() == .colon { return items }
        } catch {}
        // CPython's first pass read this far: it stays the "invalid syntax" location.
        pos = save
        _ = savedFurthest
        return nil
    }

    /// with_item: expression ['as' star_target]
    private func parseWithItem() throws -> WithItem {
        let e = try parseExpression()
        if try accept(.kwAs) != nil {
            let raw = try parseTargetItemForWith()
            let k = try kind()
            if k != .comma && k != .rpar && k != .colon && k != .newline { throw invalidSyntax() }
            let target = try toTarget(raw, .star)
            return WithItem(contextExpr: e, optionalVars: target, span: e.span.through(target.span))
        }
        return WithItem(contextExpr: e, optionalVars: nil, span: e.span)
    }

    private func parseTargetItemForWith() throws -> Expr {
        if let star = try accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), star.span.through(previous.span))
        }
        return try parseExpression()
    }

    /// try_stmt: 'try' ':' block (except_block+ [else_block] [finally_block] | finally_block)
    func parseTry() throws -> Stmt {
        let tryTok = try expect(.kwTry)
        try expectColon(forced: true)
        let body = try parseBlock(after: "'try' statement", line: tryTok.line)
        var handlers: [ExceptHandler] = []
        var isStar: Bool? = nil
        var bareHandler: ExceptHandler? = nil
        while try kind() == .kwExcept {
            let exceptTok = try advance()
            let starTok = try accept(.star)
            let star = starTok != nil
            if let isStar, isStar != star {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", exceptTok.span.through((starTok ?? exceptTok).span))
            }
            isStar = star
            var type: Expr? = nil
            var name: String? = nil
            if try kind() != .colon {
                let first = try parseExpression()
                if try kind() == .comma {
                    let save = pos
                    try advance()
                    if (try? parseStarExpressions()) != nil {
                        // CPython's range runs to the ':' (through any `as name`).
                        if (try? kind()) == .kwAs { pos += 1; if (try? kind()) == .name { pos += 1 } }
                        if (try? kind()) == .colon {
                            throw error("multiple exception types must be parenthesized", first.span.through(tokens[pos - 1].span))
                        }
                    }
                    pos = save
                }
                type = first
                if try accept(.kwAs) != nil { name = text(try expect(.name)) }
            } else if star {
                throw errorAtToken(pos, "expected one or more exception types")
            }
            if let bare = bareHandler {
                throw error("default 'except:' must be last", bare.span)
            }
            try expectColon(forced: false)
            let what = star ? "'except*' statement" : "'except' statement"
            let hbody = try parseBlock(after: what, line: exceptTok.line)
            let handler = ExceptHandler(type: type, name: name, body: hbody, span: blockSpan(exceptTok.span, hbody))
            if type == nil { bareHandler = handler }
            handlers.append(handler)
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if !handlers.isEmpty, let elseTok = try accept(.kwElse) {
            try expectColon(forced: true)
            orelse = try parseBlock(after: "'else' statement", line: elseTok.line)
        }
        if let finallyTok = try accept(.kwFinally) {
            try expectColon(forced: true)
            finalbody = try parseBlock(after: "'finally' statement", line: finallyTok.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw errorAtToken(pos, "expected 'except' or 'finally' block")
        }
        let last = !finalbody.isEmpty ? finalbody : !orelse.isEmpty ? orelse : handlers.last!.body
        let t = Try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, isStar: isStar ?? false)
        return Stmt(.try(t), blockSpan(tryTok.span, last))
    }
}
