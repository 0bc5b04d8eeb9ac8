// Parenthesised forms, list/dict/set displays and comprehensions.

extension Parser {
    /// '(' ')' | '(' yield_expr ')' | '(' named_expression ')' | tuple | genexp
    func parseParenthesized() throws -> Expr {
        let open = try expect(.lpar)
        if let close = try accept(.rpar) {
            return Expr(.tuple(elts: [], ctx: .load), open.span.through(close.span))
        }
        if try kind() == .kwYield {
            let y = try parseYieldExpression()
            try expectClosing(.rpar)
            return y
        }
        let first = try parseStarNamedExpression()
        if try kind() == .kwFor || (try kind() == .kwAsync && (try kind(1)) == .kwFor) {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", first.span)
            }
            let generators = try parseComprehensionClauses()
            let close = try expectClosing(.rpar)
            return Expr(.generatorExp(elt: first, generators: generators), open.span.through(close.span))
        }
        if try kind() == .rpar {
            try advance()
            if case .starred = first.kind {
                throw error("cannot use starred expression here", first.span)
            }
            return first
        }
        guard try kind() == .comma else { throw try missingCommaOrInvalid(after: first) }
        var elts = [first]
        while try accept(.comma) != nil {
            if try kind() == .rpar { break }
            elts.append(try parseStarNamedExpression())
            if try isComprehensionStart() {
                throw error("did you forget parentheses around the comprehension target?", elts[0].span.through(elts.last!.span))
            }
            if try kind() != .comma && (try kind()) != .rpar { throw try missingCommaOrInvalid(after: elts.last!) }
        }
        let close = try expectClosing(.rpar)
        return Expr(.tuple(elts: elts, ctx: .load), open.span.through(close.span))
    }

    /// '[' star_named_expressions? ']' | '[' named_expression for_if_clauses ']'
    func parseListDisplay() throws -> Expr {
        let open = try expect(.lsqb)
        if let close = try accept(.rsqb) {
            return Expr(.list(elts: [], ctx: .load), open.span.through(close.span))
        }
        let first = try parseStarNamedExpression()
        if try isComprehensionStart() {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", first.span)
            }
            let generators = try parseComprehensionClauses()
            let close = try expectClosing(.rsqb)
            return Expr(.listComp(elt: first, generators: generators), open.span.through(close.span))
        }
        var elts = [first]
        try parseMoreElements(into: &elts, closing: .rsqb)
        let close = try expectClosing(.rsqb)
        return Expr(.list(elts: elts, ctx: .load), open.span.through(close.span))
    }

    /// Dicts, sets and their comprehensions: '{' … '}'.
    func parseBraceDisplay() throws -> Expr {
        let open = try expect(.lbrace)
        if let close = try accept(.rbrace) {
            return Expr(.dict(keys: [], values: []), open.span.through(close.span))
        }
        if try kind() == .doubleStar {
            return try parseDictRest(open: open, firstKey: nil, firstValue: try parseDoubleStarred())
        }
        let first = try parseStarNamedExpression()
        if try kind() == .colon {
            try advance()
            let value = try parseDictValue()
            if try isComprehensionStart() {
                let generators = try parseComprehensionClauses()
                let close = try expectClosing(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators: generators), open.span.through(close.span))
            }
            return try parseDictRest(open: open, firstKey: first, firstValue: value)
        }
        if try isComprehensionStart() {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", first.span)
            }
            let generators = try parseComprehensionClauses()
            let close = try expectClosing(.rbrace)
            return Expr(.setComp(elt: first, generators: generators), open.span.through(close.span))
        }
        var elts = [first]
        try parseMoreElements(into: &elts, closing: .rbrace)
        let close = try expectClosing(.rbrace)
        return Expr(.set(elts), open.span.through(close.span))
    }

    /// The value after `key:` — with CPython's messages for a missing or starred value.
    private func parseDictValue() throws -> Expr {
        let k = try kind()
        if k == .rbrace || k == .comma {
            throw error("expression expected after dictionary key and ':'", previous.span)
        }
        if let star = try accept(.star) {
            _ = try parseBitwiseOr()
            throw error("cannot use a starred expression in a dictionary value", star.span.through(previous.span))
        }
        return try parseExpression()
    }

    /// `**value` inside a dict display (returns the value).
    private func parseDoubleStarred() throws -> Expr {
        let star = try expect(.doubleStar)
        if try kind() == .kwFor || (try kind()) == .kwAsync {
            throw error("dict unpacking cannot be used in dict comprehension", star.span)
        }
        let v = try parseBitwiseOr()
        if try isComprehensionStart() {
            throw error("dict unpacking cannot be used in dict comprehension", star.span)
        }
        return v
    }

    /// The rest of a dict display after its first item.
    private func parseDictRest(open: Token, firstKey: Expr?, firstValue: Expr) throws -> Expr {
        var keys: [Expr?] = [firstKey]
        var values: [Expr] = [firstValue]
        while true {
            let k = try kind()
            if k == .rbrace { break }
            if k != .comma { throw try missingCommaOrInvalid(after: values.last!) }
            try advance()
            if try kind() == .rbrace { break }
            if try kind() == .doubleStar {
                values.append(try parseDoubleStarred())
                keys.append(nil)
                continue
            }
            let key = try parseExpression()
            if try kind() != .colon {
                // CPython's invalid_kvpair (tried before the missing-comma hint): at the key's
                // last column, with no end.
                let s = key.span
                var e = error("':' expected after dictionary key", SourceSpan(line: s.endLine, column: max(s.endColumn - 1, 0), endLine: s.endLine, endColumn: s.endColumn)).error
                e.endOffset = 0
                throw ParseFailure(error: e)
            }
            try advance()
            keys.append(key)
            values.append(try parseDictValue())
        }
        let close = try expectClosing(.rbrace)
        return Expr(.dict(keys: keys, values: values), open.span.through(close.span))
    }

    /// `, elt, elt [,]` until the closing bracket.
    private func parseMoreElements(into elts: inout [Expr], closing: TokenKind) throws {
        while true {
            let k = try kind()
            if k == closing { return }
            if elts.count > 1, try isComprehensionStart() {
                throw error("did you forget parentheses around the comprehension target?", elts[0].span.through(elts.last!.span))
            }
            if k != .comma { throw try missingCommaOrInvalid(after: elts.last!) }
            try advance()
            if try kind() == closing { return }
            elts.append(try parseStarNamedExpression())
        }
    }

    /// `for` or `async for` follows.
    func isComprehensionStart() throws -> Bool {
        let k = try kind()
        return try k == .kwFor || (k == .kwAsync && kind(1) == .kwFor)
    }

    /// for_if_clauses: (ASYNC? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while try isComprehensionStart() {
            let first = try peek()
            let isAsync = try accept(.kwAsync) != nil
            try expect(.kwFor)
            let target = try parseTargetList(stopAt: .kwIn, kind: .forTarget)
            if try kind() != .kwIn { throw invalidSyntax() }
            try advance()
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            var end = iter.span
            while try accept(.kwIf) != nil {
                let cond = try parseDisjunction()
                ifs.append(cond)
                end = cond.span
            }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync,
                                         span: first.span.through(end)))
        }
        return clauses
    }

    /// Expects a closing bracket; a different token means CPython's generic error there.
    @discardableResult
    func expectClosing(_ kind: TokenKind) throws -> Token {
        if try self.kind() == kind { return try advance() }
        throw invalidSyntax()
    }

    /// At a token that cannot follow `previous` inside brackets: CPython's
    /// "invalid syntax. Perhaps you forgot a comma?" when an expression starts here, else
    /// "invalid syntax".
    func missingCommaOrInvalid(after previous: Expr) throws -> ParseFailure {
        let t = try peek()
        guard Parser.startsExpression(t.kind) && levels[pos - 1] > 0 else { return invalidSyntax() }
        let save = pos
        let savedFurthest = furthest
        func restore() {
            lookaheadFurthest = max(lookaheadFurthest, furthest)
            pos = save
            furthest = savedFurthest
        }
        var a = previous
        // CPython skips the hint when `a` starts with NAME STRING or a soft keyword; its
        // soft-keyword test matches any prefix of "match"/"case" ("c", "ma"…). Then the next
        // pair of expressions may still get the hint.
        for _ in 0..<2 {
            let aStart = tokens[tokenIndex(startingAt: a.span)]
            let skip = (aStart.kind == .name && (isSoftKeywordPrefix(aStart)
                        || tokens[tokenIndex(startingAt: a.span) + 1].kind == .string))
            // CPython's b is `expression_without_invalid`: a failed conditional falls back to
            // its disjunction (`x for` … `if y` without else).
            let bStart = pos
            var parsedB = try? parseExpression()
            if parsedB == nil {
                pos = bStart
                parsedB = try? parseDisjunction()
            }
            guard let b = parsedB else { break }
            if !skip {
                restore()
                return error("invalid syntax. Perhaps you forgot a comma?", a.span.through(b.span))
            }
            guard let k = try? kind(), Parser.startsExpression(k) else { break }
            a = b
        }
        restore()
        return invalidSyntax()
    }

    /// CPython's soft-keyword check compares only the token's length of "_", "case", "match".
    private func isSoftKeywordPrefix(_ t: Token) -> Bool {
        let name = text(t)
        return name == "_" || "case".hasPrefix(name) || "match".hasPrefix(name)
    }
}
