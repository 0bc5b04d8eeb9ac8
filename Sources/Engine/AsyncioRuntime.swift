/// Process-wide asyncio state shared by every loop of one program run: the `Task-N` counter
/// (one per process in CPython; `asyncio.run` creates a new loop but keeps counting), the
/// running loop, and the hooks through which the VM formats its objects and receives
/// asyncio's log messages.
public final class AsyncioRuntime {
    /// The last `N` used in a `Task-N` name.
    public var taskCounter = 0
    /// `_run_once` passes over every loop of the run (compared with CPython's count in tests).
    public internal(set) var totalPasses = 0
    /// `events._get_running_loop()`.
    public var runningLoop: EventLoop?
    /// `repr()` of VM objects (results, bad yields). Without it the engine prints `<object>`.
    public var reprHook: ((AnyObject) -> String)?
    /// `reprlib.repr()` of a value (a Future's `result=`), which may need the VM's types
    /// (dicts, big ints, subclasses). Without it the engine's own `EngineValue.reprlib` serves.
    public var reprlibHook: ((EngineValue) -> String)?
    /// Receives what CPython's default exception handler would log (asyncio-semantics §19).
    /// Without it the entries are only kept in `EventLoop.logs`.
    public var logHook: ((LoopLog) -> Void)?
    /// `repr()` of VM objects for trace events: must not run Python code (a program's
    /// `__repr__` could print). Falls back to `reprHook` when unset.
    public var traceReprHook: ((AnyObject) -> String)?
    /// Every task a loop creates, also those the engine makes on its own (the task closing a
    /// dropped async generator): the VM tracks them for the lifetime messages it emits.
    public var taskCreated: ((Task) -> Void)?
    /// A future with `hostTracked` set is dying (called from its `deinit`: the future must
    /// not be kept). The host emits the messages CPython's finalizer logs.
    public var futureDied: ((Future) -> Void)?
    /// The current Python source location, asked for only while an instrument listens.
    public var locationHook: (() -> SourceLocation?)?

    public init() {}

    /// The `asyncio.run` in progress: its main task and Ctrl-C count (`Runner._on_sigint`).
    var mainTask: Task?
    var interruptCount = 0

    /// Ctrl-C, delivered by the VM at a safe point (where CPython would run the Python-level
    /// signal handler). Under `asyncio.run`, the first one cancels the main task and returns
    /// nil; otherwise — and on the second — it returns the KeyboardInterrupt to raise there.
    public func sigint() -> EngineError? {
        guard let main = mainTask else { return .keyboardInterrupt() }
        interruptCount += 1
        if interruptCount == 1 && !main.isDone {
            main.cancel()
            // `call_soon_threadsafe(lambda: None)` wakes a loop blocked in select().
            if let l = runningLoop {
                l.enqueueThreadsafe(Handle(.call({}), label: "Runner._on_sigint.<locals>.<lambda>"))
            }
            return nil
        }
        return .keyboardInterrupt()
    }

    func nextTaskNumber() -> Int {
        taskCounter += 1
        return taskCounter
    }
}

/// One `call_exception_handler(context)` call: the message and the context keys.
public struct LoopLog {
    public var message: String
    public var exception: EngineError?
    /// `future: <repr>` / `task: <repr>` / `handle: <repr>` lines, in the sorted key order.
    public var fields: [(key: String, value: String)]
}
