/// The loop's async-generator hooks (`sys.set_asyncgen_hooks` as `BaseEventLoop` installs
/// them) and `shutdown_asyncgens()` (asyncio-semantics §18.5b, §18.6). The VM calls
/// `asyncGenFirstIter` when an async generator is first iterated under this loop,
/// `asyncGenFinished` when one finishes or is collected already closed, and
/// `asyncGenFinalizer` when one is collected while suspended.
extension EventLoop {
    /// `_asyncgen_firstiter_hook`: remember the generator. CPython keeps a WeakSet, so the
    /// loop holds `key` weakly: a generator nobody else references dies (and reaches the
    /// finalizer hook). `aclose(agen)` makes `agen.aclose()` for `shutdown_asyncgens`.
    public func asyncGenFirstIter(_ key: AnyObject, aclose: @escaping (AnyObject) -> Coroutine) {
        asyncGens.removeAll { $0.key == nil }
        if asyncGens.contains(where: { $0.key === key }) { return }
        asyncGens.append(AsyncGenRecord(key: key, aclose: aclose))
    }

    /// The generator is gone (finished, or collected after closing): forget it.
    public func asyncGenFinished(_ key: AnyObject) {
        asyncGens.removeAll { $0.key === key || $0.key == nil }
    }

    /// `_asyncgen_finalizer_hook`: a suspended generator was collected —
    /// `self._asyncgens.discard(agen)`, then, unless the loop is closed,
    /// `call_soon_threadsafe(create_task, agen.aclose())`. `aclose()` is made at once, as
    /// CPython evaluates it in the hook (the VM may call this while freeing objects, so it
    /// only records and schedules).
    public func asyncGenFinalizer(_ key: AnyObject, aclose: () -> Coroutine) {
        asyncGenFinished(key)
        if isClosed { return }
        let coro = aclose()
        callSoon(label: "BaseEventLoop.create_task") { [unowned self] in _ = self.createTask(coro) }
    }
}

struct AsyncGenRecord {
    weak var key: AnyObject?
    let aclose: (AnyObject) -> Coroutine
}

/// `BaseEventLoop.shutdown_asyncgens()`: `aclose()` every generator still alive through
/// `gather(..., return_exceptions=True)` (each `aclose()` awaitable becomes a Task), then log
/// the failures.
final class ShutdownAsyncgens: NativeCoroutine {
    let loop: EventLoop
    var closing: [(key: AnyObject, aclose: (AnyObject) -> Coroutine)] = []
    init(_ loop: EventLoop) {
        self.loop = loop
        super.init(qualname: "BaseEventLoop.shutdown_asyncgens")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            // `closing_agens = list(self._asyncgens)`: the live ones, held strongly now.
            closing = loop.asyncGens.compactMap { r in r.key.map { ($0, r.aclose) } }
            loop.asyncGens.removeAll()
            if closing.isEmpty { return .returned(.none) }
            pc = 1
            return awaitFuture(loop.gather(closing.map { .coroutine($0.aclose($0.key)) }, returnExceptions: true))
        }
        if case .value(.list(let results)) = input {
            for (r, agen) in zip(results, closing) {
                if case .error(let e) = r, !e.isBaseOnly {
                    loop.log(LoopLog(message: "an error occurred during closing of asynchronous generator \(loop.repr(.host(agen.key)))",
                                     exception: e, fields: [("asyncgen", loop.repr(.host(agen.key)))]))
                }
            }
        }
        return outcomeStep(input.error.map { .error($0) } ?? .value(.none))
    }
}
