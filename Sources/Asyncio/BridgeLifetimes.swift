import Engine
import VM

/// The end-of-run lifetime messages: "… exception was never retrieved" (at the end of each
/// `asyncio.run`) and "Task was destroyed but it is pending!" (at interpreter exit), for the
/// futures Python saw. CPython prints them when the object dies; here the run's end is where
/// the loop and its tasks are dropped, so stderr gets the same text.
///
/// Only futures that may still need a message are remembered: a future done without an
/// unretrieved exception never will (its flags cannot come back), so the lists are pruned of
/// those whenever they double — memory stays proportional to the futures still pending.
extension AsyncioBridge {
    /// Remembers a future for the end-of-run messages (once per future).
    func track(_ f: Future) {
        if f.hostTracked { return }
        f.hostTracked = true
        if let t = f as? Task {
            tasksEver.append(t)
            if tasksEver.count >= tasksLimit {
                tasksEver.removeAll { $0.isDone }
                tasksLimit = max(1024, tasksEver.count * 2)
            }
        }
        tracked.append(f)
        if tracked.count >= trackedLimit {
            tracked.removeAll { $0.isDone && !$0.logTraceback }
            trackedLimit = max(1024, tracked.count * 2)
        }
        if let g = f as? GatheringFuture { for c in g.children { track(c) } }
    }

    /// "Task exception was never retrieved" for the futures that end the run with an exception
    /// nobody looked at.
    func reportNeverRetrieved() {
        for f in tracked {
            if let log = f.neverRetrievedLog() {
                printLog(log)
            }
        }
        tracked.removeAll()
        trackedLimit = 1024
    }

    /// Breaks the reference cycles CPython leaves to its cycle collector (an exception that
    /// escaped `asyncio.run` and the main task), at exit where that collector runs last.
    func collectCycles() {
        let tracebacks = cyclicTracebacks
        cyclicTracebacks.removeAll()
        for tb in tracebacks {
            var t: PyTraceback? = tb
            while let x = t {
                x.keepAlive.removeAll()
                t = x.next
            }
        }
    }

    /// Interpreter exit: tasks still pending die with their coroutines. A task suspended in
    /// an await is in a reference cycle with the future it waits for; the collector closes the
    /// coroutine first (its `finally` runs), then the task logs "Task was destroyed but it is
    /// pending!". A task whose coroutine never ran is in no cycle: it dies first, then its
    /// coroutine dies unstarted ("never awaited").
    func destroyPendingTasks() {
        // After a looplab stop (deadlock, limit) the one message is the stop's: the tasks it
        // left pending are not "destroyed" in any run CPython would have.
        if vm.stoppedByLooplab { return }
        collectCycles()
        let tasks = tasksEver
        tasksEver.removeAll()
        // Those in no cycle die with the module's namespace, before the collector runs.
        for t in tasks where !t.isDone {
            if let c = t.coro as? VMCoroutine, !c.gen.isStarted {
                if let log = t.destroyedPendingLog() { printLog(log) }
                c.close()
                vm.warnNeverAwaited(c.gen.qualname)
            }
        }
        for t in tasks where !t.isDone {
            if let c = t.coro as? VMCoroutine, c.gen.frame == nil { continue }
            t.coro.close()
            if let log = t.destroyedPendingLog() { printLog(log) }
        }
        vm.flush()
    }
}
