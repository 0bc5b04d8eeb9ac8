import Syntax

extension Compiler {
    func compile(_ body: [Stmt]) throws { for s in body { try compile(s) } }

    func compile(_ st: Stmt) throws {
        setLoc(st.span)
        switch st.kind {
        case .functionDef(let f): try compileFunctionDef(f, st.span)
        case .classDef(let c): try compileClassDef(c, st.span)
        case .return(let value): try compileReturn(value, st.span)
        case .delete(let targets): for t in targets { try compileDelete(t) }
        case .assign(let targets, let value):
            try compile(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { unit.emit(.copy(1)) }
                try compileStore(t)
            }
        case .augAssign(let target, let op, let value): try compileAugAssign(target, op, value, st.span)
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnAssign(target, annotation, value, simple)
        case .for(let f): try compileFor(f, st.span)
        case .while(let test, let body, let orelse): try compileWhile(test, body, orelse)
        case .if(let test, let body, let orelse):
            let elseLabel = unit.newLabel(), end = unit.newLabel()
            try compileJumpIf(test, false, elseLabel)
            try compile(body)
            if !orelse.isEmpty {
                unit.loc = .none
                unit.emitJump(.jump(0), end)
            }
            unit.bind(elseLabel)
            try compile(orelse)
            unit.bind(end)
        case .with(let w): try compileWith(w, item: 0, st.span)
        case .raise(let exc, let cause):
            var n: Int32 = 0
            if let exc = exc {
                try compile(exc)
                n = 1
                if let cause = cause { try compile(cause); n = 2 }
            }
            setLoc(st.span)
            unit.emit(.raise(n))
        case .try(let t): try compileTry(t, st.span)
        case .assert(let test, let msg):
            let end = unit.newLabel()
            try compileJumpIf(test, true, end)
            setLoc(test.span)
            unit.emit(.loadAssertionError)
            if let msg = msg {
                unit.emit(.pushNull)
                try compile(msg)
                setLoc(test.span)
                unit.emit(.call(1))
            }
            unit.emit(.raise(1))
            unit.bind(end)
        case .import(let names):
            for a in names {
                setLoc(a.span)
                loadConst(.int(0))
                loadConst(.none)
                unit.emit(.importName(unit.name(a.name)))
                if let asname = a.asname {
                    let parts = a.name.split(separator: ".").map(String.init)
                    for p in parts.dropFirst() { unit.emit(.importFrom(unit.name(p))); unit.emit(.swap(2)); unit.emit(.popTop) }
                    emitStore(asname)
                } else {
                    emitStore(String(a.name.split(separator: ".").first ?? ""))
                }
            }
        case .importFrom(let module, let names, let level):
            if level > 0 { throw unsupported("relative import", st.span) }
            if names.contains(where: { $0.name == "*" }) { throw unsupported("'from … import *'", st.span) }
            loadConst(.int(level))
            loadConst(.tuple(names.map { .str($0.name) }))
            unit.emit(.importName(unit.name(module ?? "")))
            for a in names {
                setLoc(a.span)
                unit.emit(.importFrom(unit.name(a.name)))
                emitStore(a.asname ?? a.name)
            }
            unit.emit(.popTop)
        case .global, .nonlocal, .pass: break
        case .expr(let e):
            if interactive && unit.scope.kind == .module {
                try compile(e)
                unit.emit(.printExpr)
            } else if case .constant = e.kind {
                break  // docstrings and bare constants compile to nothing
            } else {
                try compile(e)
                setLoc(st.span)
                unit.emit(.popTop)
            }
        case .break: try compileBreak(st.span)
        case .continue: try compileContinue(st.span)
        case .timeMagic(let inner):
            unit.emit(.timeStart)
            try compile(inner)
            setLoc(st.span)
            unit.emit(.timeEnd)
        }
    }

