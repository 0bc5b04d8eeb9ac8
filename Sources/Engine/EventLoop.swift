/// CPython's `BaseEventLoop` on a virtual clock (asyncio-semantics §1–§3, style.md 10–12).
///
/// `callSoon`/`callAt` only enqueue; `runOnce` (EventLoop+RunOnce.swift) is the only place
/// handles run. Virtual time is an `Int64` number of nanoseconds that moves only when nothing
/// is ready (to the next timer) or when a blocking call holds the loop.
///
/// ## The clock, and how it relates to CPython's floats
/// CPython computes deadlines in float seconds from a moving real clock: `loop.time() + d`.
/// Two timers set one after the other never tie, because the clock moved in between. With
/// float *virtual* seconds they would (and `0.7 + 0.1` would sort before `0.8`). So:
/// * `now` is integer nanoseconds; `time()` returns `Double(origin + now) / 1e9` — the float
///   nearest the exact virtual instant (with the default origin 0, `time()` after sleeping
///   0.7 then 0.1 is `0.8`, where CPython would show some `12345.678…` that no program can
///   depend on).
/// * `callLater(d)` (and `sleep`, `wait_for`) → deadline `now + round(d·1e9)` with a **fresh**
///   stamp; `callAt(x)` → deadline `round(x·1e9) - origin` with the stamp of the latest
///   `time()` read, because `x` was computed from it. Heap key `(deadline, stamp)`.
///   Result: timers set at later clock reads fire later, exactly as with CPython's moving
///   clock, while several `call_at`s sharing one `loop.time()` value tie and pop in heapq's
///   order (the A C B D example, asyncio-semantics §3.2–3.3).
/// * NaN delays become "due now"; deadlines beyond `Int64` range (and `inf`) become
///   `Int64.max`, which never fires and never moves the clock (reported like a deadlock).
public final class EventLoop {
    public enum State { case idle, running, closed }

    public let runtime: AsyncioRuntime
    /// The FIFO ready queue (`_ready`).
    let ready = RingBuffer<ReadyItem>(capacity: 256)
    /// The timer heap (`_scheduled`).
    var timers = TimerHeap()
    /// `_timer_cancelled_count` (drifts like CPython's: timers cancelled after being moved to
    /// `ready` are never subtracted).
    var timerCancelledCount = 0
    /// Virtual time in nanoseconds.
    public internal(set) var now: Int64 = 0
    /// Added to `now` by `time()`.
    public var clockOrigin: Int64 = 0
    var stampCounter: Int64 = 0
    var lastReadStamp: Int64 = 0
    var stopping = false
    /// `_write_to_self()` wrote to the self-pipe since the last I/O poll: the next pass's
    /// poll finds it readable and queues `_read_from_self` (SelfPipe.swift).
    var selfPipeWritten = false
    /// Set while `_run_once` drops the handle it ran last: a host attributes what dies then to
    /// that statement of base_events.py rather than to `Handle._run`.
    public internal(set) var releaseSite: ReleaseSite = .none
    public enum ReleaseSite { case none, nextHandle, endOfPass }
    /// The handle `_run_once` ran last (CPython's `handle` local). A stored property, not a
    /// local: the optimizer may not drop or move its release.
    var heldItem: ReadyItem?
    public internal(set) var state: State = .idle
    /// Number of `runOnce` passes so far.
    public internal(set) var pass = 0
    /// The installed instrument, if any (zero cost when nil).
    public var instrument: Instrument? { didSet { tracing = instrument != nil } }
    /// `instrument != nil`, as a plain flag for the hot paths.
    var tracing = false
    var seq = 0
    /// Plain handles numbered for the trace so far (they get ids -1, -2, …).
    var plainHandles = 0
    /// `current_task()`.
    public var currentTask: Task? { currentTaskRef }
    /// Set only while a step runs, when the popped ready item keeps the task alive.
    unowned(unsafe) var currentTaskRef: Task?
    /// Pending tasks, unordered (`all_tasks()` minus the done ones); `Task.liveIndex` is
    /// each task's slot, so removal is a swap with the last one. Not owned, as CPython's
    /// `_all_tasks` is a WeakSet: a task leaves in `didFinish` or in its `deinit`.
    var liveTasks = ContiguousArray<Unmanaged<Task>>()
    var nextID = 0
    /// `--max-virtual-time`: the clock never jumps beyond this (nanoseconds).
    public var horizon: Int64 = 86_400_000_000_000
    /// A KeyboardInterrupt/SystemExit escaping a task step: propagates out of the loop.
    var fatal: EngineError?
    /// Async generators alive under this loop, in first-iteration order (CPython: a WeakSet).
    var asyncGens: [AsyncGenRecord] = []
    /// Completions of executor calls on their way to the loop.
    var executor = ExecutorModel()
    /// The default thread pool and the program's own, with the GIL model.
    var threadPool = ThreadPoolSim(workers: ExecutorPool.defaultThreadWorkers)
    /// Worker availability of each `ProcessPoolExecutor` (on the 4 virtual cores); the pool
    /// object is kept so its identifier stays unique.
    var processPools: [(key: ObjectIdentifier?, pool: ExecutorPool?, free: [Int64])] = []
    /// Asyncio debug mode: slow callbacks are also logged as CPython does.
    public var debug = false
    /// `loop.slow_callback_duration` in ns.
    public var slowCallbackDuration: Int64 = 100_000_000
    /// Every handle that held the loop ≥ `slowCallbackDuration` (recorded in any mode).
    public internal(set) var slowCallbacks: [SlowCallback] = []
    /// Everything the default exception handler logged.
    public internal(set) var logs: [LoopLog] = []

