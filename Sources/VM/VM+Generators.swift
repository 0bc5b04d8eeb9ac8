import Compiler

/// An `await` iterator implemented in Swift (the asyncio bridge's FutureIter and native
/// coroutine iterators): `await`/`yield from` drive it directly — no method lookup and no
/// StopIteration object per step. A conforming object's class (kind `.instance`) overrides
/// `PyObject.nativeAwaitIterator` to return itself.
public protocol NativeAwaitIterator: AnyObject {
    /// `send(value)`: suspend with `.yielded(x)` or finish with `.returned(r)`; raising throws.
    func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep
    /// `throw(exc)` at the suspension point.
    func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep
}

public enum NativeAwaitStep {
    case yielded(Value)
    case returned(Value)
}

/// An object whose `__await__` is implemented in Swift (kind `.instance`; its class overrides
/// `PyObject.nativeAwaitable` to return itself).
public protocol NativeAwaitable: AnyObject {
    func awaitIterator(_ vm: VM) throws -> Value
}

/// One step of a coroutine driven from Swift (CPython's coroutine protocol, as `Task.__step`
/// sees it): the coroutine yielded an awaitable (or a bare value), returned, or raised.
public enum CoroutineStep {
    case yielded(Value)
    case returned(Value)
    case raised(PyException)
}

/// Generators and coroutines: resuming frames in the loop (`forIter`, `send`) and from Swift
/// (`next()`, `send`, `throw`, `close`, and the engine's `resume`/`throwInto`).
///
/// Suspension is data: a suspended generator's frame has no Swift stack under it, so resuming
/// pushes a value onto the frame and continues the same loop (or starts a nested one when Swift
/// code drives it). `yield from` and `await` keep the sub-iterator on the frame's stack with
/// `delegating` set, which is how `throw` finds where to deliver an exception.
extension VM {
    // MARK: public engine API

    /// Resumes a coroutine (or generator) with `value`, like `coro.send(value)`.
    /// Python exceptions come back as `.raised`; only looplab stops are thrown.
    public func resume(_ gen: PyGenerator, sending value: Value) throws -> CoroutineStep {
        do {
            switch try resumeGenerator(gen, sending: value) {
            case .yielded(let v): return .yielded(v)
            case .returned(let v): return .returned(v)
            }
        } catch let e as PyException {
            return .raised(e)
        }
    }

    /// Throws `exception` into a coroutine, like `coro.throw(exc)`.
    public func throwInto(_ gen: PyGenerator, _ exception: PyException) throws -> CoroutineStep {
        do {
            switch try throwIntoGenerator(gen, exception) {
            case .yielded(let v): return .yielded(v)
            case .returned(let v): return .returned(v)
            }
        } catch let e as PyException {
            return .raised(e)
        }
    }

    /// `coro.close()` from Swift (the engine closes coroutines it never ran).
    public func closeCoroutine(_ gen: PyGenerator) throws {
        try closeGenerator(gen)
    }

    // MARK: resuming from Swift

    func generatorWord(_ g: PyGenerator) -> String {
        switch g.flavor {
        case .generator: return "generator"
        case .coroutine: return "coroutine"
        case .asyncGenerator: return "async generator"
        }
    }

    func resumeGenerator(_ g: PyGenerator, sending v: Value) throws -> LoopExit {
        guard let frame = g.frame else {
            if g.flavor == .coroutine { throw runtimeError("cannot reuse already awaited coroutine") }
            throw stopIteration()
        }
        if g.running { throw valueError("\(generatorWord(g)) already executing") }
        if !g.started && !v.isNone {
            throw typeError("can't send non-None value to a just-started \(generatorWord(g))")
        }
        if g.started { frame.push(v) }
        g.started = true
        g.running = true
        frame.delegating = false
        try enterDepth()
        warmUp(frame.code)
        frame.back = current
        frame.resume = .call
        return try execute(frame)
    }

