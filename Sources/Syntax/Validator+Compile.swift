// The code generator's checks (CPython's compile.c), in its visiting order.

struct CompileChecks {
    let reporter: Reporter
    /// `await` and async statements are allowed at module level (asyncio REPL).
    let topLevelAwait: Bool
    /// SyntaxWarnings found so far, in compile order.
    var warnings: [CompileWarning] = []

    init(reporter: Reporter, topLevelAwait: Bool = false) {
        self.reporter = reporter
        self.topLevelAwait = topLevelAwait
    }

    /// Whether async constructs are allowed here (CPython's IS_TOP_LEVEL_AWAIT or an async def).
    private func asyncAllowed(_ c: Context) -> Bool {
        c.scope == .asyncFunction || (topLevelAwait && c.scope == .module)
    }

    /// Where a node is, as far as compile.c's checks care.
    struct Context {
        enum Scope { case module, classBody, function, asyncFunction, comprehension }
        var scope: Scope = .module
        /// The enclosing function is a generator (for "'return' with value in async generator").
        var isGenerator = false
        /// Inside a loop body of the current function (break/continue allowed).
        var inLoop = false
        /// CPython's frame-block depth (CO_MAXBLOCKS = 20).
        var blocks = 0
    }

    private enum Work {
        case stmt(Stmt, Context)
        case expr(Expr, Context)
        /// An assignment target (store/del context): starred rules differ.
        case target(Expr, Context)
    }

    mutating func check(_ body: [Stmt]) throws {
        var stack: [Work] = body.reversed().map { .stmt($0, Context()) }
        while let work = stack.popLast() {
            let children: [Work]
            switch work {
            case .stmt(let s, let c):
                if case .assert(let test, _) = s.kind, case .tuple(let elts, _) = test.kind, !elts.isEmpty {
                    warn("assertion is always true, perhaps remove parentheses?", s.span.line)
                }
                children = try visit(s, c)
            case .expr(let e, let c):
                checkWarnings(e)
                children = try visit(e, c)
            case .target(let e, let c): children = try visitTarget(e, c)
            }
            stack.append(contentsOf: children.reversed())
        }
    }

    private func exprs(_ es: [Expr], _ c: Context) -> [Work] { es.map { .expr($0, c) } }

    mutating func warn(_ message: String, _ line: Int) {
        warnings.append(.syntax(message, line: line, file: reporter.file))
    }

    /// compile.c's check_compare and check_caller.
    private mutating func checkWarnings(_ e: Expr) {
        switch e.kind {
        case .compare(let left, let ops, let comparators):
            var l = left
            for (op, r) in zip(ops, comparators) {
                if (op == .is || op == .isNot) && (CompileChecks.isLiteral(l) || CompileChecks.isLiteral(r)) {
                    warn(op == .is ? "\"is\" with a literal. Did you mean \"==\"?"
                                   : "\"is not\" with a literal. Did you mean \"!=\"?", e.span.line)
                    break
                }
                l = r
            }
        case .call(let f, _, _):
            if let type = CompileChecks.literalTypeName(f) {
                warn("'\(type)' object is not callable; perhaps you missed a comma?", e.span.line)
            }
        case .subscript(let value, let index, let ctx) where ctx == .load:
            checkSubscript(value, index, line: e.span.line)
        default:
            break
        }
    }

    /// compile.c's check_subscripter and check_index (loads only): a literal that can never
    /// be subscripted, or a sequence literal indexed by a literal that is not an int or slice.
    private mutating func checkSubscript(_ value: Expr, _ index: Expr, line: Int) {
        let valueType = CompileChecks.inferredType(value)
        let neverSubscriptable: Bool
        switch value.kind {
        case .set, .setComp, .generatorExp, .lambda: neverSubscriptable = true
        // Constants, including signed numbers the optimiser folds into constants.
        case .constant, .unaryOp: neverSubscriptable = ["NoneType", "ellipsis", "int", "bool", "float"].contains(valueType ?? "")
        default: neverSubscriptable = false
        }
        if neverSubscriptable, let valueType {
            warn("'\(valueType)' object is not subscriptable; perhaps you missed a comma?", line)
            return
        }
        guard let indexType = CompileChecks.inferredType(index), indexType != "int", indexType != "bool",
              indexType != "slice" else { return }
        switch value.kind {
        case .constant(.string), .constant(.bytes), .tuple, .list, .listComp, .joinedStr, .formattedValue:
            guard let valueType else { return }
            warn("\(valueType) indices must be integers or slices, not \(indexType); perhaps you missed a comma?", line)
        default:
            break
        }
    }