    public init(runtime: AsyncioRuntime = AsyncioRuntime()) {
        self.runtime = runtime
    }

    deinit {
        timers.removeAll()
    }

    @inline(__always)
    func newID() -> Int { nextID += 1; return nextID }

    // MARK: Clock

    /// `loop.time()`.
    public func time() -> Double {
        stampCounter += 1
        lastReadStamp = stampCounter
        return Double(clockOrigin + now) / 1e9
    }

    /// Virtual nanoseconds from now for a delay in seconds (NaN → 0, huge/inf → never).
    func deadline(after delay: Double) -> Int64 {
        if delay.isNaN { return now }
        let ns = (delay * 1e9).rounded(.toNearestOrEven)
        if ns >= 9.2e18 - Double(now) { return Int64.max }
        if ns <= -9.2e18 + Double(max(now, 0)) { return Int64.min / 2 }
        return now + Int64(ns)
    }

    /// Virtual nanoseconds for an absolute loop time.
    func deadline(at when: Double) -> Int64 {
        if when.isNaN { return now }
        let ns = (when * 1e9).rounded(.toNearestOrEven) - Double(clockOrigin)
        if ns >= 9.2e18 { return Int64.max }
        if ns <= -9.2e18 { return Int64.min / 2 }
        return Int64(ns)
    }

    /// Advance the clock while holding the loop (`time.sleep`, blocking I/O, CPU cost).
    public func block(nanoseconds: Int64, what: String) {
        if tracing { emit(.blockingCall(what: what, duration: nanoseconds)) }
        now += nanoseconds
        // Worker threads run on while the loop's thread blocks: what they finished meanwhile
        // is queued by `call_soon_threadsafe` now — behind what was queued before the block,
        // ahead of what comes after — not at the next pass's poll.
        if state != .closed, let e = nextExecutorEvent, e <= now { pollExecutor() }
    }

    /// The program's clock moved while this loop was not running (code outside it slept or
    /// another loop ran): catch up before running, as CPython's single monotonic clock would.
    public func catchUp(to programNow: Int64) {
        let target = programNow - clockOrigin
        guard target > now else { return }
        if tracing { emit(.clockAdvanced(from: now, to: target), task: nil) }
        now = target
    }

    // MARK: Scheduling

    /// `loop.call_soon(fn)`.
    @discardableResult
    public func callSoon(label: String = "callback", _ fn: @escaping () -> Void) -> Handle {
        let h = Handle(.call(fn), label: label)
        ready.append(.handle(h))
        if tracing { emitScheduled(h) }
        return h
    }

    @inline(__always)
    func enqueue(_ h: Handle) {
        ready.append(.handle(h))
        if tracing { emitScheduled(h) }
    }

    /// The `scheduled` event of a handle just appended to `ready`. Plain handles get an id
    /// here (and a way back to the loop) so that a later `cancel()` can name them.
    @inline(never)
    func emitScheduled(_ h: Handle) {
        if h.id == 0 {
            // Negative, from their own counter: numbering them must not shift the ids of
            // futures, tasks and timers, which are the same whether or not a trace is recorded.
            plainHandles += 1
            h.id = -plainHandles
            h.loop = self
        }
        switch h.action {
        case .step(let t, _): emit(.scheduled(.taskStep(task: t.id)))
        case .wakeup(let t, let f): emit(.scheduled(.taskWakeup(task: t.id, future: f.id)))
        case .doneCallback(let cb, _): emit(.scheduled(.callback(handle: h.id, label: cb.label)))
        case .call, .sleepDone, .host: emit(.scheduled(.callback(handle: h.id, label: h.label)))
        }
    }

    /// `loop.call_later(delay, fn)`: deadline from the current clock, fresh stamp.
    @discardableResult
    public func callLater(_ delay: Double, label: String = "callback",
                          _ fn: @escaping () -> Void) -> Handle {
        stampCounter += 1
        return pushTimer(deadline(after: delay), stamp: stampCounter, label: label, fn)
    }

