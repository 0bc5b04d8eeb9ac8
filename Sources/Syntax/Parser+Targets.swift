// Assignment, `for`, `with` and `del` targets: turning a parsed expression into a target
// (store/del context) and CPython's "cannot assign to …" diagnostics.

/// Which statement a target belongs to (CPython's `TARGETS_TYPE`).
enum TargetKind {
    /// `=` targets, `with … as` targets.
    case star
    /// `for` / comprehension targets (a `x in y` comparison is looked into).
    case forTarget
    /// `del` targets.
    case del
}

extension Parser {
    /// CPython's `_PyPegen_get_expr_name`: how messages name an expression.
    static func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
    static func invalidTarget(_ e: Expr, _ kind: TargetKind) -> Expr? {
        switch e.kind {
        case .list(let elts, _), .tuple(let elts, _):
            for elt in elts { if let bad = invalidTarget(elt, kind) { return bad } }
            return nil
        case .starred(let value, _):
            if kind == .del { return e }
            return invalidTarget(value, kind)
        case .compare(let left, let ops, _):
            if kind == .forTarget {
                if ops[0] == .in { return invalidTarget(left, kind) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// The "cannot assign to X" / "cannot delete X" failure for an invalid target.
    func invalidTargetError(_ e: Expr, _ kind: TargetKind) -> ParseFailure {
        let bad = Parser.invalidTarget(e, kind) ?? e
        let verb = kind == .del ? "cannot delete" : "cannot assign to"
        return error("\(verb) \(Parser.exprName(bad))", bad.span)
    }

    /// Re-labels a parsed expression as a target, or fails as CPython does.
    func toTarget(_ e: Expr, _ kind: TargetKind) throws -> Expr {
        let ctx: ExprContext = kind == .del ? .del : .store
        switch e.kind {
        case .name(let id, _):
            return Expr(.name(id: id, ctx: ctx), e.span)
        case .attribute(let value, let attr, _):
            return Expr(.attribute(value: value, attr: attr, ctx: ctx), e.span)
        case .subscript(let value, let slice, _):
            return Expr(.subscript(value: value, slice: slice, ctx: ctx), e.span)
        case .starred(let value, _) where kind != .del:
            return Expr(.starred(value: try toTarget(value, kind), ctx: ctx), e.span)
        case .tuple(let elts, _):
            return Expr(.tuple(elts: try elts.map { try toTarget($0, kind) }, ctx: ctx), e.span)
        case .list(let elts, _):
            return Expr(.list(elts: try elts.map { try toTarget($0, kind) }, ctx: ctx), e.span)
        default:
            throw invalidTargetError(e, kind)
        }
    }

    /// star_targets for `for` and comprehensions: comma-separated `*`? bitwise_or items, up
    /// to `in` (which a full expression would swallow as a comparison).
    func parseTargetList(stopAt: TokenKind, kind: TargetKind) throws -> Expr {
        let start = try peek().span
        let first = try parseTargetItem()
        var result = first
        if try self.kind() == .comma {
            var elts = [first]
            while try accept(.comma) != nil {
                let k = try self.kind()
                if k == stopAt || !(Parser.startsExpression(k) || k == .star) { break }
                elts.append(try parseTargetItem())
            }
            result = Expr(.tuple(elts: elts, ctx: .load), start.through(previous.span))
        }
        if try self.kind() != stopAt {
            // CPython re-parses the target as star_expressions to name an invalid target.
            let save = pos
            pos = tokenIndex(startingAt: first.span)
            if let whole = try? parseStarExpressions(), Parser.invalidTarget(whole, kind) != nil {
                throw invalidTargetError(whole, kind)
            }
            pos = save
            throw invalidSyntax()
        }
        return try toTarget(result, kind)
    }

    private func parseTargetItem() throws -> Expr {
        if let star = try accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), star.span.through(previous.span))
        }
        return try parseBitwiseOr()
    }

    /// Index of the first token at or after `span`'s start (for re-parsing).
    func tokenIndex(startingAt span: SourceSpan) -> Int {
        var i = pos
        while i > 0 {
            let t = tokens[i - 1]
            if t.line < span.line || (t.line == span.line && t.column < span.column) { break }
            i -= 1
        }
        return i
    }
}
