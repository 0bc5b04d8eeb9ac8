/// Why `runForever` returned.
public enum LoopExit {
    /// `stop()` was called (the normal way out).
    case stopped
    /// Nothing ready, no timer that can fire: CPython would hang forever.
    case deadlock(DeadlockReport)
    /// The next timer lies beyond `horizon` (`--max-virtual-time`).
    case horizon(DeadlockReport)
    /// A KeyboardInterrupt/SystemExit escaped a task step.
    case fatal(EngineError)
}

/// An entry of the ready queue. A task's plain `__step()` (first step, after a bare yield)
/// is its own case so that the hottest path allocates no Handle: such handles are internal
/// in CPython too (nothing can cancel them).
enum ReadyItem {
    case step(Task)
    case handle(Handle)
}

extension EventLoop {
    /// One iteration of the loop, exactly as `BaseEventLoop._run_once` (asyncio-semantics §2):
    ///
    /// 1. purge cancelled timers (rebuild when > 100 timers and > 50 % cancelled, else pop
    ///    cancelled ones off the top only);
    /// 2. if nothing is ready (and not stopping), jump the clock to the top timer's
    ///    deadline — this is the only place virtual time moves by itself; with no timer
    ///    that can fire, stop with a deadlock report;
    /// 3. I/O poll: completions of modelled threads reached by now are queued
    ///    (`call_soon_threadsafe`), then `_read_from_self` if the self-pipe was written;
    /// 4. move every timer with `deadline <= now` to `ready`, in heap order (cancelled ones
    ///    too: they are skipped when popped);
    /// 5. run exactly the `n` handles that are ready now; handles queued meanwhile wait for
    ///    the next pass.
    ///
    /// Returns nil to continue, or why the loop must stop.
    func runOnce() -> LoopExit? {
        // 1.
        let count = timers.count
        if count > 100 && timerCancelledCount * 2 > count {
            timers.purgeCancelled()
            timerCancelledCount = 0
        } else {
            while let top = timers.top, top.cancelled {
                timerCancelledCount -= 1
                _ = timers.pop()
                top.scheduled = false
            }
        }
        // 2.
        if ready.isEmpty && !stopping {
            var next = timers.topDeadline ?? Int64.max
            if let e = nextExecutorEvent, e < next { next = e }
            if next == Int64.max {
                let report = deadlockReport(sleepsForever: !timers.isEmpty)
                if tracing { emit(.deadlock(report), task: nil) }
                return .deadlock(report)
            }
            if next > now {
                if next > horizon { return .horizon(deadlockReport(sleepsForever: true)) }
                if tracing { emit(.clockAdvanced(from: now, to: next), task: nil) }
                now = next
            }
        }
        pass += 1
        runtime.totalPasses += 1
        // 3.
        if !executor.pending.isEmpty || !threadPool.isIdle || !threadPool.finished.isEmpty { pollExecutor() }
        if selfPipeWritten { readFromSelf() }
        // 4.
        while let d = timers.topDeadline, d <= now {
            let top = timers.pop()
            top.scheduled = false
            ready.append(.handle(top))
            if tracing { emit(.timerDue(timer: top.id), task: nil) }
        }
        // 5. `heldItem` is CPython's `handle` variable: the handle just run (and what it alone
        // keeps alive — a finished task, a callback's arguments) lives until the next
        // `handle = self._ready.popleft()` or the pass's final `handle = None`.
        var n = ready.count
        defer {
            releaseSite = .endOfPass
            heldItem = nil
            releaseSite = .none
        }
        while n > 0 {
            n -= 1
            let start = now
            let item = ready.removeFirst()
            releaseSite = .nextHandle
            heldItem = item
            releaseSite = .none
            switch item {
            case .step(let task):
                task.step(nil)
            case .handle(let h):
                if h.cancelled {
                    if tracing { emit(.handleSkipped(handle: h.id), task: nil) }
                    continue
                }
                run(h)
            }
            if now - start >= slowCallbackDuration { recordSlow(item, start: start) }
            if let f = fatal {
                // Propagates out of run_forever now; the rest of this pass stays in `ready`
                // (it runs when the loop is run again, e.g. by asyncio.run's shutdown).
                fatal = nil
                return .fatal(f)
            }
        }
        return nil
    }

    @inline(__always)
    func run(_ h: Handle) {
        // A timer that ran is no longer "cancellable" in any observable way: a later
        // `cancel()` (sleep's `finally`) neither counts nor shows up in the trace.
        if h.isTimer { h.loop = nil } else if tracing { h.loop = nil }
        switch h.action {
        case .step(let task, let exc):
            task.step(exc)
        case .wakeup(let task, let fut):
            task.wakeup(fut)
        case .doneCallback(let cb, let fut):
            if tracing { emit(.callbackRun(handle: h.id, label: cb.label)) }
            cb.fn(fut)
        case .sleepDone(let sleep):
            if tracing { emit(.timerFired(timer: h.id)) }
            sleep.timerFired()
        case .call(let fn):
            if tracing {
                emit(h.isTimer ? .timerFired(timer: h.id) : .callbackRun(handle: h.id, label: h.label))
            }
            fn()
        case .host(let cb):
            if tracing {
                emit(h.isTimer ? .timerFired(timer: h.id) : .callbackRun(handle: h.id, label: h.label))
            }
            cb.run()
        }
    }

