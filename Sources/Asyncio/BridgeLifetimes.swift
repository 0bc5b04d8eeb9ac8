import Engine
import VM

/// The lifetime messages of asyncio's finalizers: "Task was destroyed but it is pending!" and
/// "… exception was never retrieved", for the futures Python saw.
///
/// The bridge holds those futures only unowned (CPython's loop keeps tasks in a WeakSet), so
/// a future dies with its last reference — a task dropped from the ready queue of a closed
/// loop, a finished task nobody refers to — and its `deinit` reports here, where CPython's
/// finalizer logs. What is still alive at the end of an `asyncio.run` with an unretrieved
/// exception is logged then (the run drops its loop); tasks still pending at interpreter exit
/// (kept alive by reference cycles, which CPython's collector frees last) are logged then.
extension AsyncioBridge {
    /// Remembers a future for the lifetime messages (once per future).
    func track(_ f: Future) {
        if f.hostTracked { return }
        if tracked.count >= trackedCompactAt { compactTracked() }
        f.hostSlot = Int32(tracked.count)
        tracked.append(.passUnretained(f))
        trackedLive += 1
        if let g = f as? GatheringFuture { for c in g.children { track(c) } }
    }

    /// Drops the slots of dead futures (order kept); amortised by doubling the threshold.
    private func compactTracked() {
        var live = ContiguousArray<Unmanaged<Future>?>()
        live.reserveCapacity(trackedLive * 2)
        for case let u? in tracked {
            u._withUnsafeGuaranteedRef { $0.hostSlot = Int32(live.count) }
            live.append(u)
        }
        tracked = live
        trackedCompactAt = max(1024, trackedLive * 2)
    }

    /// The tracked futures still alive, in the order Python saw them (strong references:
    /// nothing dies while the caller works on them).
    func trackedSurvivors() -> [Future] {
        tracked.compactMap { $0?.takeUnretainedValue() }
    }

    /// A tracked future is dying (`AsyncioRuntime.futureDied`, from its `deinit`).
    func futureDied(_ f: Future) {
        let i = Int(f.hostSlot)
        guard i < tracked.count, let u = tracked[i], u.toOpaque() == Unmanaged.passUnretained(f).toOpaque() else { return }
        tracked[i] = nil
        trackedLive -= 1
        let logged = !loggedAtRunEnd.isEmpty && loggedAtRunEnd.remove(ObjectIdentifier(f)) != nil
        // After a looplab stop the one message is the stop's.
        if vm.stoppedByLooplab { return }
        if let t = f as? Task, let log = t.destroyedPendingLog() {
            printLog(log)
        } else if !logged, let log = f.neverRetrievedLog() {
            printLog(log)
        }
    }

    /// "Task exception was never retrieved" at the end of an `asyncio.run`, for the futures
    /// still alive then with an exception nobody looked at (logged once).
    func reportNeverRetrieved() {
        for f in trackedSurvivors() {
            guard let log = f.neverRetrievedLog() else { continue }
            loggedAtRunEnd.insert(ObjectIdentifier(f))
            printLog(log)
        }
    }

    /// Where an object dying in the event loop, outside any Python frame, dies: in
    /// `Handle._run` (the loop's library frame) unless `_run_once` is dropping the handle it
    /// ran — a finished task only that handle held, a callback's arguments.
    func loopReleaseSite() -> Frame? {
        let site: LibraryFrame
        switch runtime.runningLoop?.releaseSite {
        case .nextHandle?: site = .runOnceNextHandle
        case .endOfPass?: site = .runOnceEnd
        default: return nil
        }
        if let f = librarySites[site] { return f }
        let f = vm.libraryFrame(libraryCode(site))
        librarySites[site] = f
        return f
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
        let survivors = trackedSurvivors()
        for f in survivors { f.hostSlot = -1 }
        tracked.removeAll()
        trackedLive = 0
        let tasks = survivors.compactMap { $0 as? Task }
        collectCycles()
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
