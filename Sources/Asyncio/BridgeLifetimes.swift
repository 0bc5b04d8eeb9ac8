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

    /// Interpreter exit: tasks still pending die with their coroutines (the coroutine is closed
    /// first, running its `finally`, then the task logs "Task was destroyed but it is pending!").
    func destroyPendingTasks() {
        let tasks = tasksEver
        tasksEver.removeAll()
        for t in tasks where !t.isDone {
            t.coro.close()
            if let log = t.destroyedPendingLog() { printLog(log) }
        }
        vm.flush()
    }
}
