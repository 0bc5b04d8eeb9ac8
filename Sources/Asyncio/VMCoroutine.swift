import Compiler
import Engine
import VM

/// A VM coroutine object as the engine's `Coroutine`: `send`/`throw` resume its frame in a
/// nested dispatch loop until it yields, returns or raises. What it yields is whatever the
/// innermost `await` handed up — the Python object of an engine future (→ `.future`), or None
/// for a bare yield.
///
/// Kept small (one per task): the code object gives the file and first line for reprs after
/// the frame is gone.
final class VMCoroutine: Coroutine {
    let gen: PyGenerator
    unowned(unsafe) let bridge: AsyncioBridge
    let code: CodeObject?

    init(_ gen: PyGenerator, bridge: AsyncioBridge) {
        self.gen = gen
        self.bridge = bridge
        code = gen.frame?.code
        gen.wasAwaited = true
    }

    /// A task (or gather, wait_for …) that never ran its coroutine lets go of it: the
    /// coroutine is as unawaited as before and warns if it dies now (right after "Task was
    /// destroyed but it is pending!", as in CPython).
    deinit {
        if !gen.isStarted && gen.frame != nil { gen.wasAwaited = false }
    }

    // A bare generator yielded to the task: CPython's Task throws a RuntimeError in at the next
    // step (the engine sees a bare yield, then the throw). Rare, so the error waits in the
    // bridge's `badGenerators` (which also keeps this object alive, so its identifier cannot be
    // reused meanwhile), not in a field of every coroutine.
    func yielded(_ v: Value) -> CoroutineStep {
        if case .obj(let o) = v, let g = o as? PyGenerator, g.flavor == .generator {
            let task = bridge.runtime.runningLoop?.currentTask?.repr ?? "?"
            let what = (try? bridge.vm.repr(v)) ?? "<generator>"
            bridge.badGenerators[ObjectIdentifier(self)] = (self, .runtime("yield was used instead of yield from for generator in task \(task) with \(what)"))
            return .yielded(.none)
        }
        return .yielded(bridge.toEngine(v))
    }

    func send(_ value: EngineValue) -> CoroutineStep {
        if bridge.pendingStop != nil { return .raised(.keyboardInterrupt()) }
        if !bridge.badGenerators.isEmpty, let (_, e) = bridge.badGenerators.removeValue(forKey: ObjectIdentifier(self)) {
            return self.throw(e)
        }
        let vm = bridge.vmRef
        // The step's CPU time holds the loop before it carries on (`--cpu-model`).
        defer { vm._withUnsafeGuaranteedRef { $0.flushCPU() } }
        do {
            let v = bridge.toVM(value)
            switch try vm._withUnsafeGuaranteedRef({ try $0.resume(gen, sending: v) }) {
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
        if !bridge.badGenerators.isEmpty { bridge.badGenerators[ObjectIdentifier(self)] = nil }
        if bridge.pendingStop != nil { return .raised(.keyboardInterrupt()) }
        let vm = bridge.vmRef
        defer { vm._withUnsafeGuaranteedRef { $0.flushCPU() } }
        do {
            let e = bridge.toVMException(error)
            switch try vm._withUnsafeGuaranteedRef({ try $0.throwInto(gen, e) }) {
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
        let filename = code?.filename ?? "?"
        let firstLine = code?.firstLine ?? 0
        if let f = gen.frame {
            return "\(gen.name)() running at \(filename):\(gen.isStarted ? f.currentLine : firstLine)"
        }
        return "\(gen.name)() done, defined at \(filename):\(firstLine)"
    }
}
