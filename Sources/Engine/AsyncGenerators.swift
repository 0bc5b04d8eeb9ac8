/// The loop's async-generator hooks (`sys.set_asyncgen_hooks` as `BaseEventLoop` installs
/// them) and `shutdown_asyncgens()` (asyncio-semantics §18.5b, §18.6). The VM calls
/// `asyncGenFirstIter` when an async generator is first iterated under this loop,
/// `asyncGenFinished` when one finishes or is collected already closed, and
/// `asyncGenFinalizer` when one is collected while suspended.
extension EventLoop {
    /// `_asyncgen_firstiter_hook`: remember the generator. CPython keeps a WeakSet; here the
    /// host reports every registered generator's death (`asyncGenFinalizer` when it dies
    /// suspended, `asyncGenFinished` otherwise), so the loop keeps an uncounted reference —
    /// a `weak` one would give every async generator a side table, which sends all of its
    /// retains (several per item) down the runtime's slow path. `aclose(agen)` makes
    /// `agen.aclose()` for `shutdown_asyncgens`.
    public func asyncGenFirstIter(_ key: AnyObject, aclose: @escaping (AnyObject) -> Coroutine) {
        let id = ObjectIdentifier(key)
        if asyncGens.contains(where: { $0.id == id }) { return }
        asyncGens.append(AsyncGenRecord(key: key, aclose: aclose))
    }

    /// The generator `id` is gone (finished, or collected after closing): forget it.
    public func asyncGenFinished(_ id: ObjectIdentifier) {
        asyncGens.removeAll { $0.id == id }
    }

    /// `_asyncgen_finalizer_hook`: a suspended generator (`id`) was collected —
    /// `self._asyncgens.discard(agen)`, then, unless the loop is closed,
    /// `call_soon_threadsafe(create_task, agen.aclose())`. `aclose()` is made at once, as
    /// CPython evaluates it in the hook (the VM may call this while freeing objects, so it
    /// only records and schedules).
    public func asyncGenFinalizer(_ id: ObjectIdentifier, aclose: () -> Coroutine) {
        asyncGenFinished(id)
        if isClosed { return }
        let coro = aclose()
        callSoon(label: "BaseEventLoop.create_task") { [unowned self] in _ = self.createTask(coro) }
    }
}

/// A registered async generator. The reference is not counted: the record is removed when the
/// generator dies (see `asyncGenFirstIter`), so `key` is only read while it lives.
struct AsyncGenRecord {
    let id: ObjectIdentifier
    private let object: Unmanaged<AnyObject>
    let aclose: (AnyObject) -> Coroutine

    init(key: AnyObject, aclose: @escaping (AnyObject) -> Coroutine) {
        id = ObjectIdentifier(key)
        object = Unmanaged.passUnretained(key)
        self.aclose = aclose
    }

    /// The generator, as a counted reference (it is alive while the record exists).
    var key: AnyObject { object.takeUnretainedValue() }
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
            closing = loop.asyncGens.map { r in (r.key, r.aclose) }
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
