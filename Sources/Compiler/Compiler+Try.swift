import Syntax

/// `try`, `with` and the yield-from loop. The shapes follow CPython 3.11's compiler: handler
/// blocks instead of an exception table, `finally` bodies compiled twice (normal and exception
/// path), and a cleanup block around every `except` body that restores the handled exception.
extension Compiler {
    func compileTry(_ t: Try, _ span: SourceSpan) throws {
        if t.isStar { return try compileTryStar(t, span) }
        if t.finalbody.isEmpty { return try compileTryExcept(t, span) }
        // try: [try/except …] finally: …
        let handler = unit.newLabel(), cleanup = unit.newLabel(), end = unit.newLabel()
        unit.emitJump(.setupFinally(0), handler)
        unit.fblocks.append(.finallyTry(t.finalbody))
        if t.handlers.isEmpty {
            try compile(t.body)
        } else {
            try compileTryExcept(t, span)
        }
        unit.fblocks.removeLast()
        unit.loc = .none
        unit.emit(.popBlock)
        try compile(t.finalbody)
        unit.loc = .none
        unit.emitJump(.jump(0), end)
        // Exception path: [exc]
        unit.bind(handler)
        unit.loc = .none
        unit.emit(.pushExcInfo)
        unit.emitJump(.setupFinally(0), cleanup)
        unit.fblocks.append(.finallyEnd)
        try compile(t.finalbody)
        unit.fblocks.removeLast()
        unit.loc = .none
        unit.emit(.reraise)
        emitCleanup(cleanup)
        unit.bind(end)
    }

    /// The cleanup handler of an `except`/`finally` body: `prev exc` → restore prev, re-raise exc.
    func emitCleanup(_ label: Int) {
        unit.bind(label)
        unit.loc = .none
        unit.emit(.swap(2))
        unit.emit(.popExcept)
        unit.emit(.reraise)
    }

    func compileTryExcept(_ t: Try, _ span: SourceSpan) throws {
        let handler = unit.newLabel(), cleanup = unit.newLabel(), orelse = unit.newLabel(), end = unit.newLabel()
        try emitGuardedBody(t.body, handler: handler, cleanup: cleanup, orelse: orelse)
        for (i, h) in t.handlers.enumerated() {
            setLoc(h.span)
            let next = unit.newLabel()
            if let type = h.type {
                try compile(type)
                setLoc(h.span)
                unit.emit(.checkExcMatch)
                unit.emitJump(.popJumpIfFalse(0), next)
            } else if i != t.handlers.count - 1 {
                throw error("default 'except:' must be last", h.span)
            }
            if let name = h.name {
                emitStore(name)                     // prev
                let nameCleanup = unit.newLabel()
                unit.emitJump(.setupFinally(0), nameCleanup)
                unit.fblocks.append(.handlerCleanup(name: name))
                try compile(h.body)
                unit.fblocks.removeLast()
                unit.loc = .none
                unit.emit(.popBlock)
                unit.emit(.popBlock)
                unit.emit(.popExcept)
                unbindHandlerName(name)
                unit.emitJump(.jump(0), end)
                // The body raised: unbind the name, then let the outer cleanup restore prev.
                unit.bind(nameCleanup)
                unit.loc = .none
                unbindHandlerName(name)
                unit.emit(.reraise)
            } else {
                unit.emit(.popTop)                  // prev
                unit.fblocks.append(.handlerCleanup(name: nil))
                try compile(h.body)
                unit.fblocks.removeLast()
                unit.loc = .none
                unit.emit(.popBlock)
                unit.emit(.popExcept)
                unit.emitJump(.jump(0), end)
            }
            unit.bind(next)
        }
        // No clause matched: re-raise (goes to cleanup with [prev exc]).
        unit.loc = .none
        unit.emit(.reraise)
        try emitElseAndEnd(t.orelse, cleanup: cleanup, elseLabel: orelse, end: end)
    }

