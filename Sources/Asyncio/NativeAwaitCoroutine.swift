import Engine
import VM

/// A Python awaitable implemented in Swift that a Task can run although it is not a
/// coroutine object — `agen.aclose()` (an `async_generator_athrow`) in the task that the
/// loop's async-generator finalizer or `shutdown_asyncgens` creates. Task.__step drives it
/// with `send`/`throw`; StopIteration is its return.
final class NativeAwaitCoroutine: Coroutine {
    let object: PyObject
    let iterator: NativeAwaitIterator
    /// Unchecked: the bridge outlives every coroutine of its run (see AsyncioBridge).
    unowned(unsafe) let bridge: AsyncioBridge
    var finished = false

    init<T: PyObject & NativeAwaitIterator>(_ object: T, _ bridge: AsyncioBridge) {
        self.object = object
        self.iterator = object
        self.bridge = bridge
    }

    func send(_ value: EngineValue) -> CoroutineStep {
        run { try iterator.awaitSend(bridge.vm, bridge.toVM(value)) }
    }

    func `throw`(_ error: EngineError) -> CoroutineStep {
        run { try iterator.awaitThrow(bridge.vm, bridge.toVMException(error)) }
    }

    private func run(_ body: () throws -> NativeAwaitStep) -> CoroutineStep {
        if bridge.pendingStop != nil { return .raised(.keyboardInterrupt()) }
        do {
            switch try body() {
            case .yielded(let v): return .yielded(bridge.toEngine(v))
            case .returned(let v):
                finished = true
                return .returned(bridge.toEngine(v))
            }
        } catch let e as PyException {
            finished = true
            return .raised(bridge.toEngineError(e))
        } catch let stop as LooplabStop {
            bridge.pendingStop = stop
            return .raised(.keyboardInterrupt())
        } catch {
            bridge.pendingStop = LooplabStop("looplab internal error: \(error)")
            return .raised(.keyboardInterrupt())
        }
    }

    func close() {
        if finished { return }
        finished = true
        _ = try? bridge.vm.call(bridge.vm.getAttr(.obj(object), "close"), [])
    }

    /// `coroutines._format_coroutine` of a built-in awaitable without a name or code object:
    /// `<async_generator_athrow without __name__>()`.
    var qualname: String { "<\(object.cls.name) without __name__>" }
    var reprDescription: String { qualname + "()" }
}