    /// `gen.throw(exc)`: delivers `exc` at the suspension point, delegating to a sub-iterator
    /// first when suspended in `yield from`/`await` (CPython's `_gen_throw`).
    func throwIntoGenerator(_ g: PyGenerator, _ exc: PyException) throws -> LoopExit {
        exc.needsContext = false
        guard let frame = g.frame else { throw exc }
        if g.running { throw valueError("\(generatorWord(g)) already executing") }
        if frame.delegating {
            let sub = frame.top
            if exc.isInstance(of: ExceptionTypes.generatorExit) {
                g.running = true
                do { try closeIterator(sub) } catch let e as PyException {
                    g.running = false
                    frame.delegating = false
                    return try resumeRaising(g, e)
                }
                g.running = false
            } else {
                g.running = true
                var subResult: LoopExit
                do {
                    if case .obj(let o) = sub, o.kind == .generator {
                        subResult = try throwIntoGenerator(unsafeDowncast(o, to: PyGenerator.self), exc)
                    } else if case .obj(let o) = sub, o.kind == .instance, let n = o.nativeAwaitIterator {
                        switch try n.awaitThrow(self, exc) {
                        case .yielded(let v): subResult = .yielded(v)
                        case .returned(let v): subResult = .returned(v)
                        }
                    } else if let throwMethod = try lookupMethodOptional(sub, "throw") {
                        subResult = .yielded(try call(throwMethod, [.obj(exc)]))
                    } else {
                        g.running = false
                        frame.delegating = false
                        return try resumeRaising(g, exc)
                    }
                } catch let e as PyException {
                    g.running = false
                    frame.delegating = false
                    if e.isInstance(of: ExceptionTypes.stopIteration) {
                        subResult = .returned(stopIterationValue(e))
                    } else {
                        return try resumeRaising(g, e)
                    }
                }
                g.running = false
                switch subResult {
                case .yielded(let v):
                    return .yielded(v)
                case .returned(let v):
                    // The sub-iterator finished: continue after the yield-from loop with its value.
                    frame.delegating = false
                    _ = frame.pop()
                    if let target = frame.instructions[frame.ip - 2].jumpTarget { frame.ip = target }
                    frame.push(v)
                    g.running = true
                    try enterDepth()
                    frame.back = current
                    frame.resume = .call
                    return try execute(frame)
                }
            }
        }
        return try resumeRaising(g, exc)
    }

    /// Resumes `g` with `exc` raised at its suspension point.
    func resumeRaising(_ g: PyGenerator, _ exc: PyException) throws -> LoopExit {
        guard let frame = g.frame else { throw exc }
        if !g.started {
            // A generator that never ran finishes at once; the exception propagates.
            g.frame = nil
            throw exc
        }
        g.running = true
        frame.delegating = false
        try enterDepth()
        frame.back = current
        frame.resume = .call
        return try execute(frame, raising: exc)
    }

    /// `gen.close()`.
    func closeGenerator(_ g: PyGenerator) throws {
        guard g.frame != nil else { return }
        if !g.started { g.frame = nil; return }
        let exit = newException(ExceptionTypes.generatorExit)
        do {
            if case .yielded = try throwIntoGenerator(g, exit) {
                throw runtimeError("\(generatorWord(g)) ignored GeneratorExit")
            }
        } catch let e as PyException {
            if e.isInstance(of: ExceptionTypes.generatorExit) || e.isInstance(of: ExceptionTypes.stopIteration) { return }
            throw e
        }
    }

    /// A started generator's object died while its frame was suspended: queue the frame to be
    /// closed at the next instruction boundary, through a fresh generator object (the dying
    /// one cannot be referenced past its `deinit`).
    /// `address` is the dead object's identity, which CPython's unraisable report shows.
    func generatorDied(_ frame: Frame, flavor: PyGenerator.Flavor, name: String, qualname: String, address: UInt) {
        let g = PyGenerator(flavor: flavor, frame: frame, name: name, qualname: qualname)
        g.started = true
        frame.generator = g
        dyingGenerators.append((g, address))
        stepCheckpoint = 0
    }