    /// `loop.run_forever()`: passes until `stop()` was called during one. Check
    /// `cannotRunError` first (a VM calling it from a running loop gets CPython's error).
    public func runForever() -> LoopExit {
        precondition(state == .idle, "This event loop is already running / closed")
        state = .running
        let previous = runtime.runningLoop
        runtime.runningLoop = self
        if tracing { emit(.loopStart(snapshot()), task: nil) }
        defer {
            stopping = false
            state = .idle
            runtime.runningLoop = previous
            if tracing { emit(.loopStop, task: nil) }
        }
        while true {
            if let exit = runOnce() { return exit }
            if stopping { return .stopped }
        }
    }

    /// The result of `run_until_complete`.
    public enum RunResult {
        /// The future finished: its `result()`.
        case finished(Outcome)
        /// The loop stopped for another reason (deadlock, horizon, fatal error).
        case aborted(LoopExit)
    }

    /// The RuntimeError CPython raises when this loop cannot be run now (closed, already
    /// running, or another loop is running in this thread).
    public var cannotRunError: EngineError? {
        if state == .closed { return .runtime("Event loop is closed") }
        if state == .running { return .runtime("This event loop is already running") }
        if runtime.runningLoop != nil {
            return .runtime("Cannot run the event loop while another loop is running")
        }
        return nil
    }

    /// `loop.run_until_complete(aw)`.
    public func runUntilComplete(_ aw: Awaitable) -> RunResult {
        if let e = cannotRunError { return .finished(.error(e)) }
        let fut = ensureFuture(aw)
        let key = RunUntilCompleteKey()
        fut.addDoneCallback(FutureCallback(key: key, label: "_run_until_complete_cb() at <stdlib>/asyncio/base_events.py:180") { f in
            if !f.isCancelled, case .success(let e?) = f.exception(), e.isExit { return }
            f.loop.stop()
        })
        let exit = runForever()
        fut.removeDoneCallback(key: key)
        guard case .stopped = exit else { return .aborted(exit) }
        if !fut.isDone {
            return .finished(.error(.runtime("Event loop stopped before Future completed.")))
        }
        return .finished(fut.result())
    }

    /// The two statements of `loop.close()` that drop what is queued: what dies there (a
    /// task only the ready queue held) dies at one of them.
    public enum CloseStep { case clearReady, clearScheduled }

    /// `loop.close()`: drop whatever is still queued, without running it. `around` runs each
    /// drop, so a host can say where the objects dying in it die.
    @discardableResult
    public func close(around: ((CloseStep, () -> Void) -> Void)? = nil) -> EngineError? {
        if state == .running { return .runtime("Cannot close a running event loop") }
        if state == .closed { return nil }
        state = .closed
        if let around {
            around(.clearReady) { ready.removeAll() }
            around(.clearScheduled) { timers.removeAll() }
        } else {
            ready.removeAll()
            timers.removeAll()
        }
        if tracing { emit(.loopClosed, task: nil) }
        return nil
    }

    /// A handle held the loop ≥ 0.1 s: record it with the tasks it kept waiting, and log it
    /// as asyncio's debug mode does (`Executing <Task …> took 0.200 seconds`).
    @inline(never)
    func recordSlow(_ item: ReadyItem, start: Int64) {
        var task: Task?
        var label = "Task.__step"
        switch item {
        case .step(let t): task = t
        case .handle(let h):
            label = h.label
            switch h.action {
            case .step(let t, _), .wakeup(let t, _): task = t
            default: break
            }
        }
        var waiting: [TaskSnapshot] = []
        ready.forEach { r in
            var t: Task?
            switch r {
            case .step(let s): t = s
            case .handle(let h):
                switch h.action {
                case .step(let s, _), .wakeup(let s, _): t = s
                default: break
                }
            }
            if let t = t, t !== task { waiting.append(t.snapshot) }
        }
        let s = SlowCallback(task: task?.snapshot, label: label, start: start,
                             duration: now - start, keptWaiting: waiting)
        slowCallbacks.append(s)
        if tracing { emit(.slowCallback(s), task: task?.id) }
        if debug {
            let what = task?.repr ?? "<Handle \(label)>"
            let secs = Double(now - start) / 1e9
            log(LoopLog(message: "Executing \(what) took \(formatFixed3(secs)) seconds", exception: nil, fields: []))
        }
    }

    func deadlockReport(sleepsForever: Bool) -> DeadlockReport {
        DeadlockReport(waiters: allTasks().map { t in
            DeadlockReport.Waiter(task: t.snapshot, waitsOn: t.futWaiter?.purpose,
                                  futureID: t.futWaiter?.id)
        }, sleepsForever: sleepsForever)
    }
}

private final class RunUntilCompleteKey {}

extension EventLoop {
    /// One pass outside `run_forever` (benchmarks and tests).
    public func runOnceForBenchmark() -> LoopExit? {
        let previous = runtime.runningLoop
        runtime.runningLoop = self
        defer { runtime.runningLoop = previous }
        return runOnce()
    }
}
