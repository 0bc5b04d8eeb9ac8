// The symbol-table checks (CPython's symtable.c): one walk that records, per scope, how each
// name is used and raises the errors found while visiting; then `analyze()` resolves
// `nonlocal` declarations against the enclosing function scopes.

/// One scope: module, class, function, lambda or comprehension.
final class SymbolScope {
    enum Kind { case module, classBody, function, comprehension }
    /// How each name is used here.
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let param = Flags(rawValue: 1)
        static let local = Flags(rawValue: 2)
        static let use = Flags(rawValue: 4)
        static let global = Flags(rawValue: 8)
        static let nonlocal = Flags(rawValue: 16)
        static let annotated = Flags(rawValue: 32)
    }

    let kind: Kind
    let parent: SymbolScope?
    /// Names in first-use order with their flags.
    var names: [String] = []
    var flags: [String: Flags] = [:]
    /// Where each name's first `global`/`nonlocal` statement is.
    var directives: [String: SourceSpan] = [:]
    var children: [SymbolScope] = []

    init(_ kind: Kind, parent: SymbolScope?) {
        self.kind = kind
        self.parent = parent
        parent?.children.append(self)
    }

    func add(_ name: String, _ f: Flags) {
        if let old = flags[name] {
            flags[name] = old.union(f)
        } else {
            names.append(name)
            flags[name] = f
        }
    }
}

struct SymbolTable {
    let reporter: Reporter
    let module = SymbolScope(.module, parent: nil)

    init(reporter: Reporter) { self.reporter = reporter }

    private enum Work {
        case stmt(Stmt, SymbolScope)
        /// `iterable`: inside a comprehension's iterable (no `:=` there).
        case expr(Expr, SymbolScope, comprehension: String?, iterable: Bool)
        /// Parameters of a new function scope (checked for duplicates), then its body.
        case params(Arguments, SymbolScope)
    }

    /// Visits the module in source order, raising visit-time errors.
    mutating func build(_ body: [Stmt]) throws {
        var stack: [Work] = body.reversed().map { .stmt($0, module) }
        // Children are pushed in reverse so that they pop in source order.
        func push(_ items: [Work]) { stack.append(contentsOf: items.reversed()) }
        while let work = stack.popLast() {
            switch work {
            case .params(let args, let scope):
                for a in args.posonlyargs + args.args + [args.vararg].compactMap({ $0 }) + args.kwonlyargs + [args.kwarg].compactMap({ $0 }) {
                    if scope.flags[a.name]?.contains(.param) == true {
                        throw reporter.fail("duplicate argument '\(a.name)' in function definition", a.span)
                    }
                    scope.add(a.name, .param)
                }
            case .stmt(let s, let scope):
                push(try visit(s, scope))
            case .expr(let e, let scope, let comprehension, let iterable):
                push(try visit(e, scope, comprehension, iterable))
            }
        }
    }

    private func exprs(_ es: [Expr], _ scope: SymbolScope) -> [Work] {
        es.map { .expr($0, scope, comprehension: nil, iterable: false) }
    }

