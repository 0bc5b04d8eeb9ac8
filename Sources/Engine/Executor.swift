/// Executors (asyncio-semantics §17, DESIGN §4 "Threads"). No real thread runs: the VM
/// executes the function at submission with its own *thread clock* (its `time.sleep`s and
/// blocking I/O advance that clock, not the loop's; CPU cost when the CPU model is on) and
/// hands the engine the segments and the outcome. The default thread pool (8 workers =
/// CPython's `min(32, cpu_count + 4)` on the fixed 4-core virtual machine) shares the GIL
/// among CPU segments (ThreadPool.swift); a ProcessPoolExecutor runs on 4 virtual cores in
/// parallel. At the first pass whose clock reaches a completion, the completion
/// (`call_soon_threadsafe(_copy_state)`) is appended to `ready` in the I/O phase — before
/// that pass's due timers — and the awaiting task resumes one pass later.
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
        runInExecutor(segments: [.blocking(duration)], outcome: outcome)
    }

    /// `run_in_executor(None, fn)` / `to_thread(fn)` for a function whose run on its thread
    /// clock consisted of these CPU and blocking segments: CPU segments share the GIL with the
    /// other pool threads (ThreadPool.swift).
    public func runInExecutor(segments: [ThreadSegment], outcome: Outcome) -> Future {
        executor.used = true
        let fut = createFuture(purpose: .executor)
        executor.seq += 1
        threadPool.submit(segments, seq: executor.seq, fut: fut, outcome: outcome, at: now)
        if tracing {
            emit(.threadSubmitted(future: fut.id, worker: -1, start: now,
                                  end: threadPool.nextCompletion() ?? now))
        }
        return fut
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

    /// The next instant an executor completion reaches the loop.
    var nextExecutorEvent: Int64? {
        let a = executor.nextEnd, b = threadPool.nextCompletion()
        switch (a, b) {
        case (nil, nil): return nil
        case (let x?, nil): return x
        case (nil, let y?): return y
        case (let x?, let y?): return min(x, y)
        }
    }

    /// Step 3 of a pass: completions whose end has been reached join `ready`, in the order
    /// they happened.
    func pollExecutor() {
        if !threadPool.isIdle || !threadPool.finished.isEmpty {
            threadPool.advance(to: now)
            if !threadPool.finished.isEmpty {
                for f in threadPool.finished {
                    let i = executor.pending.firstIndex { ($0.end, $0.seq) > (f.end, f.seq) } ?? executor.pending.count
                    executor.pending.insert(f, at: i)
                }
                threadPool.finished.removeAll()
            }
        }
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