    /// Closes the generators queued by `generatorDied`, in the order they died. An exception
    /// from `close()` is reported as CPython's PyErr_WriteUnraisable does, and dropped.
    func closeDyingGenerators() throws {
        // One at a time: the `finally` code of one must not start closing the next.
        if closingDyingGenerators { return }
        closingDyingGenerators = true
        defer { closingDyingGenerators = false }
        while !dyingGenerators.isEmpty {
            let (g, address) = dyingGenerators.removeFirst()
            do {
                try closeGenerator(g)
            } catch let e as PyException {
                // PyErr_WriteUnraisable: an exception raised by close() itself (no traceback)
                // is shown at the instruction that freed the generator — the one before the
                // instruction boundary where the queue is drained.
                if e.traceback == nil, let f = current {
                    e.traceback = PyTraceback(code: f.code, instruction: max(f.ip - 2, 0), next: nil)
                }
                stdout.flush()
                let what = "<\(generatorWord(g)) object \(g.qualname) at \(VM.addressText(address))>"
                stderr.write("Exception ignored in: \(what)\n" + formatUnraisable(e))
            }
        }
    }

    /// Closes a sub-iterator of `yield from` when GeneratorExit is thrown into its delegator.
    func closeIterator(_ sub: Value) throws {
        if case .obj(let o) = sub, o.kind == .generator {
            try closeGenerator(unsafeDowncast(o, to: PyGenerator.self))
        } else if let m = try lookupMethodOptional(sub, "close") {
            _ = try call(m, [])
        }
    }

    func stopIterationValue(_ e: PyException) -> Value { e.args.first ?? .none }

    /// `next(gen)` from Swift: the next value, or nil when the generator returns.
    func nextFromGenerator(_ g: PyGenerator) throws -> Value? {
        guard g.frame != nil else { return nil }
        switch try resumeGenerator(g, sending: .none) {
        case .yielded(let v): return v
        case .returned: return nil
        }
    }

    // MARK: resuming in the loop

    /// Starts or resumes `g` as a frame of the running loop; nil when `g` has finished.
    @inline(__always)
    func enterGenerator(_ g: PyGenerator, from f: Frame, resume: Frame.Resume, sending v: Value) throws -> Frame? {
        guard let gf = g.frame else { return nil }
        if g.running { throw valueError("\(generatorWord(g)) already executing") }
        if !g.started && !v.isNone {
            throw typeError("can't send non-None value to a just-started \(generatorWord(g))")
        }
        if g.started { gf.push(v) }
        g.started = true
        g.running = true
        gf.delegating = false
        try enterDepth()
        warmUp(gf.code)
        gf.back = f
        gf.resume = resume
        return gf
    }

    /// `forIter`: the next item, or the end of the loop. Generators run as frames of this loop.
    @inline(__always)
    func forIter(_ f: Frame, _ target: Int32) throws -> Frame? {
        let it = f.top
        if case .obj(let o) = it {
            if o.kind == .iterator {
                if let v = try iteratorNext(unsafeDowncast(o, to: PyIterator.self)) { f.push(v) } else {
                    _ = f.pop()
                    f.ip = Int(target)
                }
                return nil
            }
            if o.kind == .generator {
                let g = unsafeDowncast(o, to: PyGenerator.self)
                if let gf = try enterGenerator(g, from: f, resume: .forIter(target), sending: .none) { return gf }
                _ = f.pop()
                f.ip = Int(target)
                return nil
            }
        }
        if let v = try nextItem(it) { f.push(v) } else {
            _ = f.pop()
            f.ip = Int(target)
        }
        return nil
    }