    /// `call_later` with an exact nanosecond delay (native helpers).
    @discardableResult
    public func callLater(nanoseconds: Int64, label: String = "callback",
                          _ fn: @escaping () -> Void) -> Handle {
        stampCounter += 1
        let d = nanoseconds >= Int64.max - now ? Int64.max : now + nanoseconds
        return pushTimer(d, stamp: stampCounter, label: label, fn)
    }

    /// `loop.call_at(when, fn)`: stamp of the latest `time()` read.
    @discardableResult
    public func callAt(_ when: Double, label: String = "callback",
                       _ fn: @escaping () -> Void) -> Handle {
        pushTimer(deadline(at: when), stamp: lastReadStamp, label: label, fn)
    }

    func pushTimer(_ deadline: Int64, stamp: Int64, label: String,
                   _ fn: @escaping () -> Void) -> Handle {
        pushTimer(deadline, stamp: stamp, .call(fn), label: label)
    }

    func pushTimer(_ deadline: Int64, stamp: Int64, _ action: Handle.Action, label: String) -> Handle {
        let h = Handle(timer: action, label: label, id: newID(), deadline: deadline,
                       stamp: stamp, loop: self)
        schedule(timer: h)
        return h
    }

    // The host's `call_soon`/`call_later`/`call_at` (same rules as the closure versions).

    /// `loop.call_soon(fn, *args)` for a host callback.
    @discardableResult
    public func callSoon(_ cb: HostCallback) -> Handle {
        let h = Handle(.host(cb), label: "")
        ready.append(.handle(h))
        if tracing { emitScheduled(h) }
        return h
    }

    /// `loop.call_later(delay, fn, *args)` for a host callback.
    @discardableResult
    public func callLater(_ delay: Double, _ cb: HostCallback) -> Handle {
        stampCounter += 1
        return pushTimer(deadline(after: delay), stamp: stampCounter, .host(cb), label: "")
    }

    /// `loop.call_at(when, fn, *args)` for a host callback.
    @discardableResult
    public func callAt(_ when: Double, _ cb: HostCallback) -> Handle {
        pushTimer(deadline(at: when), stamp: lastReadStamp, .host(cb), label: "")
    }

    func schedule(timer h: Handle) {
        h.scheduled = true
        timers.push(h)
        if tracing { emit(.timerScheduled(timer: h.id, due: h.deadline, label: h.label)) }
    }

    /// `RuntimeError('Event loop is closed')` for calls on a closed loop (the VM checks
    /// before `call_soon`/`call_later`/`create_task` …).
    public var closedError: EngineError? {
        state == .closed ? .runtime("Event loop is closed") : nil
    }

    /// `loop.is_running()` / `loop.is_closed()`.
    public var isRunning: Bool { state == .running }
    public var isClosed: Bool { state == .closed }

    /// `loop.stop()`: the current pass still finishes.
    public func stop() { stopping = true }

    // MARK: Futures and tasks

    /// `loop.create_future()`.
    public func createFuture(purpose: WaitPurpose = .plain) -> Future {
        Future(loop: self, purpose: purpose)
    }

    /// `loop.create_task(coro, name=name)`; `name == nil` consumes a `Task-N` number.
    @discardableResult
    public func createTask(_ coro: Coroutine, name: String? = nil) -> Task {
        let t = Task(coro, loop: self, name: name)
        runtime.taskCreated?(t)
        return t
    }

    /// `ensure_future(aw)`: futures pass through, coroutines become tasks.
    public func ensureFuture(_ aw: Awaitable) -> Future {
        switch aw {
        case .future(let f): return f
        case .coroutine(let c): return createTask(c)
        }
    }

    /// `all_tasks()`: pending tasks in creation order (CPython: address order, §23.3).
    public func allTasks() -> [Task] {
        liveTasks.map { $0.takeUnretainedValue() }.sorted { $0.id < $1.id }
    }

    // MARK: Instrument and logging

    @inline(never)
    func emit(_ kind: TraceEvent.Kind, task: Int? = nil) {
        guard let ins = instrument else { return }
        seq += 1
        ins.record(TraceEvent(seq: seq, time: now, pass: pass,
                              task: task ?? currentTask?.id, kind: kind,
                              location: runtime.locationHook?()))
    }

    /// Lets the VM put its own facts (output lines, exceptions, warnings) into the trace.
    public func trace(_ kind: TraceEvent.Kind) {
        if tracing { emit(kind) }
    }

    /// `loop.call_exception_handler(context)` with the default handler.
    public func log(_ entry: LoopLog) {
        logs.append(entry)
        runtime.logHook?(entry)
    }

    func repr(_ v: EngineValue) -> String { v.repr(runtime.reprHook) }

    /// `repr()` for a trace event (never runs Python code when the VM provides the hook).
    func traceRepr(_ v: EngineValue) -> String { v.repr(runtime.traceReprHook ?? runtime.reprHook) }
}
