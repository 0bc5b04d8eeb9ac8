import Syntax

/// Functions, lambdas, classes and comprehensions: each compiles to its own code object, and the
/// enclosing code builds the function object with `makeFunction`.
extension Compiler {
    enum ComprehensionKind {
        case list(Expr), set(Expr), dict(Expr, Expr), generator(Expr)
    }

    func flags(for s: Scope) -> CodeFlags {
        var f: CodeFlags = []
        if s.hasVarargs { f.insert(.varargs) }
        if s.hasVarkw { f.insert(.varkeywords) }
        if s.isCoroutine && s.isGenerator { f.insert(.asyncGenerator) }
        else if s.isCoroutine { f.insert(.coroutine) }
        else if s.isGenerator { f.insert(.generator) }
        return f
    }

    /// Pushes defaults, kw-defaults and annotations for `makeFunction`; returns the flag bits.
    func compileFunctionExtras(_ args: Arguments, returns: Expr?) throws -> Int32 {
        var flags: Int32 = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { try compile(d) }
            unit.emit(.buildTuple(Int32(args.defaults.count)))
            flags |= 1
        }
        var kwCount = 0
        for (p, d) in zip(args.kwonlyargs, args.kwDefaults) {
            if let d = d {
                loadConst(.str(p.name))
                try compile(d)
                kwCount += 1
            }
        }
        if kwCount > 0 {
            unit.emit(.buildMap(Int32(kwCount)))
            flags |= 2
        }
        var annCount = 0
        var params = args.posonlyargs + args.args
        if let v = args.vararg { params.append(v) }
        params += args.kwonlyargs
        if let k = args.kwarg { params.append(k) }
        for p in params {
            if let a = p.annotation {
                loadConst(.str(p.name))
                try compile(a)
                annCount += 1
            }
        }
        if let r = returns {
            loadConst(.str("return"))
            try compile(r)
            annCount += 1
        }
        if annCount > 0 {
            unit.emit(.buildMap(Int32(annCount)))
            flags |= 4
        }
        return flags
    }

    /// Pushes the closure tuple for a child scope; returns the flag bit (8) or 0.
    func compileClosure(_ child: Scope) -> Int32 {
        guard !child.freevars.isEmpty else { return 0 }
        for n in child.freevars {
            if n == "__class__" && unit.scope.kind == .classBody {
                unit.emit(.loadClosure(unit.cellIndex("__class__")))
            } else {
                unit.emit(.loadClosure(unit.cellIndex(n)))
            }
        }
        unit.emit(.buildTuple(Int32(child.freevars.count)))
        return 8
    }

    func emitMakeFunction(_ code: CodeObject, qualname: String, flags: Int32) {
        loadConst(.code(code))
        loadConst(.str(qualname))
        unit.emit(.makeFunction(flags))
    }

    func compileFunctionDef(_ f: FunctionDef, _ span: SourceSpan) throws {
        guard let scope = symbols.scope("def", span) else { throw error("internal: no scope for def", span) }
        for d in f.decorators {
            try compile(d)
            unit.emit(.pushNull)
        }
        setLoc(span)
        var makeFlags = try compileFunctionExtras(f.args, returns: f.returns)
        makeFlags |= compileClosure(scope)
        let qn = qualname(for: f.name)
        let code = try withUnit(scope, name: f.name, qualname: qn, firstLine: span.line) { () -> CodeObject in
            setLoc(span)
            try compile(f.body)
            if !endsWithReturn(f.body) {
                unit.loc = .none
                loadConst(.none)
                unit.emit(.returnValue)
            }
            return unit.finish(filename: filename, flags: flags(for: scope),
                               argCount: f.args.posonlyargs.count + f.args.args.count,
                               posOnly: f.args.posonlyargs.count, kwOnly: f.args.kwonlyargs.count)
        }
        setLoc(span)
        emitMakeFunction(code, qualname: qn, flags: makeFlags)
        if let doc = docstring(f.body) {
            unit.emit(.copy(1))
            loadConst(.str(doc))
            unit.emit(.swap(2))
            unit.emit(.storeAttr(unit.name("__doc__")))
        }
        for _ in f.decorators { unit.emit(.call(1)) }
        emitStore(f.name)
    }

    /// The docstring: a string constant as the first statement of a body.
    func docstring(_ body: [Stmt]) -> String? {
        if let first = body.first, case .expr(let e) = first.kind, case .constant(.string(let s)) = e.kind { return s }
        return nil
    }

    func endsWithReturn(_ body: [Stmt]) -> Bool {
        if let last = body.last, case .return = last.kind { return true }
        return false
    }

    func compileLambda(_ args: Arguments, _ body: Expr, _ span: SourceSpan) throws {
        guard let scope = symbols.scope("lambda", span) else { throw error("internal: no scope for lambda", span) }
        setLoc(span)
        var makeFlags = try compileFunctionExtras(args, returns: nil)
        makeFlags |= compileClosure(scope)
        let qn = qualname(for: "<lambda>")
        let code = try withUnit(scope, name: "<lambda>", qualname: qn, firstLine: span.line) { () -> CodeObject in
            try compile(body)
            setLoc(body.span)
            unit.emit(.returnValue)
            return unit.finish(filename: filename, flags: flags(for: scope),
                               argCount: args.posonlyargs.count + args.args.count,
                               posOnly: args.posonlyargs.count, kwOnly: args.kwonlyargs.count)
        }
        setLoc(span)
        emitMakeFunction(code, qualname: qn, flags: makeFlags)
    }

    func compileClassDef(_ c: ClassDef, _ span: SourceSpan) throws {
        guard let scope = symbols.scope("class", span) else { throw error("internal: no scope for class", span) }
        for d in c.decorators {
            try compile(d)
            unit.emit(.pushNull)
        }
        setLoc(span)
        unit.emit(.loadBuildClass)
        unit.emit(.pushNull)
        let closureFlag = compileClosure(scope)
        let qn = qualname(for: c.name)
        let code = try withUnit(scope, name: c.name, qualname: qn, firstLine: span.line) { () -> CodeObject in
            setLoc(span)
            unit.emit(.loadName(unit.name("__name__")))
            unit.emit(.storeName(unit.name("__module__")))
            loadConst(.str(qn))
            unit.emit(.storeName(unit.name("__qualname__")))
            if let doc = docstring(c.body) {
                loadConst(.str(doc))
                unit.emit(.storeName(unit.name("__doc__")))
            }
            if containsAnnotations(c.body) { unit.emit(.setupAnnotations) }
            try compile(c.body)
            unit.loc = .none
            if scope.needsClassCell {
                unit.emit(.loadClosure(unit.cellIndex("__class__")))
                unit.emit(.storeName(unit.name("__classcell__")))
            }
            loadConst(.none)
            unit.emit(.returnValue)
            return unit.finish(filename: filename, flags: [.namespaceScope, .classBody],
                               argCount: 0, posOnly: 0, kwOnly: 0)
        }
        setLoc(span)
        emitMakeFunction(code, qualname: qn, flags: closureFlag)
        loadConst(.str(c.name))
        let hasStar = c.bases.contains { if case .starred = $0.kind { return true }; return false }
        if hasStar || c.keywords.contains(where: { $0.name == nil }) {
            throw unsupported("starred class bases", span)
        }
        for b in c.bases { try compile(b) }
        for k in c.keywords { try compile(k.value) }
        setLoc(span)
        if c.keywords.isEmpty {
            unit.emit(.call(Int32(2 + c.bases.count)))
        } else {
            let names = unit.constant(.tuple(c.keywords.map { .str($0.name!) }))
            unit.emit(.callKw(argc: Int32(2 + c.bases.count + c.keywords.count), names: names))
        }
        for _ in c.decorators { unit.emit(.call(1)) }
        emitStore(c.name)
    }

    func compileComprehension(_ tag: String, _ span: SourceSpan, _ gens: [Comprehension], _ kind: ComprehensionKind) throws {
        guard let scope = symbols.scope(tag, span) else { throw error("internal: no scope for comprehension", span) }
        let isAsync = scope.hasAwait || gens.contains { $0.isAsync }
        if isAsync {
            if case .generator = kind { scope.isCoroutine = true } else { scope.isCoroutine = true }
        }
        setLoc(span)
        let closureFlag = compileClosure(scope)
        let name = "<\(tag)>"
        let qn = qualname(for: name)
        let code = try withUnit(scope, name: name, qualname: qn, firstLine: span.line) { () -> CodeObject in
            setLoc(span)
            switch kind {
            case .list: unit.emit(.buildList(0))
            case .set: unit.emit(.buildSet(0))
            case .dict: unit.emit(.buildMap(0))
            case .generator: break
            }
            try compileComprehensionLoop(gens, 0, kind, span)
            setLoc(span)
            if case .generator = kind { loadConst(.none) }
            unit.emit(.returnValue)
            return unit.finish(filename: filename, flags: flags(for: scope), argCount: 1, posOnly: 0, kwOnly: 0)
        }
        setLoc(span)
        emitMakeFunction(code, qualname: qn, flags: closureFlag)
        unit.emit(.pushNull)
        try compile(gens[0].iter)
        setLoc(span)
        unit.emit(gens[0].isAsync ? .getAIter : .getIter)
        unit.emit(.call(1))
        if isAsync, case .generator = kind {} else if isAsync {
            unit.emit(.getAwaitable(0))
            loadConst(.none)
            emitYieldFromLoop()
        }
    }

    private func compileComprehensionLoop(_ gens: [Comprehension], _ i: Int, _ kind: ComprehensionKind, _ span: SourceSpan) throws {
        let g = gens[i]
        let start = unit.newLabel(), end = unit.newLabel()
        if i == 0 {
            unit.emit(.loadFast(0))
        } else {
            try compile(g.iter)
            // Every loop of a comprehension gets and advances its iterator at the position
            // of the whole comprehension, as CPython 3.11 compiles it.
            setLoc(span)
            unit.emit(g.isAsync ? .getAIter : .getIter)
        }
        unit.bind(start)
        var handler = -1
        if g.isAsync {
            handler = unit.newLabel()
            setLoc(span)
            unit.emitJump(.setupFinally(0), handler)
            unit.emit(.getANext)
            loadConst(.none)
            emitYieldFromLoop()
            unit.emit(.popBlock)
        } else {
            setLoc(span)
            unit.emitJump(.forIter(0), end)
        }
        try compileStore(g.target)
        for cond in g.ifs { try compileJumpIf(cond, false, start) }
        if i + 1 < gens.count {
            try compileComprehensionLoop(gens, i + 1, kind, span)
        } else {
            let depth = Int32(gens.count + 1)
            switch kind {
            case .list(let e):
                try compile(e)
                setLoc(span)
                unit.emit(.listAppend(depth))
            case .set(let e):
                try compile(e)
                setLoc(span)
                unit.emit(.setAdd(depth))
            case .dict(let k, let v):
                try compile(k)
                try compile(v)
                setLoc(span)
                unit.emit(.mapAdd(depth))
            case .generator(let e):
                try compile(e)
                setLoc(span)
                unit.emit(.yieldValue)
                unit.emit(.popTop)
            }
        }
        unit.loc = .none
        unit.emitJump(.jump(0), start)
        if g.isAsync {
            unit.bind(handler)
            unit.emit(.endAsyncFor)
        }
        unit.bind(end)
    }
}