    private func visit(_ s: Stmt, _ scope: SymbolScope) throws -> [Work] {
        switch s.kind {
        case .functionDef(let f):
            scope.add(f.name, .local)
            let inner = SymbolScope(.function, parent: scope)
            return exprs(f.args.defaults + f.args.kwDefaults.compactMap { $0 }, scope)
                + exprs(annotations(f.args) + (f.returns.map { [$0] } ?? []), scope)
                + exprs(f.decorators, scope)
                + [.params(f.args, inner)] + f.body.map { .stmt($0, inner) }
        case .classDef(let c):
            scope.add(c.name, .local)
            let inner = SymbolScope(.classBody, parent: scope)
            return exprs(c.bases + c.keywords.map { $0.value } + c.decorators, scope) + c.body.map { .stmt($0, inner) }
        case .global(let names), .nonlocal(let names):
            let isGlobal: Bool
            if case .global = s.kind { isGlobal = true } else { isGlobal = false }
            for name in names {
                let cur = scope.flags[name] ?? []
                let word = isGlobal ? "global" : "nonlocal"
                if !cur.intersection([.param, .local, .use, .annotated]).isEmpty {
                    let message: String
                    if cur.contains(.param) { message = "name '\(name)' is parameter and \(word)" }
                    else if cur.contains(.use) { message = "name '\(name)' is used prior to \(word) declaration" }
                    else if cur.contains(.annotated) { message = "annotated name '\(name)' can't be \(word)" }
                    else { message = "name '\(name)' is assigned to before \(word) declaration" }
                    throw reporter.fail(message, s.span)
                }
                scope.add(name, isGlobal ? .global : .nonlocal)
                if scope.directives[name] == nil { scope.directives[name] = s.span }
            }
            return []
        case .import(let aliases):
            for a in aliases {
                let bound = a.asname ?? String(a.name.split(separator: ".").first ?? "")
                scope.add(bound, .local)
            }
            return []
        case .importFrom(_, let aliases, _):
            for a in aliases {
                if a.name == "*" {
                    if scope.kind != .module { throw reporter.fail("import * only allowed at module level", a.span) }
                    continue
                }
                scope.add(a.asname ?? a.name, .local)
            }
            return []
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                let cur = scope.flags[id] ?? []
                if !cur.intersection([.global, .nonlocal]).isEmpty && scope.kind != .module && simple {
                    let word = cur.contains(.global) ? "global" : "nonlocal"
                    throw reporter.fail("annotated name '\(id)' can't be \(word)", s.span)
                }
                scope.add(id, simple ? [.local, .annotated] : .local)
            } else {
                return exprs([target, annotation] + (value.map { [$0] } ?? []), scope)
            }
            return exprs([annotation] + (value.map { [$0] } ?? []), scope)
        case .try(let t):
            var out: [Work] = t.body.map { .stmt($0, scope) }
            for h in t.handlers {
                if let ty = h.type { out.append(.expr(ty, scope, comprehension: nil, iterable: false)) }
                if let n = h.name { scope.add(n, .local) }
                out += h.body.map { .stmt($0, scope) }
            }
            return out + (t.orelse + t.finalbody).map { .stmt($0, scope) }
        default:
            return s.children.map {
                switch $0 {
                case .stmt(let c): return .stmt(c, scope)
                case .expr(let e): return .expr(e, scope, comprehension: nil, iterable: false)
                }
            }
        }
    }

    private func annotations(_ a: Arguments) -> [Expr] {
        (a.posonlyargs + a.args + [a.vararg].compactMap { $0 } + a.kwonlyargs + [a.kwarg].compactMap { $0 })
            .compactMap { $0.annotation }
    }

    private func visit(_ e: Expr, _ scope: SymbolScope, _ comprehension: String?, _ iterable: Bool) throws -> [Work] {
        switch e.kind {
        case .name(let id, let ctx):
            scope.add(id, ctx == .load ? .use : .local)
            return []
        case .yield, .yieldFrom:
            if let comprehension { throw reporter.fail("'yield' inside \(comprehension)", e.span) }
        case .lambda(let args, let body):
            let inner = SymbolScope(.function, parent: scope)
            return exprs(args.defaults + args.kwDefaults.compactMap { $0 }, scope)
                + [.params(args, inner), .expr(body, inner, comprehension: nil, iterable: false)]
        case .namedExpr(let target, let value):
            if iterable {
                throw reporter.fail("assignment expression cannot be used in a comprehension iterable expression", e.span)
            }
            var s = scope
            while s.kind == .comprehension, let p = s.parent { s = p }
            if case .name(let id, _) = target.kind { s.add(id, .local) }
            return [.expr(value, scope, comprehension: comprehension, iterable: iterable)]
        case .listComp(let elt, let gens):
            return comprehensionWork([elt], gens, scope, "list comprehension")
        case .setComp(let elt, let gens):
            return comprehensionWork([elt], gens, scope, "set comprehension")
        case .generatorExp(let elt, let gens):
            return comprehensionWork([elt], gens, scope, "generator expression")
        case .dictComp(let k, let v, let gens):
            return comprehensionWork([k, v], gens, scope, "dict comprehension")
        default:
            break
        }
        return e.children.map { .expr($0, scope, comprehension: comprehension, iterable: iterable) }
    }

    /// The first iterable is evaluated outside; the rest lives in the comprehension's scope.
    private func comprehensionWork(_ elts: [Expr], _ gens: [Comprehension], _ scope: SymbolScope, _ name: String) -> [Work] {
        let inner = SymbolScope(.comprehension, parent: scope)
        var out: [Work] = [.expr(gens[0].iter, scope, comprehension: nil, iterable: true)]
        for (i, g) in gens.enumerated() {
            if i > 0 { out.append(.expr(g.iter, inner, comprehension: name, iterable: true)) }
            out.append(.expr(g.target, inner, comprehension: name, iterable: false))
            out += g.ifs.map { .expr($0, inner, comprehension: name, iterable: false) }
        }
        return out + elts.map { .expr($0, inner, comprehension: name, iterable: false) }
    }

    /// Resolves `nonlocal` names (CPython's analyze_name), scopes in creation order.
    func analyze() throws {
        var stack: [(SymbolScope, Set<String>?)] = [(module, nil)]
        while let (scope, bound) = stack.popLast() {
            for name in scope.names {
                let f = scope.flags[name]!
                if f.contains(.global) && f.contains(.nonlocal) {
                    throw reporter.fail("name '\(name)' is nonlocal and global", scope.directives[name] ?? .none)
                }
                if f.contains(.nonlocal) {
                    guard let bound else {
                        throw reporter.fail("nonlocal declaration not allowed at module level", scope.directives[name] ?? .none)
                    }
                    if !bound.contains(name) {
                        throw reporter.fail("no binding for nonlocal '\(name)' found", scope.directives[name] ?? .none)
                    }
                }
            }
            var childBound = bound ?? []
            // A class body provides the implicit `__class__` cell to its methods.
            if scope.kind == .classBody { childBound.insert("__class__") }
            if scope.kind == .function || scope.kind == .comprehension {
                for name in scope.names {
                    let f = scope.flags[name]!
                    if f.contains(.global) { childBound.remove(name); continue }
                    if !f.intersection([.param, .local, .nonlocal]).isEmpty { childBound.insert(name) }
                }
            }
            let next: Set<String>? = scope.kind == .module ? [] : childBound
            for child in scope.children.reversed() { stack.append((child, next)) }
        }
    }
}
