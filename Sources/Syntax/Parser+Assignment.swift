// Expression statements and the three assignment forms, with CPython's invalid-target messages.

extension Parser {
    /// assignment | star_expressions — decides by what follows the first expression list.
    func parseExpressionStatement() throws -> Stmt {
        let startIndex = pos
        let first: Expr
        if try kind() == .kwYield {
            first = try parseYieldExpression()
        } else {
            first = try parseStarExpressions()
        }
        let k = try kind()
        if k == .equal { return try parseAssignment(first, startIndex: startIndex) }
        if k == .colon { return try parseAnnotatedAssignment(first, startIndex: startIndex) }
        if let op = Parser.augmentedOperator(k) {
            switch first.kind {
            case .name, .attribute, .subscript:
                break
            default:
                throw error("'\(Parser.exprName(first))' is an illegal expression for augmented assignment", first.span)
            }
            try advance()
            let value = try kind() == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
            return Stmt(.augAssign(target: try toTarget(first, .star), op: op, value: value), first.span.through(value.span))
        }
        if k != .newline && k != .semi { throw try invalidAfterExpression(first, startIndex: startIndex) }
        return Stmt(.expr(first), first.span)
    }

    /// The augmented assignment operator of a token, if it is one.
    static func augmentedOperator(_ kind: TokenKind) -> BinaryOperator? {
        switch kind {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .slashEqual: return .div
        case .doubleSlashEqual: return .floorDiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .atEqual: return .matMult
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .amperEqual: return .bitAnd
        default: return nil
        }
    }

    /// (star_targets '=')+ (yield_expr | star_expressions)
    private func parseAssignment(_ first: Expr, startIndex: Int) throws -> Stmt {
        var exprs = [first]
        let valueStart = try kind(1)
        while try accept(.equal) != nil {
            let e = try kind() == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
            exprs.append(e)
        }
        let k = try kind()
        if k != .newline && k != .semi { throw try invalidAfterExpression(exprs.last!, startIndex: startIndex) }
        let value = exprs.removeLast()
        var targets: [Expr] = []
        for (i, t) in exprs.enumerated() {
            if Parser.invalidTarget(t, .star) != nil {
                if i == 0, exprs.count == 1, let msg = hereMessage(for: t, valueStart: valueStart) {
                    throw error(msg, t.span)
                }
                if case .yield = t.kind { throw error("assignment to yield expression not possible", t.span) }
                if case .yieldFrom = t.kind { throw error("assignment to yield expression not possible", t.span) }
                throw invalidTargetError(t, .star)
            }
            targets.append(try toTarget(t, .star))
        }
        return Stmt(.assign(targets: targets, value: value), first.span.through(value.span))
    }

    /// CPython's invalid_named_expression: `x() = 1` is probably a mistyped comparison, so the
    /// message adds "here. Maybe you meant '==' instead of '='?" — only when the target is a
    /// plain `bitwise_or` (not a display, comparison, lambda…) and the value is one too.
    private func hereMessage(for target: Expr, valueStart: TokenKind) -> String? {
        guard Parser.isBitwiseOrLevel(target) else { return nil }
        switch valueStart {
        case .kwNot, .kwLambda, .star, .kwYield: return nil
        default: break
        }
        switch target.kind {
        case .list, .tuple, .generatorExp: return nil
        case .constant(.none), .constant(.bool): return nil
        default: break
        }
        return "cannot assign to \(Parser.exprName(target)) here. Maybe you meant '==' instead of '='?"
    }

    /// Whether an expression is at `bitwise_or` precedence or tighter (no comparison, not,
    /// and/or, conditional, lambda, unparenthesised tuple, starred, yield).
    static func isBitwiseOrLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .starred, .yield, .yieldFrom, .namedExpr:
            return false
        case .unaryOp(let op, _):
            return op != .not
        default:
            return true
        }
    }

    /// target ':' expression ['=' annotated_rhs]
    private func parseAnnotatedAssignment(_ target: Expr, startIndex: Int) throws -> Stmt {
        let parenthesized = tokens[startIndex].kind == .lpar
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        default:
            // CPython's messages need `target ':' expression`; otherwise "invalid syntax" at ':'.
            if !Parser.startsExpression(tokens.count > pos + 1 ? tokens[pos + 1].kind : .endMarker) {
                throw errorAtToken(pos, "invalid syntax", knownLocation: true)
            }
        }
        switch target.kind {
        case .tuple(let elts, _):
            if parenthesized { throw error("only single target (not tuple) can be annotated", target.span) }
            throw error("only single target (not tuple) can be annotated", elts[0].span)
        case .list:
            throw error("only single target (not list) can be annotated", target.span)
        case .name, .attribute, .subscript:
            break
        default:
            throw error("illegal target for annotation", target.span)
        }
        try expect(.colon)
        let annotation = try parseExpression()
        var value: Expr? = nil
        if try accept(.equal) != nil {
            value = try kind() == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
        }
        var simple = false
        if case .name = target.kind, !parenthesized { simple = true }
        return Stmt(.annAssign(target: try toTarget(target, .star), annotation: annotation, value: value, simple: simple),
                    target.span.through((value ?? annotation).span))
    }

    /// After a complete expression, a token that cannot follow it: CPython's specific
    /// messages (`print x`, a missing comma inside brackets, `x := 1`) or "invalid syntax".
    func invalidAfterExpression(_ e: Expr, startIndex: Int) throws -> ParseFailure {
        let t = try peek()
        if case .name(let id, _) = e.kind, id == "print" || id == "exec", Parser.startsExpression(t.kind),
           tokens[startIndex].kind == .name, pos == startIndex + 1 {
            if let rest = try? parseStarExpressions() {
                return error("Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?", e.span.through(rest.span))
            }
        }
        if Parser.startsExpression(t.kind) {
            // CPython's second pass tries "a b" as a missing comma and reads the second
            // expression; how far it reads matters for unclosed-bracket errors.
            let save = pos
            let savedFurthest = furthest
            _ = try? parseExpression()
            lookaheadFurthest = max(lookaheadFurthest, furthest)
            pos = save
            furthest = savedFurthest
        }
        return invalidSyntax()
    }
}
