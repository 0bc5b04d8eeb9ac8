/// One scheduling fact (DESIGN §4 "Trace events"). A value type holding ids and snapshots
/// only — never a reference that would keep a Python object alive.
///
/// The loop state (ready queue, timers, waiting tasks) at any event is reconstructible from
/// the events alone: `loopStart` carries the full `LoopSnapshot`, and every later change to
/// it is an event (`scheduled` appends to the ready queue; `stepStart`, `callbackRun`,
/// `timerFired` and `handleSkipped` pop its front; `timerScheduled`/`timerDue`/
/// `timerCancelled` and `handleCancelled` track timers and handles; `taskCreated`,
/// `suspended`, `stepStart` and `taskDone` track what each task waits on; `loopClosed` drops
/// whatever is still queued). docs/trace-format.md describes the replay.
public struct TraceEvent {
    /// 1, 2, 3 … in emission order, per loop.
    public var seq: Int
    /// Virtual time in nanoseconds.
    public var time: Int64
    /// The loop pass (`_run_once` iteration) number; 0 before the first pass.
    public var pass: Int
    /// The task the event is about, or the running task (nil: the loop itself).
    public var task: Int?
    public var kind: Kind
    /// The Python source line running when the event happened (from
    /// `AsyncioRuntime.locationHook`; nil outside Python code or without a VM).
    public var location: SourceLocation?

    public init(seq: Int, time: Int64, pass: Int, task: Int?, kind: Kind, location: SourceLocation?) {
        self.seq = seq
        self.time = time
        self.pass = pass
        self.task = task
        self.kind = kind
        self.location = location
    }

    public enum Kind {
        /// `run_forever` begins, with the state it begins from (what an earlier
        /// `run_until_complete` left queued, or the main task's first step).
        case loopStart(LoopSnapshot)
        case loopStop
        /// `loop.close()`: the ready queue and the timers are dropped without running.
        case loopClosed
        /// A task was created by `creator` (nil: outside any task).
        case taskCreated(TaskSnapshot, creator: Int?)
        /// A task step begins.
        case stepStart(cause: ResumeCause)
        /// The step ended with the task suspended.
        case suspended(on: WaitTarget)
        /// The task finished.
        case taskDone(TaskOutcome)
        case timerScheduled(timer: Int, due: Int64, label: String)
        case timerFired(timer: Int)
        case timerCancelled(timer: Int)
        /// A due timer moved from the heap to the end of the ready queue (step 4 of a pass).
        case timerDue(timer: Int)
        /// A plain (`call_soon`) handle was cancelled while queued.
        case handleCancelled(handle: Int)
        /// A cancelled handle reached the front of the ready queue and was dropped unrun.
        case handleSkipped(handle: Int)
        /// A non-task handle ran (`call_soon` callback, done callback, timer callback).
        case callbackRun(handle: Int, label: String)
        case clockAdvanced(from: Int64, to: Int64)
        /// `task.cancel(msg)` was called (by the running task, if any).
        case cancelRequested(target: Int, by: Int?, message: String?)
        /// A blocking call held the loop (`time.sleep`, blocking I/O, CPU cost).
        case blockingCall(what: String, duration: Int64)
        /// The loop cannot make progress.
        case deadlock(DeadlockReport)
        /// `run_in_executor`/`to_thread`: a call runs on a modelled worker from `start` to `end`.
        case threadSubmitted(future: Int, worker: Int, start: Int64, end: Int64)
        /// Its completion reached the loop (I/O phase of the pass).
        case threadCompleted(future: Int)
        /// One handle held the loop for `duration` ns (≥ `slowCallbackDuration`).
        case slowCallback(SlowCallback)
        /// Something was appended to the ready queue (makes the queue reconstructible).
        case scheduled(ReadyEntry)
        /// A line the program printed (emitted by the VM through `EventLoop.trace`).
        case output(stream: Int, text: String)
        /// An exception was raised / caught in Python code (VM-emitted).
        case exceptionRaised(type: String, message: String)
        case exceptionCaught(type: String)
        /// A warning or asyncio log message.
        case warning(String)
    }
}

/// file:line:column of Python source.
public struct SourceLocation: Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// An entry of the ready queue, as the trace describes it.
public enum ReadyEntry: Equatable {
    /// A task's `__step` (first step, after a bare yield, or throwing an exception in).
    case taskStep(task: Int)
    /// A task's `__wakeup` by the future it awaited.
    case taskWakeup(task: Int, future: Int)
    /// Any other handle: `handle` is the timer id for timers; plain handles are numbered
    /// -1, -2, … while an instrument listens (0 when queued before one was installed).
    case callback(handle: Int, label: String)
}

/// A task's identity at a moment.
public struct TaskSnapshot: Equatable {
    public var id: Int
    public var name: String
    /// The coroutine's qualname.
    public var coroutine: String
}

/// Why a task step runs.
public enum ResumeCause: Equatable {
    /// The first step.
    case start
    /// It yielded bare (`sleep(0)`) one pass earlier.
    case yieldedBare
    /// The future it awaited completed (by id, and what it was).
    case wakeup(future: Int, purpose: WaitPurpose)
    /// A CancelledError is thrown in.
    case cancelled
    /// Another exception is thrown in (a failed awaited future, or a RuntimeError from a bad yield).
    case exception(String)
}

/// What a suspended task waits on.
public enum WaitTarget: Equatable {
    /// One pass (bare yield).
    case nextPass
    /// A future, with what it represents.
    case future(id: Int, purpose: WaitPurpose)
}

/// What a future stands for — set by the construct that creates it, for trace and deadlock text.
public enum WaitPurpose: Equatable {
    case plain
    /// A task (its name is in the `taskCreated` event and in `TaskSnapshot`s).
    case task(id: Int)
    /// `sleep(d)`: due at this virtual time (nil = never).
    case sleep(until: Int64?)
    case gather(children: [Int])
    case shield(inner: Int)
    case wait
    case waitFor
    case queueGet, queuePut, queueJoin
    case lock, event, semaphore, condition
    case taskGroup
    case executor
}

/// How a task ended.
public enum TaskOutcome: Equatable {
    case result(String)
    case exception(String)
    case cancelled
}

/// A handle that held the loop for ≥ 0.1 s (asyncio debug mode's slow-callback rule).
public struct SlowCallback: Equatable {
    /// The task whose step it was (nil: a plain callback).
    public var task: TaskSnapshot?
    /// The handle's label for plain callbacks.
    public var label: String
    public var start: Int64
    public var duration: Int64
    /// Tasks that were ready to run (or became due) and had to wait meanwhile.
    public var keptWaiting: [TaskSnapshot]
}

/// Who waits on what when nothing can run (the presentation layer formats it).
public struct DeadlockReport: Equatable {
    public struct Waiter: Equatable {
        public var task: TaskSnapshot
        /// nil when the task is pending without a waiter (cannot happen in a true deadlock).
        public var waitsOn: WaitPurpose?
        public var futureID: Int?
    }
    /// Pending tasks in creation order.
    public var waiters: [Waiter]
    /// True when timers exist but none can ever fire (`sleep(inf)`): "sleeps forever".
    public var sleepsForever: Bool
}