    /// `send`: `(sub v -- sub r)` or, when sub finishes, `(sub v -- result)` and jump.
    func send(_ f: Frame, _ target: Int32) throws -> Frame? {
        let v = f.pop()
        let sub = f.top
        if case .obj(let o) = sub, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if g.frame == nil {
                if g.flavor == .coroutine { throw runtimeError("cannot reuse already awaited coroutine") }
                _ = f.pop()
                f.push(.none)
                f.ip = Int(target)
                return nil
            }
            if g.flavor == .coroutine { g.wasAwaited = true }
            return try enterGenerator(g, from: f, resume: .send(target), sending: v)
        }
        if case .obj(let o) = sub, o.kind == .instance, let n = o.nativeAwaitIterator {
            switch try n.awaitSend(self, v) {
            case .yielded(let r):
                f.push(r)
                f.delegating = true
            case .returned(let r):
                _ = f.pop()
                f.push(r)
                f.ip = Int(target)
            }
            return nil
        }
        do {
            let r: Value
            if v.isNone, let nextMethod = try lookupMethodOptional(sub, "__next__") {
                r = try call(nextMethod, [])
            } else if let sendMethod = try lookupMethodOptional(sub, "send") {
                r = try call(sendMethod, [v])
            } else {
                throw attributeError(sub, "send")
            }
            f.push(r)
            f.delegating = true
        } catch let e as PyException where e.isInstance(of: ExceptionTypes.stopIteration) {
            _ = f.pop()
            f.push(stopIterationValue(e))
            f.ip = Int(target)
        }
        return nil
    }

    // MARK: awaitables

    func getYieldFromIter(_ v: Value) throws -> Value {
        if case .obj(let o) = v, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if g.flavor == .coroutine, let cf = current, !cf.code.flags.contains(.coroutine) {
                throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            return v
        }
        return try getIter(v)
    }

    /// `getAwaitable`: a coroutine itself, or the iterator `__await__` returns.
    func getAwaitable(_ v: Value, context: Int) throws -> Value {
        if case .obj(let o) = v, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if g.flavor == .coroutine {
                if g.frame == nil || (g.running) {
                    if g.frame != nil && g.running { throw runtimeError("coroutine is being awaited already") }
                }
                return v
            }
        }
        if case .obj(let o) = v, o.kind == .instance, let n = o.nativeAwaitable { return try n.awaitIterator(self) }
        guard let awaitMethod = try lookupMethodOptional(v, "__await__") else {
            switch context {
            case 1: throw typeError("'async with' received an object from __aenter__ that does not implement __await__: \(typeName(v))")
            case 2: throw typeError("'async with' received an object from __aexit__ that does not implement __await__: \(typeName(v))")
            default: throw typeError("object \(typeName(v)) can't be used in 'await' expression")
            }
        }
        let it = try call(awaitMethod, [])
        if case .obj(let o) = it, o.kind == .generator, (o as! PyGenerator).flavor == .coroutine {
            throw typeError("__await__() returned a coroutine")
        }
        if try lookupMethodOptional(it, "__next__") == nil && !isNativeIterator(it) {
            throw typeError("__await__() returned non-iterator of type '\(typeName(it))'")
        }
        return it
    }

    func isNativeIterator(_ v: Value) -> Bool {
        if case .obj(let o) = v { return o.kind == .iterator || o.kind == .generator }
        return false
    }

    func getAIter(_ v: Value) throws -> Value {
        guard let m = try lookupMethodOptional(v, "__aiter__") else {
            throw typeError("'async for' requires an object with __aiter__ method, got \(typeName(v))")
        }
        return try call(m, [])
    }

    func getANext(_ v: Value) throws -> Value {
        // An async generator (a type Python cannot subclass): its `__anext__` awaitable is its
        // own await iterator, so skip the two method lookups and calls.
        if case .obj(let o) = v, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if g.flavor == .asyncGenerator {
                try initAsyncGenHooks(g)  // what `__anext__` does first
                return .obj(AsyncGenAwaitable(g, .send(.none)))
            }
        }
        guard let m = try lookupMethodOptional(v, "__anext__") else {
            throw typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(typeName(v))")
        }
        let awaitable = try call(m, [])
        return try getAwaitable(awaitable, context: 0)
    }

    /// Handler of `async for`: StopAsyncIteration ends the loop; anything else propagates.
    func endAsyncFor(_ f: Frame) throws {
        let exc = f.pop()
        _ = f.pop()  // the async iterator
        if let e = exc.object as? PyException, e.isInstance(of: ExceptionTypes.stopAsyncIteration) { return }
        reraising = true
        throw exc.object as! PyException
    }
}