    /// CPython 3.11's shape: the test at the top and again after the body as a backward
    /// conditional jump (which does not warm the code up); a constant true test compiles to
    /// no test at all and an unconditional backward jump (which does).
    func compileWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let start = unit.newLabel(), top = unit.newLabel(), elseLabel = unit.newLabel(), end = unit.newLabel()
        let alwaysTrue: Bool
        switch test.kind {
        case .constant(.bool(true)): alwaysTrue = true
        case .constant(.int(let i)): alwaysTrue = i.digits.contains { $0 != "0" }
        default: alwaysTrue = false
        }
        unit.bind(start)
        if !alwaysTrue { try compileJumpIf(test, false, elseLabel) }
        unit.bind(top)
        unit.fblocks.append(.whileLoop(start: start, end: end))
        try compile(body)
        unit.fblocks.removeLast()
        if alwaysTrue {
            unit.loc = .none
            unit.emitJump(.jump(0), top)
        } else {
            try compileJumpIf(test, true, top)
        }
        unit.bind(elseLabel)
        try compile(orelse)
        unit.bind(end)
    }

    func compileFor(_ f: For, _ span: SourceSpan) throws {
        if f.isAsync { return try compileAsyncFor(f, span) }
        let start = unit.newLabel(), cleanup = unit.newLabel(), end = unit.newLabel()
        try compile(f.iter)
        // GET_ITER and FOR_ITER carry the whole statement's position (as in CPython 3.11), so
        // "not iterable" shows the `for` line without carets.
        setLoc(span)
        unit.emit(.getIter)
        unit.bind(start)
        setLoc(span)
        unit.emitJump(.forIter(0), cleanup)
        try compileStore(f.target)
        unit.fblocks.append(.forLoop(start: start, end: end))
        try compile(f.body)
        unit.fblocks.removeLast()
        unit.loc = .none
        unit.emitJump(.jump(0), start)
        unit.bind(cleanup)
        try compile(f.orelse)
        unit.bind(end)
    }

    func compileAsyncFor(_ f: For, _ span: SourceSpan) throws {
        guard unit.scope.isCoroutine || unit.scope.kind == .comprehension else {
            throw error("'async for' outside async function", span)
        }
        let start = unit.newLabel(), handler = unit.newLabel(), end = unit.newLabel()
        try compile(f.iter)
        setLoc(span)
        unit.emit(.getAIter)
        unit.bind(start)
        unit.emitJump(.setupFinally(0), handler)
        unit.emit(.getANext)
        loadConst(.none)
        emitYieldFromLoop()
        unit.emit(.popBlock)
        try compileStore(f.target)
        unit.fblocks.append(.asyncFor(start: start, end: end))
        try compile(f.body)
        unit.fblocks.removeLast()
        unit.loc = .none
        unit.emitJump(.jump(0), start)
        unit.bind(handler)
        setLoc(f.iter.span)
        unit.emit(.endAsyncFor)
        try compile(f.orelse)
        unit.bind(end)
    }

    func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr, _ span: SourceSpan) throws {
        let bop = binaryOp(op)
        switch target.kind {
        case .name(let id, _):
            setLoc(target.span)
            emitLoad(id)
            try compile(value)
            setLoc(span)
            unit.emit(.inplace(bop))
            setLoc(target.span)
            emitStore(id)
        case .attribute(let obj, let attr, _):
            try compile(obj)
            unit.emit(.copy(1))
            setLoc(target.span)
            unit.emit(.loadAttr(unit.name(attr)))
            try compile(value)
            setLoc(span)
            unit.emit(.inplace(bop))
            unit.emit(.swap(2))
            setLoc(target.span)
            unit.emit(.storeAttr(unit.name(attr)))
        case .subscript(let obj, let index, _):
            try compile(obj)
            try compileSubscriptIndex(index)
            unit.emit(.copy(2))
            unit.emit(.copy(2))
            setLoc(target.span, anchor: .subscript(valueEnd: Int32(obj.span.endColumn), sliceEnd: Int32(index.span.endColumn) + 1))
            unit.emit(.binarySubscr)
            try compile(value)
            setLoc(span)
            unit.emit(.inplace(bop))
            unit.emit(.swap(3))
            unit.emit(.swap(2))
            setLoc(target.span)
            unit.emit(.storeSubscr)
        default:
            throw error("'\(describe(target))' is an illegal expression for augmented assignment", target.span)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .tuple: return "tuple"
        case .list: return "list"
        case .call: return "function call"
        default: return "expression"
        }
    }

    func compileAnnAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) throws {
        if let value = value {
            try compile(value)
            try compileStore(target)
        }
        if simple, case .name(let id, _) = target.kind {
            if unit.scope.kind != .function && unit.scope.kind != .comprehension {
                try compile(annotation)
                unit.emit(.loadName(unit.name("__annotations__")))
                loadConst(.str(id))
                unit.emit(.storeSubscr)
            }
        } else if unit.scope.kind != .function {
            try compile(annotation)
            unit.emit(.popTop)
        }
    }

    func compileDelete(_ t: Expr) throws {
        setLoc(t.span)
        switch t.kind {
        case .name(let id, _): emitDelete(id)
        case .attribute(let obj, let attr, _):
            try compile(obj)
            setLoc(t.span)
            unit.emit(.deleteAttr(unit.name(attr)))
        case .subscript(let obj, let index, _):
            try compile(obj)
            try compileSubscriptIndex(index)
            setLoc(t.span)
            unit.emit(.deleteSubscr)
        case .tuple(let elts, _), .list(let elts, _):
            for e in elts { try compileDelete(e) }
        default:
            throw error("cannot delete \(describe(t))", t.span)
        }
    }

    /// Stores the value on top of the stack into an assignment target.
    func compileStore(_ t: Expr) throws {
        switch t.kind {
        case .name(let id, _):
            setLoc(t.span)
            emitStore(id)
        case .attribute(let obj, let attr, _):
            try compile(obj)
            setLoc(t.span)
            unit.emit(.storeAttr(unit.name(attr)))
        case .subscript(let obj, let index, _):
            try compile(obj)
            try compileSubscriptIndex(index)
            setLoc(t.span)
            unit.emit(.storeSubscr)
        case .tuple(let elts, _), .list(let elts, _):
            setLoc(t.span)
            if let star = elts.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                unit.emit(.unpackEx(before: Int32(star), after: Int32(elts.count - star - 1)))
            } else {
                unit.emit(.unpackSequence(Int32(elts.count)))
            }
            for e in elts {
                if case .starred(let v, _) = e.kind { try compileStore(v) } else { try compileStore(e) }
            }
        case .starred(let v, _):
            try compileStore(v)
        default:
            throw error("cannot assign to \(describe(t))", t.span)
        }
    }

    // MARK: return / break / continue

    func compileReturn(_ value: Expr?, _ span: SourceSpan) throws {
        guard unit.scope.isFunctionLike else { throw error("'return' outside function", span) }
        if let value = value {
            if unit.scope.isGenerator && unit.scope.isCoroutine {
                throw error("'return' with value in async generator", span)
            }
            try compile(value)
        } else {
            loadConst(.none)
        }
        try unwindFBlocks(preserveTop: true, stopAtLoop: false)
        setLoc(span)
        unit.emit(.returnValue)
    }

    func compileBreak(_ span: SourceSpan) throws {
        guard let loop = innermostLoop() else { throw error("'break' outside loop", span) }
        try unwindFBlocks(preserveTop: false, stopAtLoop: true)
        // Leaving the loop itself: a for loop pops its iterator.
        switch unit.fblocks[loop] {
        case .forLoop(_, let end): unit.emit(.popTop); unit.emitJump(.jump(0), end)
        case .asyncFor(_, let end): unit.emit(.popTop); unit.emitJump(.jump(0), end)
        case .whileLoop(_, let end): unit.emitJump(.jump(0), end)
        default: break
        }
    }

    func compileContinue(_ span: SourceSpan) throws {
        guard let loop = innermostLoop() else { throw error("'continue' not properly in loop", span) }
        try unwindFBlocks(preserveTop: false, stopAtLoop: true)
        switch unit.fblocks[loop] {
        case .forLoop(let start, _), .whileLoop(let start, _), .asyncFor(let start, _):
            unit.emitJump(.jump(0), start)
        default: break
        }
    }

    func innermostLoop() -> Int? {
        for i in stride(from: unit.fblocks.count - 1, through: 0, by: -1) {
            switch unit.fblocks[i] {
            case .whileLoop, .forLoop, .asyncFor: return i
            default: continue
            }
        }
        return nil
    }

    /// Emits the code that leaves the enclosing blocks (innermost first) up to the innermost loop
    /// (`stopAtLoop`) or the function boundary. `preserveTop` keeps the return value on top.
    func unwindFBlocks(preserveTop: Bool, stopAtLoop: Bool) throws {
        let saved = unit.fblocks
        defer { unit.fblocks = saved }
        while let fb = unit.fblocks.last {
            switch fb {
            case .whileLoop, .forLoop, .asyncFor:
                if stopAtLoop { return }
                if case .whileLoop = fb {} else {
                    if preserveTop { unit.emit(.swap(2)) }
                    unit.emit(.popTop)
                }
                unit.fblocks.removeLast()
            case .tryBody:
                unit.emit(.popBlock)
                unit.fblocks.removeLast()
            case .finallyTry(let body):
                unit.emit(.popBlock)
                unit.fblocks.removeLast()
                // The finally body runs with the blocks outside the try in force.
                try compile(body)
            case .finallyEnd:
                // Stack: prev exc [value]
                if preserveTop { unit.emit(.swap(2)) }
                unit.emit(.popTop)
                if preserveTop { unit.emit(.swap(2)) }
                unit.emit(.popBlock)
                unit.emit(.popExcept)
                unit.fblocks.removeLast()
            case .handlerCleanup(let name):
                if name != nil { unit.emit(.popBlock) }
                if preserveTop { unit.emit(.swap(2)) }
                unit.emit(.popBlock)
                unit.emit(.popExcept)
                if let name = name {
                    loadConst(.none)
                    emitStore(name)
                    emitDelete(name)
                }
                unit.fblocks.removeLast()
            case .with(let isAsync):
                unit.emit(.popBlock)
                if preserveTop { unit.emit(.swap(2)) }
                unit.emit(.pushNull)
                loadConst(.none); loadConst(.none); loadConst(.none)
                unit.emit(.call(3))
                if isAsync {
                    unit.emit(.getAwaitable(2))
                    loadConst(.none)
                    emitYieldFromLoop()
                }
                unit.emit(.popTop)
                unit.fblocks.removeLast()
            }
        }
    }
}
