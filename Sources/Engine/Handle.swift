/// A callback queued on the loop (CPython's `events.Handle` / `TimerHandle`).
///
/// Only `EventLoop.runOnce` runs handles. A timer handle additionally has a deadline and a
/// stamp (asyncio-semantics §3.3) and a `scheduled` flag while it sits in the heap.
public final class Handle {
    /// What running the handle does. Task steps and wake-ups are first-class cases so that
    /// the hot path allocates nothing beyond the handle itself.
    public enum Action {
        /// `Task.__step(exc)`.
        case step(Task, EngineError?)
        /// `Task.__wakeup(future)`.
        case wakeup(Task, Future)
        /// A future's done callback `fn(fut)`.
        case doneCallback(CallbackRecord, Future)
        /// `futures._set_result_unless_cancelled(fut, result)` for `sleep`.
        case sleepDone(SleepCoroutine)
        /// A callback of the host (the VM's `call_soon(fn, *args)` …).
        case host(HostCallback)
        /// Any other callback (native `call_soon(fn)`, timer callbacks).
        case call(() -> Void)
    }

    // (Word-sized fields first, flags last: declaration order is layout order.)
    /// A short description for the trace and reprs (`cb`, `_set_result_unless_cancelled`);
    /// a host callback describes itself when asked.
    public var label: String {
        if case .host(let cb) = action { return cb.label }
        return fixedLabel
    }
    var fixedLabel: String
    /// Timer id; plain handles get a negative one when queued while an instrument listens
    /// (else 0).
    public internal(set) var id: Int
    /// Deadline in virtual nanoseconds (`Int64.max` = never).
    public internal(set) var deadline: Int64 = 0
    /// Tie-break stamp: deadlines computed at later clock reads get larger stamps.
    var stamp: Int64 = 0
    /// Set for timers (cancelling one bumps the loop's cancelled-timer counter) and, while an
    /// instrument listens, for queued plain handles (their cancellation is a trace event).
    var loop: EventLoop?
    var action: Action
    /// `handle.cancelled()`.
    public internal(set) var cancelled = false
    /// True for `TimerHandle`s.
    public let isTimer: Bool
    /// True while the handle sits in the timer heap.
    var scheduled = false

    init(_ action: Action, label: String) {
        self.action = action
        self.fixedLabel = label
        self.isTimer = false
        self.id = 0
    }

    init(timer action: Action, label: String, id: Int, deadline: Int64, stamp: Int64, loop: EventLoop) {
        self.action = action
        self.fixedLabel = label
        self.isTimer = true
        self.id = id
        self.deadline = deadline
        self.stamp = stamp
        self.loop = loop
    }

    /// `handle.cancel()`: set the flag; a timer stays in the heap until it surfaces
    /// (lazy deletion). Cancelling twice is harmless.
    public func cancel() {
        if cancelled { return }
        cancelled = true
        if isTimer, let loop = loop {
            if scheduled { loop.timerCancelledCount += 1 }
            if loop.tracing { loop.emit(.timerCancelled(timer: id)) }
        } else if let loop = loop {
            if loop.tracing { loop.emit(.handleCancelled(handle: id)) }
        }
        // CPython drops the callback and its arguments here (no debug mode).
        if case .host(let cb) = action { fixedLabel = cb.label }
        action = .call(noop)
    }

    /// `timer.when()`: the deadline as loop time.
    public var when: Double { Double(deadline) / 1e9 }

    /// Heap order: (deadline, stamp), strict `<`.
    @inline(__always)
    static func less(_ a: Handle, _ b: Handle) -> Bool {
        a.deadline < b.deadline || (a.deadline == b.deadline && a.stamp < b.stamp)
    }
}

private let noop: () -> Void = {}

/// A callback implemented by the host (the VM's `call_soon(fn, *args)`): it runs itself and
/// formats its label only when asked — by the trace, a repr or an error log — as CPython
/// formats `_format_callback_source` at repr time, so scheduling one costs no string work.
public protocol HostCallback: AnyObject {
    func run()
    /// `fn(args) at file:line`.
    var label: String { get }
}

/// A future's done callback (CPython keeps `(fn, context)` pairs). One word plus a tag: a
/// task's wake-up (the common case) needs no allocation; anything else is a shared record.
public enum FutureCallback {
    case wakeup(Task)
    case record(CallbackRecord)

    public init(key: AnyObject?, label: String, _ fn: @escaping (Future) -> Void) {
        self = .record(CallbackRecord(key: key, label: label, fn))
    }

    init(wakeup task: Task) { self = .wakeup(task) }

    /// Identity used by `remove_done_callback` (the VM passes its function object).
    public var key: AnyObject? {
        switch self {
        case .wakeup(let t): return t
        case .record(let r): return r.key
        }
    }

    /// How the callback appears in reprs: `on_done() at f.py:14`, `Task.task_wakeup()`.
    public var label: String {
        switch self {
        case .wakeup: return "Task.task_wakeup()"
        case .record(let r): return r.label
        }
    }
}

/// A non-wake-up done callback.
public final class CallbackRecord {
    public let key: AnyObject?
    public let label: String
    let fn: (Future) -> Void
    init(key: AnyObject?, label: String, _ fn: @escaping (Future) -> Void) {
        self.key = key
        self.label = label
        self.fn = fn
    }
}
