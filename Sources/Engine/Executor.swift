/// Executors (asyncio-semantics §17, DESIGN §4 "Threads"). No real thread runs: the VM
/// executes the function at submission with its own *thread clock* (its `time.sleep`s and
/// blocking I/O advance that clock, not the loop's; CPU cost when the CPU model is on) and
/// hands the engine the segments and the outcome. The default thread pool (8 workers =
/// CPython's `min(32, cpu_count + 4)` on the fixed 4-core virtual machine) shares the GIL
/// among CPU segments (ThreadPool.swift); a ProcessPoolExecutor runs on 4 virtual cores in
/// parallel. A completion (`call_soon_threadsafe(_call_set_state)`) is appended to `ready`
/// when the loop's clock reaches it: during a blocking call of the loop's thread at once,
/// otherwise in the I/O phase of the first pass whose clock reaches it — before that pass's
/// due timers; the awaiting task resumes one pass later (SelfPipe.swift).
struct ExecutorModel {
    /// Pending completions sorted by (end, submission order).
    var pending: [(end: Int64, seq: Int, fut: Future, outcome: Outcome)] = []
    var seq = 0
    /// Whether the default executor was ever created (`run_in_executor` was called).
    var used = false

    var nextEnd: Int64? { pending.first?.end }
}

/// A `concurrent.futures.ThreadPoolExecutor` / `ProcessPoolExecutor` the program created:
/// calls beyond its `max_workers` wait for one of its workers (CPython's work queue), while
/// a thread pool's CPU segments still share the one GIL with every other thread.
public final class ExecutorPool {
    public let maxWorkers: Int
    public let isProcessPool: Bool

    public init(maxWorkers: Int, processPool: Bool) {
        self.maxWorkers = max(1, maxWorkers)
        self.isProcessPool = processPool
    }

    /// CPython 3.11's defaults on the 4-core virtual machine: `min(32, os.cpu_count() + 4)`
    /// threads, `os.cpu_count()` processes.
    public static let defaultThreadWorkers = 8
    public static let defaultProcessWorkers = 4
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
    /// `pool` is the executor passed to `run_in_executor` (nil: the loop's default one).
    public func runInExecutor(segments: [ThreadSegment], outcome: Outcome, pool: ExecutorPool? = nil) -> Future {
        // Only the default executor is the loop's to shut down (`shutdown_default_executor`).
        if pool == nil { executor.used = true }
        let fut = createFuture(purpose: .executor)
        executor.seq += 1
        threadPool.submit(segments, seq: executor.seq, fut: fut, outcome: outcome, at: now, pool: pool)
        if tracing {
            emit(.threadSubmitted(future: fut.id, worker: -1, start: now,
                                  end: threadPool.nextCompletion() ?? now))
        }
        return fut
    }

    /// `loop.run_in_executor(ProcessPoolExecutor(), fn)`: the same model on the 4 virtual
    /// cores — CPU time runs in parallel (DESIGN §4 "Threads").
    /// `pool` is the executor (nil: a default-sized one shared by such calls).
    public func runInProcessPool(duration: Int64, outcome: Outcome, pool: ExecutorPool? = nil) -> Future {
        let fut = createFuture(purpose: .executor)
        let key = pool.map(ObjectIdentifier.init)
        let p = processPools.firstIndex { $0.key == key } ?? {
            let n = pool?.maxWorkers ?? ExecutorPool.defaultProcessWorkers
            processPools.append((key, pool, [Int64](repeating: 0, count: n)))
            return processPools.count - 1
        }()
        var workers = processPools[p].free
        var worker = 0
        for w in 1..<workers.count where workers[w] < workers[worker] { worker = w }
        let start = max(now, workers[worker])
        let end = start + max(0, duration)
        workers[worker] = end
        processPools[p].free = workers
        executor.seq += 1
        let entry = (end: end, seq: executor.seq, fut: fut, outcome: outcome)
        let i = executor.pending.firstIndex { $0.end > end } ?? executor.pending.count
        executor.pending.insert(entry, at: i)
        if tracing { emit(.threadSubmitted(future: fut.id, worker: worker, start: start, end: end)) }
        return fut
    }

    /// `executor.shutdown(wait=True)` (also the end of `with executor:`): the calling thread
    /// blocks until the executor's calls have finished. Returns the virtual nanoseconds it
    /// blocked (the caller passes them to `block(nanoseconds:what:)`).
    public func shutdownWaitTime(_ pool: ExecutorPool) -> Int64 {
        let end: Int64?
        if pool.isProcessPool {
            end = processPools.first { $0.pool === pool }?.free.max()
        } else {
            threadPool.advance(to: now)
            end = threadPool.drainTime(of: pool)
        }
        return max(0, (end ?? now) - now)
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
            enqueueThreadsafe(Handle(.call({
                if fut.isCancelled { return }
                switch outcome {
                case .value(let v): fut.setResult(v)
                case .error(let err): fut.setException(err)
                }
            }), label: "_chain_future.<locals>._call_set_state"))
        }
    }
}
