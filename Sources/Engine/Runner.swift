/// How `asyncio.run()` ended.
public enum RunOutcome {
    /// `main` returned this value.
    case returned(EngineValue)
    /// `main` raised (or was cancelled: a CancelledError); shutdown has run.
    case raised(EngineError)
    /// The loop could not make progress: who waits on what. No shutdown was attempted.
    case deadlock(DeadlockReport)
    /// The next timer lies beyond the virtual-time horizon.
    case horizon(DeadlockReport)
    /// KeyboardInterrupt/SystemExit escaped a task.
    case fatal(EngineError)
}

/// `asyncio.run(main)` (asyncio-semantics §18) on a fresh loop of `runtime`:
/// create the main task (Task-N), run until it is done, then shut down — cancel the tasks
/// still pending (creation order, where CPython iterates a set) and run them to completion
/// through `gather(*to_cancel, return_exceptions=True)`, log those that ended with an
/// exception, run `shutdown_asyncgens()` and `shutdown_default_executor()` as tasks (each
/// consumes a Task-N number, as in CPython), and close the loop.
///
/// `configure` runs on the new loop before anything is scheduled (install an instrument,
/// set the horizon).
public func asyncioRun(_ main: Coroutine, runtime: AsyncioRuntime,
                       configure: (EventLoop) -> Void = { _ in }) -> RunOutcome {
    if runtime.runningLoop != nil {
        main.close()
        return .raised(.runtime("asyncio.run() cannot be called from a running event loop"))
    }
    let loop = EventLoop(runtime: runtime)
    configure(loop)
    let task = loop.createTask(main)
    let previousMain = runtime.mainTask, previousCount = runtime.interruptCount
    runtime.mainTask = task
    runtime.interruptCount = 0
    defer {
        runtime.mainTask = previousMain
        runtime.interruptCount = previousCount
    }
    let outcome: RunOutcome
    switch loop.runUntilComplete(.future(task)) {
    case .finished(.value(let v)): outcome = .returned(v)
    case .finished(.error(let e)):
        if e.isCancellation && runtime.interruptCount > 0 && task.uncancel() == 0 {
            outcome = .raised(.keyboardInterrupt())
        } else {
            outcome = .raised(e)
        }
    case .aborted(.deadlock(let r)): loop.close(); return .deadlock(r)
    case .aborted(.horizon(let r)): loop.close(); return .horizon(r)
    case .aborted(.fatal(let e)): outcome = .fatal(e)
    case .aborted(.stopped): outcome = .raised(.runtime("Event loop stopped before Future completed."))
    }
    if let problem = loop.shutdown() { return problem }
    return outcome
}

extension EventLoop {
    /// `Runner.close()`: cancel leftovers, shut down async generators and the executor, close.
    /// Returns a deadlock/horizon outcome if the shutdown itself cannot finish.
    func shutdown() -> RunOutcome? {
        defer { _ = close() }
        if let problem = cancelAllTasks() { return problem }
        if let problem = abortOutcome(runUntilComplete(.coroutine(
            ShutdownAsyncgens(self)))) { return problem }
        if let problem = abortOutcome(runUntilComplete(.coroutine(
            ShutdownDefaultExecutor(self)))) { return problem }
        return nil
    }

    /// `runners._cancel_all_tasks`. Its list of tasks and the gathering future die when it
    /// returns — with them the cancelled tasks nothing else holds, before the async
    /// generators are shut down.
    private func cancelAllTasks() -> RunOutcome? {
        let toCancel = allTasks()
        if toCancel.isEmpty { return nil }
        for t in toCancel { t.cancel() }
        let g = gather(toCancel.map { .future($0) }, returnExceptions: true)
        if let problem = abortOutcome(runUntilComplete(.future(g))) { return problem }
        for t in toCancel where !t.isCancelled {
            if case .success(let e?) = t.exception() {
                log(LoopLog(message: "unhandled exception during asyncio.run() shutdown",
                            exception: e, fields: [("task", t.repr)]))
            }
        }
        return nil
    }

    private func abortOutcome(_ r: RunResult) -> RunOutcome? {
        switch r {
        case .finished: return nil
        case .aborted(.deadlock(let d)): return .deadlock(d)
        case .aborted(.horizon(let d)): return .horizon(d)
        case .aborted(.fatal(let e)): return .fatal(e)
        case .aborted(.stopped): return nil
        }
    }
}

/// `BaseEventLoop.shutdown_default_executor()`: nothing to do without an executor; otherwise
/// a helper thread joins the pool and resolves a future with `call_soon_threadsafe` (two
/// more loop passes, as in CPython). The join itself takes no virtual time.
final class ShutdownDefaultExecutor: NativeCoroutine {
    let loop: EventLoop
    init(_ loop: EventLoop) {
        self.loop = loop
        super.init(qualname: "BaseEventLoop.shutdown_default_executor")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1 { return outcomeStep(input) }
        if !loop.executor.used { return .returned(.none) }
        let fut = loop.createFuture(purpose: .executor)
        loop.completeFromThread(fut, .value(.none))
        pc = 1
        return awaitFuture(fut)
    }
}
