/// CPython's `asyncio.Future` (the C `_asyncio.Future`), asyncio-semantics §5.
///
/// State transitions are asserted: PENDING → FINISHED or PENDING → CANCELLED, once.
/// Nothing runs inside `setResult`/`cancel`: completion queues each done callback with
/// `call_soon`, in registration order.
public class Future {
    public enum State: UInt8 { case pending, cancelled, finished }

    // Stored properties are laid out in declaration order: word-sized ones first, bytes last,
    // to keep a pending future small (asyncio-semantics budget: DESIGN §8 memory per task).
    public let loop: EventLoop
    /// A per-loop id for trace events and snapshots.
    public let id: Int
    /// The fields a pending future rarely needs, allocated on first use (see `FutureExtras`).
    final var extras: FutureExtras?
    /// The host's object for this future (the VM's Python identity of it), not owned: the host
    /// clears it when that object dies, so an unreferenced wrapper costs nothing while the
    /// future lives on in the engine, and no host-side table keeps futures alive.
    public var hostObject: Unmanaged<AnyObject>?
    // Callbacks: the first one inline (as the C future's `fut_callback0`), the rest in an
    // array; together they keep registration order.
    var callback0: FutureCallback?
    /// What this future stands for (trace and deadlock reports).
    public var purpose: WaitPurpose
    var resultValue: EngineValue = .none
    /// The host's slot for this future in its list of the futures Python saw (-1: not
    /// listed). A listed future reports its death (`AsyncioRuntime.futureDied`).
    public var hostSlot: Int32 = -1
    public internal(set) var state: State = .pending
    /// `_asyncio_future_blocking`: set by `__await__` before yielding the future to a task.
    public var blocking = false
    /// `_log_traceback`: set by `set_exception`, cleared by retrieval. A VM that frees a
    /// future with this flag set logs "… exception was never retrieved".
    public internal(set) var logTraceback = false
    /// `_log_destroy_pending` (tasks made by gather do not warn when destroyed pending).
    public var logDestroyPending = true

    @inline(__always) final var extrasBox: FutureExtras {
        if let e = extras { return e }
        let e = FutureExtras()
        extras = e
        return e
    }

    /// The exception set by `set_exception` (or that ended a task).
    final var exceptionValue: EngineError? {
        get { extras?.exception }
        set { if newValue != nil || extras != nil { extrasBox.exception = newValue } }
    }

    /// The rest of the callbacks after `callback0`.
    final var callbacks: [FutureCallback] {
        get { extras?.callbacks ?? [] }
        set { extrasBox.callbacks = newValue }
        _modify { yield &extrasBox.callbacks }
    }

    /// `_cancelled_exc`: the CancelledError that ended a task, re-raised once.
    final var cancelledExc: EngineError? {
        get { extras?.cancelledExc }
        set { if newValue != nil || extras != nil { extrasBox.cancelledExc = newValue } }
    }

    /// `_cancel_message`.
    final var cancelMessage: EngineValue? {
        get { extras?.cancelMessage }
        set { if newValue != nil || extras != nil { extrasBox.cancelMessage = newValue } }
    }

    /// The host listed this future for its lifetime messages.
    public var hostTracked: Bool { hostSlot >= 0 }

    init(loop: EventLoop, purpose: WaitPurpose) {
        self.loop = loop
        self.id = loop.newID()
        self.purpose = purpose
    }

    /// The host hears when a future it saw dies (a Task tells it in its own `deinit`, while
    /// its coroutine still lives).
    deinit {
        if hostTracked { loop.runtime.futureDied?(self) }
    }

    public var isDone: Bool { state != .pending }
    public var isCancelled: Bool { state == .cancelled }

    // MARK: Completion

    /// `set_result(v)`; returns the InvalidStateError CPython would raise.
    @discardableResult
    public func setResult(_ value: EngineValue) -> EngineError? {
        if state != .pending { return .invalidState("invalid state") }
        resultValue = value
        transition(to: .finished)
        return nil
    }

