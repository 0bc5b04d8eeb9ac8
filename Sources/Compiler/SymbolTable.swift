import Syntax

/// How a name is stored in one scope (CPython's symtable scopes).
enum NameScope {
    /// A fast local of a function (`loadFast`).
    case local
    /// A local of a function that inner functions capture (`loadDeref` on a cellvar).
    case cell
    /// Captured from an enclosing function (`loadDeref` on a freevar).
    case free
    /// Declared `global`, or referenced in a function without being bound (`loadGlobal`).
    case global
    /// Module or class namespace (`loadName`).
    case namespace
}

/// One scope of the program: module, class, function, lambda or comprehension.
final class Scope {
    enum Kind { case module, classBody, function, comprehension }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []
    /// Parameters in order (comprehensions have `.0`).
    var params: [String] = []
    var bound: [String: Int] = [:]
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    /// Order in which names were first seen (for `varnames`).
    var order: [String] = []
    var isGenerator = false
    var isCoroutine = false
    var hasAwait = false
    var hasVarargs = false
    var hasVarkw = false
    /// A class scope whose methods use `super()` or `__class__`.
    var needsClassCell = false

    // Results of resolution.
    var scopes: [String: NameScope] = [:]
    var cellvars: [String] = []
    var freevars: [String] = []

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func note(_ name: String) {
        if bound[name] == nil && !used.contains(name) { order.append(name) }
    }

    func bind(_ name: String) {
        note(name)
        if bound[name] == nil { bound[name] = bound.count }
    }

    func use(_ name: String) {
        note(name)
        used.insert(name)
    }

    /// How `name` is accessed in this scope (resolved names only).
    func scope(of name: String) -> NameScope {
        if let s = scopes[name] { return s }
        switch kind {
        case .module, .classBody: return .namespace
        case .function, .comprehension: return .global
        }
    }

    /// Local variable names: parameters first, then other fast locals in order of appearance.
    var varnames: [String] {
        var out = params
        for n in order where !out.contains(n) {
            if scopes[n] == .local { out.append(n) }
        }
        return out
    }
}

/// Builds the scope tree for a module (pass 1: what each scope binds and uses), then resolves
/// every name to local / cell / free / global / namespace (pass 2), as CPython's symtable does.
/// Scopes are found again by the compiler through `key(kind:span:)`.
final class SymbolTable {
    private(set) var root: Scope
    private var byKey: [String: Scope] = [:]
    private var current: Scope
    var errors: [(String, SourceSpan)] = []

    static func key(_ tag: String, _ span: SourceSpan) -> String { "\(tag)@\(span)" }

    init(module: Module) {
        root = Scope(kind: .module, name: "<module>", parent: nil)
        current = root
        visit(module.body)
        resolve(root)
    }

    func scope(_ tag: String, _ span: SourceSpan) -> Scope? { byKey[SymbolTable.key(tag, span)] }

    private func push(_ kind: Scope.Kind, _ name: String, key: String) -> Scope {
        let s = Scope(kind: kind, name: name, parent: current)
        current.children.append(s)
        byKey[key] = s
        current = s
        return s
    }

    private func pop() { current = current.parent! }

    // MARK: pass 1

    private func visit(_ body: [Stmt]) { for s in body { visit(s) } }

    private func visitArgsDefaults(_ a: Arguments) {
        for d in a.defaults { visit(d) }
        for d in a.kwDefaults { if let d = d { visit(d) } }
        for p in a.posonlyargs + a.args + a.kwonlyargs { if let ann = p.annotation { visit(ann) } }
        if let v = a.vararg?.annotation { visit(v) }
        if let v = a.kwarg?.annotation { visit(v) }
    }

    private func declareParams(_ a: Arguments, in s: Scope) {
        for p in a.posonlyargs + a.args + a.kwonlyargs { s.params.append(p.name); s.bind(p.name) }
        if let v = a.vararg { s.params.append(v.name); s.bind(v.name); s.hasVarargs = true }
        if let v = a.kwarg { s.params.append(v.name); s.bind(v.name); s.hasVarkw = true }
    }

