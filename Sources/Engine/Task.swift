/// CPython's `asyncio.Task` (the C `_asyncio.Task`): a future that drives a coroutine
/// (asyncio-semantics §4, §7). The step and wake-up live in Task+Step.swift.
public final class Task: Future {
    public let coro: Coroutine
    /// `get_name()` / `set_name()`. `Task-N` is formatted on demand (the C Task formats it
    /// eagerly; nothing can observe the difference).
    public var name: String {
        get { customName ?? "Task-\(number)" }
        set { customName = newValue }
    }
    var customName: String? {
        get { extras?.taskName }
        set { if newValue != nil || extras != nil { extrasBox.taskName = newValue } }
    }
    /// The `N` of `Task-N` (0 when created with a name).
    let number: Int
    /// `_fut_waiter`: the future this task is blocked on.
    public internal(set) var futWaiter: Future?
    // Two 32-bit counters share a word: a Task sits in one malloc size class lower (DESIGN §8
    // memory per pending task).
    /// `_num_cancels_requested`, exposed as `cancelling()`.
    var numCancelsRequested: Int32 = 0
    /// Slot in `loop.liveTasks` while pending.
    var liveIndex: Int32 = -1
    /// `_must_cancel`: throw CancelledError in at the next step.
    var mustCancel = false
    /// Whether a step ran already (tells a first step from one after a bare yield).
    var started = false

    /// `Task(coro, loop=loop, name=name)`: an unnamed task consumes a `Task-N` number; the
    /// first step is queued with `call_soon`, and the task is registered for `all_tasks()`.
    init(_ coro: Coroutine, loop: EventLoop, name: String?) {
        self.coro = coro
        number = name == nil ? loop.runtime.nextTaskNumber() : 0
        super.init(loop: loop, purpose: .plain)
        if let n = name { customName = n }
        purpose = .task(id: id)
        liveIndex = Int32(loop.liveTasks.count)
        loop.liveTasks.append(Unmanaged.passUnretained(self))
        loop.ready.append(.step(self))
        if loop.tracing {
            loop.emit(.scheduled(.taskStep(task: id)), task: id)
            loop.emit(.taskCreated(snapshot, creator: loop.currentTask?.id), task: id)
        }
    }

    public var snapshot: TaskSnapshot {
        TaskSnapshot(id: id, name: name, coroutine: coro.qualname)
    }

    /// `task.cancel(msg)` (asyncio-semantics §7.1).
    @discardableResult
    public override func cancel(msg: EngineValue? = nil) -> Bool {
        logTraceback = false
        if isDone { return false }
        if loop.tracing {
            loop.emit(.cancelRequested(target: id, by: loop.currentTask?.id,
                                       message: msg.map { loop.traceRepr($0) }), task: id)
        }
        numCancelsRequested += 1
        if let waiter = futWaiter, waiter.cancel(msg: msg) {
            return true
        }
        mustCancel = true
        cancelMessage = msg
        return true
    }

    /// `cancelling()`.
    public func cancelling() -> Int { Int(numCancelsRequested) }

    /// `uncancel()`.
    @discardableResult
    public func uncancel() -> Int {
        if numCancelsRequested > 0 { numCancelsRequested -= 1 }
        return Int(numCancelsRequested)
    }

    /// `Task.set_result` is not allowed.
    @discardableResult
    public override func setResult(_ value: EngineValue) -> EngineError? {
        .runtime("Task does not support set_result operation")
    }

    @discardableResult
    public override func setException(_ error: EngineError) -> EngineError? {
        .runtime("Task does not support set_exception operation")
    }

    /// A task dies when nothing holds it: not its loop (`all_tasks()` is a WeakSet in
    /// CPython), only the ready queue, the future it waits for, or the program. Pending, it
    /// leaves `all_tasks()` and the host hears of it ("Task was destroyed but it is
    /// pending!") while its coroutine is still alive — it dies after the message.
    deinit {
        if liveIndex >= 0 { leaveLiveTasks() }
        if hostTracked {
            loop.runtime.futureDied?(self)
            hostSlot = -1
        }
    }

    /// Swap-removes this task from `loop.liveTasks`.
    private func leaveLiveTasks() {
        let last = loop.liveTasks.removeLast()
        if last.toOpaque() != Unmanaged.passUnretained(self).toOpaque() {
            loop.liveTasks[Int(liveIndex)] = last
            last.takeUnretainedValue().liveIndex = liveIndex
        }
        liveIndex = -1
    }

    override func didFinish() {
        leaveLiveTasks()
        if loop.tracing {
            let outcome: TaskOutcome
            switch state {
            case .cancelled: outcome = .cancelled
            case .finished:
                outcome = exceptionValue.map { .exception($0.repr) } ?? .result(loop.traceRepr(resultValue))
            case .pending: outcome = .cancelled
            }
            loop.emit(.taskDone(outcome), task: id)
        }
    }

    override var className: String { "Task" }

    /// `<Task pending name='Task-2' coro=<work() running at f.py:5> wait_for=<…>>`.
    override var reprInfo: [String] {
        var info = super.reprInfo
        if state == .pending && numCancelsRequested > 0 { info[0] = "cancelling" }
        info.insert("name=" + pyStringRepr(name), at: 1)
        info.insert("coro=<" + coro.reprDescription + ">", at: 2)
        if let w = futWaiter { info.insert("wait_for=" + w.repr, at: 3) }
        return info
    }
}
