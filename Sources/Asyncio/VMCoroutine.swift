import Engine
import VM

/// A VM coroutine object as the engine's `Coroutine`: `send`/`throw` resume its frame in a
/// nested dispatch loop until it yields, returns or raises. What it yields is whatever the
/// innermost `await` handed up — the Python object of an engine future (→ `.future`), or None
/// for a bare yield.
final class VMCoroutine: Coroutine {
    let gen: PyGenerator
    unowned let bridge: AsyncioBridge
    let filename: String
    let firstLine: Int

    init(_ gen: PyGenerator, bridge: AsyncioBridge) {
        self.gen = gen
        self.bridge = bridge
        filename = gen.frame?.code.filename ?? "?"
        firstLine = gen.frame?.code.firstLine ?? 0
        gen.wasAwaited = true
    }

    /// A bare generator yielded to the task: CPython's Task throws this RuntimeError in at the
    /// next step (the engine sees a bare yield, then the throw).
    var badGenerator: EngineError?

    func yielded(_ v: Value) -> CoroutineStep {
        if case .obj(let o) = v, let g = o as? PyGenerator, g.flavor == .generator {
            let task = bridge.runtime.runningLoop?.currentTask?.repr ?? "?"
            let what = (try? bridge.vm.repr(v)) ?? "<generator>"
            badGenerator = .runtime("yield was used instead of yield from for generator in task \(task) with \(what)")
            return .yielded(.none)
        }
        return .yielded(bridge.toEngine(v))
    }

    func send(_ value: EngineValue) -> CoroutineStep {
        if bridge.pendingStop != nil { return .raised(.keyboardInterrupt()) }
        if let e = badGenerator {
            badGenerator = nil
            return self.throw(e)
        }
        // The step's CPU time holds the loop before it carries on (`--cpu-model`).
        defer { bridge.vm.flushCPU() }
        do {
            switch try bridge.vm.resume(gen, sending: bridge.toVM(value)) {
            case .yielded(let v): return yielded(v)
            case .returned(let v): return .returned(bridge.toEngine(v))
            case .raised(let e): return .raised(bridge.toEngineError(e))
            }
        } catch let stop as LooplabStop {
            return stopped(stop)
        } catch {
            return stopped(LooplabStop("looplab internal error: \(error)"))
        }
    }

    func `throw`(_ error: EngineError) -> CoroutineStep {
        if bridge.pendingStop != nil { return .raised(.keyboardInterrupt()) }
        defer { bridge.vm.flushCPU() }
        do {
            switch try bridge.vm.throwInto(gen, bridge.toVMException(error)) {
            case .yielded(let v): return yielded(v)
            case .returned(let v): return .returned(bridge.toEngine(v))
            case .raised(let e): return .raised(bridge.toEngineError(e))
            }
        } catch let stop as LooplabStop {
            return stopped(stop)
        } catch {
            return stopped(LooplabStop("looplab internal error: \(error)"))
        }
    }

    /// A looplab stop inside a step: remember it and leave the loop as KeyboardInterrupt would.
    func stopped(_ stop: LooplabStop) -> CoroutineStep {
        bridge.pendingStop = stop
        let e = EngineError.keyboardInterrupt()
        return .raised(e)
    }

    func close() {
        try? bridge.vm.closeCoroutine(gen)
    }

    var qualname: String { gen.qualname }

    var reprDescription: String {
        if let f = gen.frame {
            return "\(gen.name)() running at \(filename):\(gen.isStarted ? f.currentLine : firstLine)"
        }
        return "\(gen.name)() done, defined at \(filename):\(firstLine)"
    }
}

/// The iterator `__await__` returns for engine futures and native coroutines: CPython's
/// FutureIter, or `yield from` into a native coroutine. The VM's `await` drives it through
/// `send`/`__next__`/`throw`, exactly as it drives any other `__await__` iterator.
final class AwaitIterator: PyInstance, NativeAwaitIterator {
    unowned let bridge: AsyncioBridge

    func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep { try step(value, bridge) }
    func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep { try throwStep(exc, bridge) }

    enum Target {
        case future(Future)
        case coroutine(Coroutine)
    }
    var target: Target?
    var started = false

    init(cls: PyClass, target: Target, bridge: AsyncioBridge) {
        self.target = target
        self.bridge = bridge
        super.init(cls: cls)
    }

    /// `send(v)`: the next value to yield, or StopIteration(result), or the exception.
    func send(_ v: Value, bridge: AsyncioBridge) throws -> Value {
        switch try step(v, bridge) {
        case .yielded(let y): return y
        case .returned(let r): throw bridge.vm.stopIteration(r)
        }
    }

    func throwIn(_ e: PyException, bridge: AsyncioBridge) throws -> Value {
        switch try throwStep(e, bridge) {
        case .yielded(let y): return y
        case .returned(let r): throw bridge.vm.stopIteration(r)
        }
    }

    func step(_ v: Value, _ bridge: AsyncioBridge) throws -> NativeAwaitStep {
        guard let t = target else { return .returned(.none) }
        switch t {
        case .future(let f):
            if !started {
                started = true
                if !f.isDone {
                    f.blocking = true
                    return .yielded(.obj(bridge.wrap(f)))
                }
            }
            target = nil
            return try finish(f.awaitResume(), bridge)
        case .coroutine(let c):
            started = true
            return try finish(c.send(bridge.toEngine(v)), bridge)
        }
    }

    func throwStep(_ e: PyException, _ bridge: AsyncioBridge) throws -> NativeAwaitStep {
        guard let t = target else { throw e }
        switch t {
        case .future:
            target = nil
            throw e
        case .coroutine(let c):
            return try finish(c.throw(bridge.toEngineError(e)), bridge)
        }
    }

    func finish(_ s: Engine.CoroutineStep, _ bridge: AsyncioBridge) throws -> NativeAwaitStep {
        switch s {
        case .yielded(let y): return .yielded(bridge.toVM(y))
        case .returned(let v):
            target = nil
            return .returned(bridge.toVM(v))
        case .raised(let e):
            let c: Coroutine? = { if case .coroutine(let c)? = target { return c } else { return nil } }()
            target = nil
            let exc = bridge.toVMException(e)
            if let c = c { bridge.addLibraryFrames(raisedBy: c, e, exc) }
            throw exc
        }
    }
}