    /// compile.c's infer_type, after the AST optimiser's folding of signed numbers and tuples
    /// of constants (the forms lessons write); nil when the type is not known at compile time.
    static func inferredType(_ e: Expr) -> String? {
        switch e.kind {
        case .lambda: return "function"
        case .slice: return "slice"
        case .unaryOp(let op, let operand):
            guard case .constant(let c) = operand.kind else { return nil }
            switch (op, c) {
            case (.not, _): return "bool"
            case (.uAdd, .int), (.uSub, .int), (.invert, .int), (.uAdd, .bool), (.uSub, .bool), (.invert, .bool): return "int"
            case (.uAdd, .float), (.uSub, .float): return "float"
            default: return nil
            }
        default:
            return literalTypeName(e)
        }
    }

    /// A constant other than None/True/False/Ellipsis (`is` compares identity with it).
    static func isLiteral(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .none, .bool, .ellipsis: return false
            default: return true
            }
        // CPython checks after its AST optimiser, which folds `-1` and `(1, 2)` into constants.
        case .unaryOp, .tuple: return foldsToConstant(e)
        default: return false
        }
    }

    /// ast_opt's fold_unaryop and fold_tuple for the shapes it folds: a sign or `~` on a
    /// number, a tuple of foldable elements (`not` folds to a bool, which is no literal here).
    static func foldsToConstant(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant: return true
        case .unaryOp(let op, let operand):
            switch (op, operand.kind) {
            case (.uSub, .constant(.int)), (.uSub, .constant(.float)), (.uSub, .constant(.bool)),
                 (.uAdd, .constant(.int)), (.uAdd, .constant(.float)), (.uAdd, .constant(.bool)),
                 (.invert, .constant(.int)), (.invert, .constant(.bool)):
                return true
            case (.uSub, .unaryOp), (.uAdd, .unaryOp), (.invert, .unaryOp):
                guard foldsToConstant(operand), case .unaryOp(let inner, _) = operand.kind, inner != .not else { return false }
                return true
            default: return false
            }
        case .tuple(let elts, let ctx) where ctx == .load: return elts.allSatisfy(foldsToConstant)
        default: return false
        }
    }

    /// The type of a displayed or literal callee that can never be callable.
    static func literalTypeName(_ e: Expr) -> String? {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .none: return "NoneType"
            case .bool: return "bool"
            case .ellipsis: return "ellipsis"
            case .int: return "int"
            case .float: return "float"
            case .string, .codePoints: return "str"
            case .bytes: return "bytes"
            }
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .joinedStr, .formattedValue: return "str"
        default: return nil
        }
    }

    /// Context for a new function body.
    private func functionContext(_ body: [Stmt], isAsync: Bool) -> Context {
        var c = Context()
        c.scope = isAsync ? .asyncFunction : .function
        c.isGenerator = CompileChecks.containsYield(body.map(ASTNode.stmt))
        return c
    }

    private func visit(_ s: Stmt, _ c: Context) throws -> [Work] {
        switch s.kind {
        case .functionDef(let f):
            try checkDebugName(f.name, f.nameSpan)
            try checkDebugArgs(f.args)
            let inner = functionContext(f.body, isAsync: f.isAsync)
            // Decorators, defaults and annotations are evaluated where the def is.
            return exprs(f.decorators + f.args.expressions + (f.returns.map { [$0] } ?? []), c)
                + f.body.map { .stmt($0, inner) }
        case .classDef(let k):
            try checkKeywords(k.keywords)
            var inner = Context()
            inner.scope = .classBody
            // Bases are call arguments: `*bases` is allowed.
            let bases = k.bases.map { b -> Expr in
                if case .starred(let v, _) = b.kind { return v }
                return b
            }
            return exprs(k.decorators + bases + k.keywords.map { $0.value }, c) + k.body.map { .stmt($0, inner) }
        case .return(let v):
            if c.scope != .function && c.scope != .asyncFunction { throw reporter.fail("'return' outside function", s.span) }
            if c.scope == .asyncFunction && c.isGenerator && v != nil {
                throw reporter.fail("'return' with value in async generator", s.span)
            }
            return v.map { [.expr($0, c)] } ?? []
        case .break:
            if !c.inLoop { throw reporter.fail("'break' outside loop", s.span) }
            return []
        case .continue:
            if !c.inLoop { throw reporter.fail("'continue' not properly in loop", s.span) }
            return []
        case .for(let f):
            if f.isAsync && !asyncAllowed(c) { throw reporter.fail("'async for' outside async function", s.span) }
            let inner = try enterBlock(c, s, loop: true)
            return [.expr(f.iter, c), .target(f.target, c)] + f.body.map { .stmt($0, inner) } + f.orelse.map { .stmt($0, c) }
        case .while(let test, let body, let orelse):
            let inner = try enterBlock(c, s, loop: true)
            return [.expr(test, c)] + body.map { .stmt($0, inner) } + orelse.map { .stmt($0, c) }
        case .with(let w):
            if w.isAsync && !asyncAllowed(c) { throw reporter.fail("'async with' outside async function", s.span) }
            var inner = c
            var out: [Work] = []
            for item in w.items {
                inner = try enterBlock(inner, s, loop: nil)
                out.append(.expr(item.contextExpr, c))
                if let v = item.optionalVars { out.append(.target(v, c)) }
            }
            return out + w.body.map { .stmt($0, inner) }
        case .try(let t):
            var bodyContext = try enterBlock(c, s, loop: nil)
            if !t.handlers.isEmpty && !t.finalbody.isEmpty { bodyContext = try enterBlock(bodyContext, s, loop: nil) }
            var out: [Work] = t.body.map { .stmt($0, bodyContext) }
            for h in t.handlers {
                let hc = try enterBlock(try enterBlock(t.finalbody.isEmpty ? c : try enterBlock(c, s, loop: nil), s, loop: nil), s, loop: nil)
                if let ty = h.type { out.append(.expr(ty, c)) }
                if let n = h.name { try checkDebugName(n, h.span) }
                out += h.body.map { .stmt($0, hc) }
            }
            out += t.orelse.map { .stmt($0, c) }
            if !t.finalbody.isEmpty {
                let fc = try enterBlock(c, s, loop: nil)
                out += t.finalbody.map { .stmt($0, fc) }
            }
            return out
        case .assign(let targets, let value):
            return [.expr(value, c)] + targets.map { .target($0, c) }
        case .augAssign(let target, _, let value):
            return [.expr(value, c), .target(target, c)]
        case .annAssign(let target, let annotation, let value, _):
            return (value.map { [.expr($0, c)] } ?? []) + [.target(target, c), .expr(annotation, c)]
        case .delete(let targets):
            return targets.map { .target($0, c) }
        case .expr(let e):
            return [.expr(e, c)]
        case .timeMagic(let inner):
            return [.stmt(inner, c)]
        case .if(let test, let body, let orelse):
            return [.expr(test, c)] + (body + orelse).map { .stmt($0, c) }
        default:
            return s.children.map {
                switch $0 {
                case .stmt(let x): return .stmt(x, c)
                case .expr(let e): return .expr(e, c)
                }
            }
        }
    }

    /// One more frame block; CPython allows 20.
    private func enterBlock(_ c: Context, _ s: Stmt, loop: Bool?) throws -> Context {
        var inner = c
        inner.blocks += 1
        if inner.blocks > 20 { throw reporter.fail("too many statically nested blocks", s.span) }
        if let loop, loop { inner.inLoop = true }
        return inner
    }

    private func visit(_ e: Expr, _ c: Context) throws -> [Work] {
        switch e.kind {
        case .yield, .yieldFrom:
            if c.scope == .module || c.scope == .classBody { throw reporter.fail("'yield' outside function", e.span) }
            if case .yieldFrom = e.kind, c.scope == .asyncFunction {
                throw reporter.fail("'yield from' inside async function", e.span)
            }
        case .await:
            if asyncAllowed(c) { break }
            if c.scope == .module || c.scope == .classBody { throw reporter.fail("'await' outside function", e.span) }
            if c.scope == .function { throw reporter.fail("'await' outside async function", e.span) }
        case .starred:
            throw reporter.fail("can't use starred expression here", e.span)
        case .list(let elts, _), .tuple(let elts, _), .set(let elts):
            return elts.map { elt in
                if case .starred(let v, _) = elt.kind { return .expr(v, c) }
                return .expr(elt, c)
            }
        case .call(let f, let args, let keywords):
            try checkKeywords(keywords)
            return [.expr(f, c)] + args.map { a in
                if case .starred(let v, _) = a.kind { return .expr(v, c) }
                return .expr(a, c)
            } + keywords.map { .expr($0.value, c) }
        case .subscript(let v, let slice, _):
            var out: [Work] = [.expr(v, c)]
            if case .tuple(let elts, _) = slice.kind {
                for elt in elts {
                    if case .starred(let x, _) = elt.kind { out.append(.expr(x, c)) } else { out.append(.expr(elt, c)) }
                }
            } else {
                out.append(.expr(slice, c))
            }
            return out
        case .lambda(let args, let body):
            try checkDebugArgs(args)
            var inner = Context()
            inner.scope = .function
            return exprs(args.defaults + args.kwDefaults.compactMap { $0 }, c) + [.expr(body, inner)]
        case .listComp(let elt, let gens), .setComp(let elt, let gens):
            return try comprehension([elt], gens, e, c, isGenerator: false)
        case .dictComp(let k, let v, let gens):
            return try comprehension([k, v], gens, e, c, isGenerator: false)
        case .generatorExp(let elt, let gens):
            return try comprehension([elt], gens, e, c, isGenerator: true)
        case .namedExpr(let target, let value):
            return [.expr(value, c), .target(target, c)]
        default:
            break
        }
        return e.children.map { .expr($0, c) }
    }

    /// compiler_comprehension: an async list/set/dict comprehension needs an async function.
    private func comprehension(_ elts: [Expr], _ gens: [Comprehension], _ e: Expr, _ c: Context, isGenerator: Bool) throws -> [Work] {
        var inner = Context()
        inner.scope = .comprehension
        var innerExprs: [Expr] = elts
        for (i, g) in gens.enumerated() {
            if i > 0 { innerExprs.append(g.iter) }
            innerExprs += g.ifs
        }
        let isAsync = gens.contains { $0.isAsync } || CompileChecks.containsAwait(innerExprs)
        if isAsync && !isGenerator && !asyncAllowed(c) && c.scope != .comprehension {
            throw reporter.fail("asynchronous comprehension outside of an asynchronous function", e.span)
        }
        var out: [Work] = [.expr(gens[0].iter, c)]
        for (i, g) in gens.enumerated() {
            out.append(.target(g.target, inner))
            if i > 0 { out.append(.expr(g.iter, inner)) }
            out += g.ifs.map { .expr($0, inner) }
        }
        return out + elts.map { .expr($0, inner) }
    }

    /// Targets: starred only inside a tuple/list, at most one per level; `__debug__` is read-only.
    private func visitTarget(_ e: Expr, _ c: Context) throws -> [Work] {
        switch e.kind {
        case .name(let id, _):
            try checkDebugName(id, e.span)
            return []
        case .starred:
            throw reporter.fail("starred assignment target must be in a list or tuple", e.span)
        case .tuple(let elts, _), .list(let elts, _):
            var starred = 0
            var out: [Work] = []
            for elt in elts {
                if case .starred(let v, _) = elt.kind {
                    starred += 1
                    if starred > 1 { throw reporter.fail("multiple starred expressions in assignment", e.span) }
                    out.append(.target(v, c))
                } else {
                    out.append(.target(elt, c))
                }
            }
            return out
        case .attribute(let v, _, _):
            return [.expr(v, c)]
        case .subscript:
            return try visit(e, c)
        default:
            return [.expr(e, c)]
        }
    }

    private func checkKeywords(_ keywords: [Keyword]) throws {
        var seen = Set<String>()
        for k in keywords {
            guard let name = k.name else { continue }
            try checkDebugName(name, k.span)
            if !seen.insert(name).inserted { throw reporter.fail("keyword argument repeated: \(name)", k.span) }
        }
    }

    private func checkDebugName(_ name: String, _ span: SourceSpan) throws {
        if name == "__debug__" { throw reporter.fail("cannot assign to __debug__", span) }
    }

    private func checkDebugArgs(_ a: Arguments) throws {
        for arg in a.posonlyargs + a.args + [a.vararg].compactMap({ $0 }) + a.kwonlyargs + [a.kwarg].compactMap({ $0 }) {
            try checkDebugName(arg.name, arg.span)
        }
    }

    /// Whether a function body yields (not counting nested functions, lambdas, classes).
    static func containsYield(_ nodes: [ASTNode]) -> Bool {
        var stack = nodes
        while let n = stack.popLast() {
            switch n {
            case .stmt(let s):
                switch s.kind {
                case .functionDef(let f): stack += f.decorators.map(ASTNode.expr) + f.args.expressions.map(ASTNode.expr)
                case .classDef(let k): stack += (k.decorators + k.bases).map(ASTNode.expr)
                default: stack += s.children
                }
            case .expr(let e):
                switch e.kind {
                case .yield, .yieldFrom: return true
                case .lambda(let a, _): stack += a.expressions.map(ASTNode.expr)
                case .listComp(_, let g), .setComp(_, let g), .generatorExp(_, let g), .dictComp(_, _, let g):
                    stack.append(.expr(g[0].iter))
                default: stack += e.children.map(ASTNode.expr)
                }
            }
        }
        return false
    }

    /// Whether expressions await in the current scope (not in nested functions/comprehensions).
    static func containsAwait(_ exprs: [Expr]) -> Bool {
        var stack = exprs
        while let e = stack.popLast() {
            switch e.kind {
            case .await: return true
            case .lambda(let a, _): stack += a.expressions
            case .listComp(_, let g), .setComp(_, let g), .dictComp(_, _, let g):
                // A nested async comprehension makes this one async too.
                if g.contains(where: { $0.isAsync }) { return true }
                stack += e.children
            case .generatorExp(_, let g): stack.append(g[0].iter)
            default: stack += e.children
            }
        }
        return false
    }
}