    /// `try: … except* T: …` — each clause takes the matching part of the group; what is left
    /// (plus anything the clauses raise) is re-raised as a group at the end.
    func compileTryStar(_ t: Try, _ span: SourceSpan) throws {
        let handler = unit.newLabel(), cleanup = unit.newLabel(), orelse = unit.newLabel(), end = unit.newLabel()
        let reraiseLabel = unit.newLabel()
        if !t.finalbody.isEmpty {
            var inner = t
            inner.finalbody = []
            let outer = Try(body: [Stmt(.try(inner), span)], handlers: [], orelse: [], finalbody: t.finalbody, isStar: false)
            return try compileTry(outer, span)
        }
        try emitGuardedBody(t.body, handler: handler, cleanup: cleanup, orelse: orelse)
        // Stack: prev orig list rest
        unit.emit(.copy(1))                         // prev exc orig
        unit.emit(.buildList(0))                    // prev exc orig list
        unit.emit(.copy(2))                         // prev exc orig list rest
        for h in t.handlers {
            setLoc(h.span)
            let next = unit.newLabel(), handlerEnd = unit.newLabel()
            guard let type = h.type else { throw error("expected exception type", h.span) }
            try compile(type)
            unit.emit(.checkEgMatch)                // ... rest match|None
            unit.emit(.copy(1))
            unit.emitJump(.popJumpIfNone(0), next)  // ... rest match
            let bodyHandler = unit.newLabel()
            if let name = h.name { emitStore(name) } else { unit.emit(.popTop) }
            unit.emitJump(.setupFinally(0), bodyHandler)
            unit.fblocks.append(.tryBody)
            try compile(h.body)
            unit.fblocks.removeLast()
            unit.loc = .none
            unit.emit(.popBlock)
            if let name = h.name { unbindHandlerName(name) }
            unit.emitJump(.jump(0), handlerEnd)
            // The clause raised: [prev exc orig list rest raised] → append raised to list.
            unit.bind(bodyHandler)
            unit.loc = .none
            if let name = h.name { unbindHandlerName(name) }
            unit.emit(.listAppend(2))
            unit.emitJump(.jump(0), handlerEnd)
            unit.bind(next)
            unit.emit(.popTop)                      // the None match
            unit.bind(handlerEnd)
        }
        // prev exc orig list rest
        unit.loc = .none
        unit.emit(.listAppend(1))                   // prev exc orig list
        unit.emit(.prepReraiseStar)                 // prev exc result
        unit.emit(.copy(1))
        unit.emitJump(.popJumpIfNotNone(0), reraiseLabel)
        unit.emit(.popTop)
        unit.emit(.popBlock)
        unit.emit(.popTop)                          // exc
        unit.emit(.popExcept)
        unit.emitJump(.jump(0), end)
        unit.bind(reraiseLabel)                     // prev exc result
        unit.emit(.swap(2))
        unit.emit(.popTop)                          // prev result
        unit.emit(.reraise)
        try emitElseAndEnd(t.orelse, cleanup: cleanup, elseLabel: orelse, end: end)
    }

    /// The shared head of `try/except` and `try/except*`: the body under a handler block that
    /// jumps to `orelse` when it finishes, then the handler entry with `[prev exc]` on the stack
    /// and the cleanup block that restores `prev` if a clause raises.
    private func emitGuardedBody(_ body: [Stmt], handler: Int, cleanup: Int, orelse: Int) throws {
        unit.emitJump(.setupFinally(0), handler)
        unit.fblocks.append(.tryBody)
        try compile(body)
        unit.fblocks.removeLast()
        unit.loc = .none
        unit.emit(.popBlock)
        unit.emitJump(.jump(0), orelse)
        unit.bind(handler)
        unit.loc = .none
        unit.emit(.pushExcInfo)                     // prev exc
        unit.emitJump(.setupFinally(0), cleanup)
    }