    private func visit(_ st: Stmt) {
        switch st.kind {
        case .functionDef(let f):
            for d in f.decorators { visit(d) }
            visitArgsDefaults(f.args)
            if let r = f.returns { visit(r) }
            current.bind(f.name)
            let s = push(.function, f.name, key: SymbolTable.key("def", st.span))
            s.isCoroutine = f.isAsync
            declareParams(f.args, in: s)
            visit(f.body)
            pop()
        case .classDef(let c):
            for d in c.decorators { visit(d) }
            for b in c.bases { visit(b) }
            for k in c.keywords { visit(k.value) }
            current.bind(c.name)
            _ = push(.classBody, c.name, key: SymbolTable.key("class", st.span))
            visit(c.body)
            pop()
        case .return(let e): if let e = e { visit(e) }
        case .delete(let ts): for t in ts { visitTarget(t) }
        case .assign(let ts, let v):
            visit(v)
            for t in ts { visitTarget(t) }
        case .augAssign(let t, _, let v):
            visit(v)
            if case .name(let id, _) = t.kind { current.use(id) }
            visitTarget(t)
        case .annAssign(let t, let ann, let v, let simple):
            if let v = v { visit(v) }
            if !(simple && current.isFunctionLike) { visit(ann) }
            if v != nil || !simple { visitTarget(t) } else if case .name(let id, _) = t.kind, current.isFunctionLike {
                current.bind(id)
            }
        case .for(let f):
            visit(f.iter)
            visitTarget(f.target)
            visit(f.body)
            visit(f.orelse)
            if f.isAsync { current.hasAwait = true }
        case .while(let t, let b, let o):
            visit(t); visit(b); visit(o)
        case .if(let t, let b, let o):
            visit(t); visit(b); visit(o)
        case .with(let w):
            for item in w.items {
                visit(item.contextExpr)
                if let v = item.optionalVars { visitTarget(v) }
            }
            visit(w.body)
            if w.isAsync { current.hasAwait = true }
        case .raise(let e, let c):
            if let e = e { visit(e) }
            if let c = c { visit(c) }
        case .try(let t):
            visit(t.body)
            for h in t.handlers {
                if let ty = h.type { visit(ty) }
                if let n = h.name { current.bind(n) }
                visit(h.body)
            }
            visit(t.orelse)
            visit(t.finalbody)
        case .assert(let t, let m):
            visit(t)
            if let m = m { visit(m) }
        case .import(let names):
            for a in names {
                let stored = a.asname ?? String(a.name.split(separator: ".").first ?? "")
                current.bind(stored)
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { current.bind(a.asname ?? a.name) }
        case .global(let names):
            for n in names { current.globals.insert(n); current.note(n) }
        case .nonlocal(let names):
            for n in names { current.nonlocals.insert(n); current.note(n) }
            if current.kind == .module {
                errors.append(("nonlocal declaration not allowed at module level", st.span))
            }
        case .expr(let e): visit(e)
        case .pass, .break, .continue: break
        case .timeMagic(let inner): visit(inner)
        }
    }

    private func visitTarget(_ e: Expr) {
        switch e.kind {
        case .name(let id, _): current.bind(id)
        case .tuple(let elts, _), .list(let elts, _): for x in elts { visitTarget(x) }
        case .starred(let v, _): visitTarget(v)
        case .attribute(let v, _, _): visit(v)
        case .subscript(let v, let s, _): visit(v); visit(s)
        default: visit(e)
        }
    }

    private func visitComprehension(_ tag: String, _ span: SourceSpan, _ gens: [Comprehension], _ elts: [Expr],
                                    isGenerator: Bool) {
        guard let first = gens.first else { return }
        visit(first.iter)
        let s = push(.comprehension, tag, key: SymbolTable.key(tag, span))
        s.params = [".0"]
        s.bind(".0")
        s.isGenerator = isGenerator
        for (i, g) in gens.enumerated() {
            if i > 0 { visit(g.iter) }
            visitTarget(g.target)
            for c in g.ifs { visit(c) }
            if g.isAsync { s.hasAwait = true }
        }
        for e in elts { visit(e) }
        pop()
    }

    private func visit(_ e: Expr) {
        switch e.kind {
        case .boolOp(_, let vs): for v in vs { visit(v) }
        case .namedExpr(let t, let v):
            visit(v)
            if case .name(let id, _) = t.kind {
                // In a comprehension the target binds in the nearest enclosing non-comprehension scope.
                var s = current
                while s.kind == .comprehension, let p = s.parent { s = p }
                if s !== current {
                    s.bind(id)
                    var c: Scope? = current
                    while let cs = c, cs !== s {
                        if s.kind == .module { cs.globals.insert(id) } else { cs.nonlocals.insert(id) }
                        cs.note(id)
                        c = cs.parent
                    }
                } else {
                    current.bind(id)
                }
            }
        case .binOp(let l, _, let r, _): visit(l); visit(r)
        case .unaryOp(_, let o): visit(o)
        case .lambda(let args, let body):
            visitArgsDefaults(args)
            let s = push(.function, "<lambda>", key: SymbolTable.key("lambda", e.span))
            declareParams(args, in: s)
            visit(body)
            pop()
        case .ifExp(let t, let b, let o): visit(t); visit(b); visit(o)
        case .dict(let ks, let vs):
            for (k, v) in zip(ks, vs) { if let k = k { visit(k) }; visit(v) }
        case .set(let xs): for x in xs { visit(x) }
        case .listComp(let elt, let gens): visitComprehension("listcomp", e.span, gens, [elt], isGenerator: false)
        case .setComp(let elt, let gens): visitComprehension("setcomp", e.span, gens, [elt], isGenerator: false)
        case .dictComp(let k, let v, let gens): visitComprehension("dictcomp", e.span, gens, [k, v], isGenerator: false)
        case .generatorExp(let elt, let gens): visitComprehension("genexpr", e.span, gens, [elt], isGenerator: true)
        case .await(let v): visit(v); current.hasAwait = true
        case .yield(let v):
            if let v = v { visit(v) }
            current.isGenerator = true
        case .yieldFrom(let v): visit(v); current.isGenerator = true
        case .compare(let l, _, let cs): visit(l); for c in cs { visit(c) }
        case .call(let f, let args, let kws):
            visit(f)
            for a in args { visit(a) }
            for k in kws { visit(k.value) }
            if case .name("super", _) = f.kind { noteSuper() }
        case .formattedValue(let v, _, let spec):
            visit(v)
            if let s = spec { visit(s) }
        case .joinedStr(let parts): for p in parts { visit(p) }
        case .constant: break
        case .attribute(let v, _, _): visit(v)
        case .subscript(let v, let s, _): visit(v); visit(s)
        case .starred(let v, _): visit(v)
        case .name(let id, let ctx):
            switch ctx {
            case .load: current.use(id)
            case .store, .del: current.bind(id)
            }
            if id == "__class__" { noteSuper() }
        case .list(let xs, _), .tuple(let xs, _): for x in xs { visit(x) }
        case .slice(let a, let b, let c):
            if let a = a { visit(a) }
            if let b = b { visit(b) }
            if let c = c { visit(c) }
        }
    }

    /// `super()` or `__class__` in a function inside a class: the function closes over the class
    /// cell `__class__`.
    private func noteSuper() {
        guard current.isFunctionLike else { return }
        current.use("__class__")
    }

    // MARK: pass 2

    private func resolve(_ s: Scope) {
        for n in s.globals { s.scopes[n] = .global }
        for n in s.nonlocals where s.scopes[n] == nil {
            s.scopes[n] = .free
            if !boundInEnclosingFunction(n, from: s) && s.kind != .module {
                errors.append(("no binding for nonlocal '\(n)' found", .none))
            }
        }
        for n in s.bound.keys where s.scopes[n] == nil {
            s.scopes[n] = s.isFunctionLike ? .local : .namespace
        }
        for n in s.used where s.scopes[n] == nil {
            if s.kind == .module {
                s.scopes[n] = .namespace
            } else if n == "__class__" ? classCellAvailable(from: s) : boundInEnclosingFunction(n, from: s) {
                s.scopes[n] = .free
            } else {
                s.scopes[n] = s.isFunctionLike ? .global : .namespace
            }
        }
        for n in s.order where s.scopes[n] == .free && !s.freevars.contains(n) { s.freevars.append(n) }
        for child in s.children {
            resolve(child)
            for n in child.freevars {
                if n == "__class__" && s.kind == .classBody {
                    s.needsClassCell = true
                    continue
                }
                switch s.scopes[n] {
                case .local?:
                    s.scopes[n] = .cell
                    s.cellvars.append(n)
                case .cell?, .free?:
                    break
                default:
                    // Pass-through: this scope does not bind the name but an inner one needs it.
                    if !s.freevars.contains(n) { s.freevars.append(n) }
                    if s.isFunctionLike && s.scopes[n] == nil { s.scopes[n] = .free }
                }
            }
        }
        if s.needsClassCell { s.cellvars.append("__class__") }
    }

    private func boundInEnclosingFunction(_ n: String, from s: Scope) -> Bool {
        var p = s.parent
        while let scope = p {
            if scope.isFunctionLike {
                if scope.globals.contains(n) { return false }
                if scope.bound[n] != nil || scope.nonlocals.contains(n) { return true }
            }
            if scope.kind == .module { return false }
            p = scope.parent
        }
        return false
    }

    private func classCellAvailable(from s: Scope) -> Bool {
        var p = s.parent
        while let scope = p {
            if scope.kind == .classBody { return true }
            if scope.kind == .module { return false }
            p = scope.parent
        }
        return false
    }
}
