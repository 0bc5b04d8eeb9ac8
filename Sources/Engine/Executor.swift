/// The modelled default thread pool behind `run_in_executor(None, …)` / `to_thread`
/// (asyncio-semantics §17, DESIGN §4 "Threads"): `workers` threads (CPython's
/// `min(32, cpu_count + 4)` for the fixed virtual machine of 4 cores = 8). No real thread
/// runs: the VM executes the function at submission with its own *thread clock* (its
/// `time.sleep`s and blocking I/O advance that clock, not the loop's), then hands the engine
/// the blocking duration and the outcome. The call occupies the earliest free worker from
/// `max(now, free)` for `duration`; at the first pass whose clock reaches the end, the
/// completion (`call_soon_threadsafe(_copy_state)`) is appended to `ready` in the I/O phase —
/// before that pass's due timers — and the awaiting task resumes one pass later.
/// (CPU time serialised by the GIL is not modelled yet.)
struct ExecutorModel {
    var workerFree: [Int64]
    /// Pending completions sorted by (end, submission order).
    var pending: [(end: Int64, seq: Int, fut: Future, outcome: Outcome)] = []
    var seq = 0
    /// Whether the default executor was ever created (`run_in_executor` was called).
    var used = false

    init(workers: Int) { workerFree = Array(repeating: 0, count: workers) }

    var nextEnd: Int64? { pending.first?.end }
}

extension EventLoop {
    /// `loop.run_in_executor(None, fn)` after the VM ran `fn` for `duration` virtual ns on its
    /// thread clock with this outcome. Returns the asyncio future to await.
    public func runInExecutor(duration: Int64, outcome: Outcome) -> Future {
        executor.used = true
        return submit(duration: duration, outcome: outcome, processPool: false)
    }

    /// `loop.run_in_executor(ProcessPoolExecutor(), fn)`: the same model on the 4 virtual
    /// cores — CPU time runs in parallel (DESIGN §4 "Threads").
    public func runInProcessPool(duration: Int64, outcome: Outcome) -> Future {
        submit(duration: duration, outcome: outcome, processPool: true)
    }

    func submit(duration: Int64, outcome: Outcome, processPool: Bool) -> Future {
        let fut = createFuture(purpose: .executor)
        var workers = processPool ? processPoolFree : executor.workerFree
        var worker = 0
        for i in 1..<workers.count where workers[i] < workers[worker] { worker = i }
        let start = max(now, workers[worker])
        let end = start + max(0, duration)
        workers[worker] = end
        if processPool { processPoolFree = workers } else { executor.workerFree = workers }
        executor.seq += 1
        let entry = (end: end, seq: executor.seq, fut: fut, outcome: outcome)
        let i = executor.pending.firstIndex { $0.end > end } ?? executor.pending.count
        executor.pending.insert(entry, at: i)
        if tracing { emit(.threadSubmitted(future: fut.id, worker: worker, start: start, end: end)) }
        return fut
    }

    /// A completion delivered by `call_soon_threadsafe` from a helper thread that finishes at
    /// once (used by `shutdown_default_executor`).
    func completeFromThread(_ fut: Future, _ outcome: Outcome) {
        executor.seq += 1
        let i = executor.pending.firstIndex { $0.end > now } ?? executor.pending.count
        executor.pending.insert((end: now, seq: executor.seq, fut: fut, outcome: outcome), at: i)
    }

    /// Step 3 of a pass: completions whose end has been reached join `ready`.
    func pollExecutor() {
        while let e = executor.pending.first, e.end <= now {
            executor.pending.removeFirst()
            let fut = e.fut, outcome = e.outcome
            if tracing { emit(.threadCompleted(future: fut.id), task: nil) }
            enqueue(Handle(.call({
                if fut.isCancelled { return }
                switch outcome {
                case .value(let v): fut.setResult(v)
                case .error(let err): fut.setException(err)
                }
            }), label: "_chain_future.<locals>._call_set_state"))
        }
    }
}
