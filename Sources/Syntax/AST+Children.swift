// Generic traversal helpers over the AST: the direct children of a node. Used for the
// iterative depth measure and tear-down (TreeDepth) and the compile-time checks (Validator).

/// A statement or an expression, for walks over both.
enum ASTNode {
    case stmt(Stmt)
    case expr(Expr)
}

extension Arguments {
    /// Defaults and annotations (the expressions evaluated where the function is defined).
    var expressions: [Expr] {
        var out = defaults
        for d in kwDefaults { if let d { out.append(d) } }
        for a in posonlyargs + args + kwonlyargs { if let ann = a.annotation { out.append(ann) } }
        if let ann = vararg?.annotation { out.append(ann) }
        if let ann = kwarg?.annotation { out.append(ann) }
        return out
    }
}

extension Stmt {
    /// Direct children, statements and expressions, in source order (roughly).
    var children: [ASTNode] {
        switch kind {
        case .functionDef(let f):
            return f.decorators.map(ASTNode.expr) + f.args.expressions.map(ASTNode.expr)
                + (f.returns.map { [ASTNode.expr($0)] } ?? []) + f.body.map(ASTNode.stmt)
        case .classDef(let c):
            return c.decorators.map(ASTNode.expr) + c.bases.map(ASTNode.expr)
                + c.keywords.map { ASTNode.expr($0.value) } + c.body.map(ASTNode.stmt)
        case .return(let v): return v.map { [.expr($0)] } ?? []
        case .delete(let ts): return ts.map(ASTNode.expr)
        case .assign(let ts, let v): return ts.map(ASTNode.expr) + [.expr(v)]
        case .augAssign(let t, _, let v): return [.expr(t), .expr(v)]
        case .annAssign(let t, let a, let v, _): return [.expr(t), .expr(a)] + (v.map { [.expr($0)] } ?? [])
        case .for(let f):
            return [.expr(f.target), .expr(f.iter)] + f.body.map(ASTNode.stmt) + f.orelse.map(ASTNode.stmt)
        case .while(let t, let b, let o): return [.expr(t)] + b.map(ASTNode.stmt) + o.map(ASTNode.stmt)
        case .if(let t, let b, let o): return [.expr(t)] + b.map(ASTNode.stmt) + o.map(ASTNode.stmt)
        case .with(let w):
            var out: [ASTNode] = []
            for item in w.items {
                out.append(.expr(item.contextExpr))
                if let v = item.optionalVars { out.append(.expr(v)) }
            }
            return out + w.body.map(ASTNode.stmt)
        case .raise(let e, let c): return (e.map { [.expr($0)] } ?? []) + (c.map { [.expr($0)] } ?? [])
        case .try(let t):
            var out = t.body.map(ASTNode.stmt)
            for h in t.handlers {
                if let ty = h.type { out.append(.expr(ty)) }
                out += h.body.map(ASTNode.stmt)
            }
            return out + t.orelse.map(ASTNode.stmt) + t.finalbody.map(ASTNode.stmt)
        case .assert(let t, let m): return [.expr(t)] + (m.map { [.expr($0)] } ?? [])
        case .expr(let e): return [.expr(e)]
        case .timeMagic(let s): return [.stmt(s)]
        case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue: return []
        }
    }
}

extension Expr {
    /// Direct child expressions in evaluation order (roughly).
    var children: [Expr] {
        switch kind {
        case .boolOp(_, let vs): return vs
        case .namedExpr(let t, let v): return [t, v]
        case .binOp(let l, _, let r, _): return [l, r]
        case .unaryOp(_, let o): return [o]
        case .lambda(let a, let b): return a.expressions + [b]
        case .ifExp(let t, let b, let o): return [t, b, o]
        case .dict(let ks, let vs):
            var out: [Expr] = []
            for (k, v) in zip(ks, vs) {
                if let k { out.append(k) }
                out.append(v)
            }
            return out
        case .set(let es): return es
        case .listComp(let e, let gs), .setComp(let e, let gs), .generatorExp(let e, let gs):
            return Expr.comprehensionChildren(gs) + [e]
        case .dictComp(let k, let v, let gs): return Expr.comprehensionChildren(gs) + [k, v]
        case .await(let e), .yieldFrom(let e): return [e]
        case .yield(let e): return e.map { [$0] } ?? []
        case .compare(let l, _, let cs): return [l] + cs
        case .call(let f, let args, let kws): return [f] + args + kws.map { $0.value }
        case .formattedValue(let v, _, let spec): return [v] + (spec.map { [$0] } ?? [])
        case .joinedStr(let vs): return vs
        case .constant, .name: return []
        case .attribute(let v, _, _): return [v]
        case .subscript(let v, let s, _): return [v, s]
        case .starred(let v, _): return [v]
        case .list(let es, _), .tuple(let es, _): return es
        case .slice(let l, let u, let s): return [l, u, s].compactMap { $0 }
        }
    }

    static func comprehensionChildren(_ gs: [Comprehension]) -> [Expr] {
        var out: [Expr] = []
        for g in gs { out += [g.iter, g.target] + g.ifs }
        return out
    }
}

/// Iterative depth measurement and tear-down, so deep trees never meet Swift recursion.
enum TreeDepth {
    /// Whether statement + expression nesting exceeds `limit`.
    static func exceeds(_ body: [Stmt], _ limit: Int) -> Bool {
        var stack: [(ASTNode, Int)] = body.map { (.stmt($0), 1) }
        while let (node, depth) = stack.popLast() {
            if depth > limit { return true }
            switch node {
            case .stmt(let s): for c in s.children { stack.append((c, depth + 1)) }
            case .expr(let e): for c in e.children { stack.append((.expr(c), depth + 1)) }
            }
        }
        return false
    }

    /// Depth of an expression tree, counting stops at `cap`.
    static func depth(of e: Expr, cap: Int) -> Int {
        var best = 0
        var stack: [(Expr, Int)] = [(e, 1)]
        while let (node, d) = stack.popLast() {
            if d > best { best = d }
            if best >= cap { return cap }
            for c in node.children { stack.append((c, d + 1)) }
        }
        return best
    }

    /// Frees a tree one node at a time (Swift would free nested nodes recursively).
    static func dismantle(_ body: consuming [Stmt]) {
        var stack: [ASTNode] = body.map { .stmt($0) }
        body = []
        while let node = stack.popLast() {
            switch node {
            case .stmt(let s): stack.append(contentsOf: s.children)
            case .expr(let e): stack.append(contentsOf: e.children.map(ASTNode.expr))
            }
        }
    }
}