    /// `set_exception(e)`.
    @discardableResult
    public func setException(_ error: EngineError) -> EngineError? {
        if state != .pending { return .invalidState("invalid state") }
        if error.typeName == "StopIteration" {
            return .type("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        exceptionValue = error
        logTraceback = true
        transition(to: .finished)
        return nil
    }

    /// `cancel(msg)`: PENDING → CANCELLED and True; otherwise False.
    @discardableResult
    public func cancel(msg: EngineValue? = nil) -> Bool {
        futureCancel(msg: msg)
    }

    /// `Future.cancel` itself (Task and _GatheringFuture override `cancel`).
    final func futureCancel(msg: EngineValue?) -> Bool {
        logTraceback = false
        if state != .pending { return false }
        cancelMessage = msg
        transition(to: .cancelled)
        return true
    }

    final func transition(to new: State) {
        assert(state == .pending && new != .pending, "illegal future transition")
        state = new
        didFinish()
        scheduleCallbacks()
    }

    /// Hook for tasks (unregister, trace).
    func didFinish() {}

    /// `__schedule_callbacks`: queue every callback with `call_soon`, then forget them.
    final func scheduleCallbacks() {
        if let cb = callback0 {
            callback0 = nil
            enqueue(cb)
        }
        if !callbacks.isEmpty {
            let cbs = callbacks
            callbacks = []
            for cb in cbs { enqueue(cb) }
        }
    }

    @inline(__always)
    final func enqueue(_ cb: FutureCallback) {
        switch cb {
        case .wakeup(let task): loop.enqueue(Handle(.wakeup(task, self), label: "Task.task_wakeup()"))
        case .record(let r): loop.enqueue(Handle(.doneCallback(r, self), label: r.label))
        }
    }

    // MARK: Retrieval

    /// `_make_cancelled_error()`: the saved CancelledError once, then fresh ones.
    final func makeCancelledError() -> EngineError {
        if let e = cancelledExc {
            cancelledExc = nil
            return e
        }
        return .cancelled(cancelMessage)
    }

    /// `result()`.
    public final func result() -> Outcome {
        switch state {
        case .cancelled: return .error(makeCancelledError())
        case .pending: return .error(.invalidState("Result is not set."))
        case .finished:
            logTraceback = false
            if let e = exceptionValue { return .error(e) }
            return .value(resultValue)
        }
    }

    /// `exception()`: `.success(nil)` for a result, `.failure` where CPython raises.
    public final func exception() -> Result<EngineError?, EngineError> {
        switch state {
        case .cancelled: return .failure(makeCancelledError())
        case .pending: return .failure(.invalidState("Exception is not set."))
        case .finished:
            logTraceback = false
            return .success(exceptionValue)
        }
    }

    // MARK: Callbacks

    /// `add_done_callback(fn)`: appended if pending, else `call_soon(fn, self)` at once.
    public final func addDoneCallback(_ cb: FutureCallback) {
        if state != .pending {
            enqueue(cb)
        } else if callback0 == nil && callbacks.isEmpty {
            callback0 = cb
        } else {
            callbacks.append(cb)
        }
    }

    /// Convenience for native callbacks.
    public final func addDoneCallback(label: String, key: AnyObject? = nil,
                                      _ fn: @escaping (Future) -> Void) {
        addDoneCallback(FutureCallback(key: key, label: label, fn))
    }

    /// `remove_done_callback(fn)`: removes every registration with this key; returns how many.
    @discardableResult
    public final func removeDoneCallback(key: AnyObject) -> Int {
        var removed = 0
        if let cb = callback0, cb.key === key {
            callback0 = nil
            removed += 1
        }
        let before = callbacks.count
        callbacks.removeAll { $0.key === key }
        removed += before - callbacks.count
        return removed
    }

    /// The registered callbacks, in order.
    public final var doneCallbacks: [FutureCallback] {
        (callback0.map { [$0] } ?? []) + callbacks
    }

    // MARK: Awaiting (CPython's FutureIter, used inline by native coroutines)

    /// The first `send` of `await fut`: `.returned`/`.raised` if already done, else mark the
    /// future blocking and yield it to the task.
    @inline(__always)
    public final func awaitStep() -> CoroutineStep {
        if state == .pending {
            blocking = true
            return .yielded(.future(self))
        }
        return outcomeStep(result())
    }

    /// The `send` that resumes `await fut` after the task woke up.
    public final func awaitResume() -> CoroutineStep {
        if state == .pending { return .raised(.runtime("await wasn't used with future")) }
        return outcomeStep(result())
    }

    // MARK: Repr

    /// `repr(fut)`: `<Future pending cb=[Task.task_wakeup()]>`.
    public var repr: String {
        "<" + className + " " + reprInfo.joined(separator: " ") + ">"
    }

    var className: String { "Future" }

    var reprInfo: [String] {
        var info = [stateName]
        if state == .finished {
            if let e = exceptionValue {
                info.append("exception=" + e.repr)
            } else {
                let runtime = loop.runtime
                info.append("result=" + (runtime.reprlibHook?(resultValue) ?? resultValue.reprlib(runtime.reprHook)))
            }
        }
        let cbs = doneCallbacks
        if !cbs.isEmpty {
            let labels: [String]
            if cbs.count <= 2 { labels = cbs.map { $0.label } }
            else { labels = [cbs[0].label, "<\(cbs.count - 2) more>", cbs[cbs.count - 1].label] }
            info.append("cb=[" + labels.joined(separator: ", ") + "]")
        }
        return info
    }

    var stateName: String {
        switch state {
        case .pending: return "pending"
        case .cancelled: return "cancelled"
        case .finished: return "finished"
        }
    }
}

/// A future's rarely used fields, moved out of every future (DESIGN §8 memory per pending
/// task): a pending future with one waiter — the common case — never allocates them, and
/// each `Future`/`Task` is 24–40 bytes smaller (one malloc size class or two).
final class FutureExtras {
    var exception: EngineError?
    var callbacks: [FutureCallback] = []
    var cancelledExc: EngineError?
    var cancelMessage: EngineValue?
    /// A `Task`'s name when set (`name=`, `set_name`); unnamed tasks format `Task-N`.
    var taskName: String?
}

@inline(__always)
public func outcomeStep(_ o: Outcome) -> CoroutineStep {
    switch o {
    case .value(let v): return .returned(v)
    case .error(let e): return .raised(e)
    }
}

extension Outcome {
    /// The value, or nil for an error.
    public var value: EngineValue? { if case .value(let v) = self { return v } else { return nil } }
    /// The error, or nil for a value.
    public var error: EngineError? { if case .error(let e) = self { return e } else { return nil } }
}

/// A `Coroutine` wrapping `await fut` (CPython's FutureIter), for code that needs an object.
public final class FutureAwaiter: Coroutine {
    let future: Future
    var started = false
    public init(_ future: Future) { self.future = future }
    public func send(_ value: EngineValue) -> CoroutineStep {
        if !started { started = true; return future.awaitStep() }
        return future.awaitResume()
    }
    public func `throw`(_ error: EngineError) -> CoroutineStep { .raised(error) }
    public func close() {}
    public var qualname: String { "Future.__await__" }
    public var reprDescription: String { "Future.__await__()" }
}