    /// The shared tail: the cleanup handler, then the `else` body, then the join point.
    private func emitElseAndEnd(_ elseBody: [Stmt], cleanup: Int, elseLabel: Int, end: Int) throws {
        emitCleanup(cleanup)
        unit.bind(elseLabel)
        try compile(elseBody)
        unit.bind(end)
    }

    /// `except E as name` unbinds `name` when the clause ends, as CPython does (`name = None; del name`),
    /// so the exception's traceback does not keep the frame alive.
    private func unbindHandlerName(_ name: String) {
        loadConst(.none); emitStore(name); emitDelete(name)
    }

    // MARK: with

    func compileWith(_ w: With, item: Int, _ span: SourceSpan) throws {
        if w.isAsync && !unit.scope.isCoroutine {
            throw error("'async with' outside async function", span)
        }
        let it = w.items[item]
        let handler = unit.newLabel(), cleanup = unit.newLabel(), suppress = unit.newLabel(), end = unit.newLabel()
        try compile(it.contextExpr)
        setLoc(it.span)
        if w.isAsync {
            unit.emit(.beforeAsyncWith)
            unit.emit(.getAwaitable(1))
            loadConst(.none)
            emitYieldFromLoop()
        } else {
            unit.emit(.beforeWith)                  // exit enterResult
        }
        // The enter result is stored (or dropped) before the block is set up, so the block's
        // stack level is the one below it: whatever the body leaves above `exit` (an `await`'s
        // iterator, a for loop's iterator) is popped when an exception reaches the handler.
        if let target = it.optionalVars { try compileStore(target) } else { unit.emit(.popTop) }
        unit.emitJump(.setupFinally(0), handler)
        unit.fblocks.append(.with(isAsync: w.isAsync))
        if item + 1 < w.items.count {
            try compileWith(w, item: item + 1, span)
        } else {
            try compile(w.body)
        }
        unit.fblocks.removeLast()
        // Normal exit: exit(None, None, None)
        setLoc(span)  // CPython: the with statement, so no carets
        unit.emit(.popBlock)
        unit.emit(.pushNull)
        loadConst(.none); loadConst(.none); loadConst(.none)
        unit.emit(.call(3))
        if w.isAsync {
            unit.emit(.getAwaitable(2))
            loadConst(.none)
            emitYieldFromLoop()
        }
        unit.emit(.popTop)
        unit.emitJump(.jump(0), end)
        // Exception path: exit exc
        unit.bind(handler)
        setLoc(span)
        unit.emit(.pushExcInfo)                     // exit prev exc
        unit.emitJump(.setupFinally(0), cleanup)
        unit.emit(.withExceptStart)                 // exit prev exc result
        if w.isAsync {
            unit.emit(.getAwaitable(2))
            loadConst(.none)
            emitYieldFromLoop()
        }
        unit.emitJump(.popJumpIfTrue(0), suppress)
        unit.emit(.reraise)
        unit.bind(suppress)
        unit.loc = .none
        unit.emit(.popTop)                          // exit prev
        unit.emit(.popBlock)
        unit.emit(.popExcept)                       // exit
        unit.emit(.popTop)
        unit.emitJump(.jump(0), end)
        // exit prev exc → restore prev, drop exit, re-raise
        unit.bind(cleanup)
        unit.loc = .none
        unit.emit(.swap(2))
        unit.emit(.popExcept)                       // exit exc
        unit.emit(.swap(2))
        unit.emit(.popTop)
        unit.emit(.reraise)
        unit.bind(end)
    }

    /// `(iter value -- result)`: the SEND/YIELD_VALUE loop of `yield from` and `await`.
    func emitYieldFromLoop() {
        let loop = unit.newLabel(), exit = unit.newLabel()
        unit.bind(loop)
        unit.emitJump(.send(0), exit)
        unit.emit(.yieldValue)
        unit.emitJump(.jump(0), loop)
        unit.bind(exit)
    }
}
