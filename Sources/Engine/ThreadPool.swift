/// What a function run on a worker thread did, in order: CPU work (needs the GIL) or blocking
/// (sleeps, I/O; releases the GIL). The VM measures these on the thread's own clock.
public enum ThreadSegment: Equatable {
    case cpu(Int64)
    case blocking(Int64)
}

/// The loop's thread pools — the default `ThreadPoolExecutor` (8 workers) and those the
/// program created with their own `max_workers` — as a processor-sharing simulation of the
/// GIL: threads in a CPU segment share one GIL equally whatever their pool (CPython switches
/// every 5 ms, so k CPU-bound threads each progress at 1/k), blocking segments overlap
/// freely, calls beyond a pool's worker count wait FIFO for a free worker of that pool. Completion times are not fixed at
/// submission — a later CPU-bound call slows the running ones — so the simulation is advanced
/// lazily to the loop's clock, and the loop asks it for the next completion when idle.
/// (The main thread's own CPU time does not compete for the GIL in this model.)
struct ThreadPoolSim {
    struct Job {
        var segments: [ThreadSegment]
        var index = 0
        var left: Int64
        let seq: Int
        let fut: Future
        let outcome: Outcome
        /// Index of the job's executor in `pools`.
        let pool: Int

        var isCPU: Bool {
            if case .cpu = segments[index] { return true }
            return false
        }

        static func length(_ s: ThreadSegment) -> Int64 {
            switch s {
            case .cpu(let n), .blocking(let n): return max(0, n)
            }
        }
    }

    /// Each executor: its identity (nil for the loop's default executor, index 0), its
    /// `max_workers` and how many of its workers are busy.
    var pools: [(owner: ExecutorPool?, workers: Int, busy: Int)]
    var time: Int64 = 0
    var active: [Job] = []
    var waiting: [Job] = []
    /// Completed calls not yet delivered to the loop: (time, seq, future, outcome).
    var finished: [(end: Int64, seq: Int, fut: Future, outcome: Outcome)] = []

    init(workers: Int) { pools = [(nil, workers, 0)] }

    var isIdle: Bool { active.isEmpty && waiting.isEmpty }

    /// The index of `pool` (nil: the default executor), registered at its first call.
    mutating func index(of pool: ExecutorPool?) -> Int {
        guard let p = pool else { return 0 }
        if let i = pools.firstIndex(where: { $0.owner === p }) { return i }
        pools.append((p, p.maxWorkers, 0))
        return pools.count - 1
    }

    mutating func submit(_ segments: [ThreadSegment], seq: Int, fut: Future, outcome: Outcome, at now: Int64,
                         pool: ExecutorPool? = nil) {
        advance(to: now)
        let p = index(of: pool)
        let segs = segments.isEmpty ? [ThreadSegment.blocking(0)] : segments
        let job = Job(segments: segs, left: Job.length(segs[0]), seq: seq, fut: fut, outcome: outcome, pool: p)
        if pools[p].busy < pools[p].workers { start(job) } else { waiting.append(job) }
    }

    private mutating func start(_ job: Job) {
        var j = job
        // Zero-length segments finish at once.
        while j.left == 0 {
            j.index += 1
            if j.index == j.segments.count {
                finished.append((time, j.seq, j.fut, j.outcome))
                startWaiting(pool: j.pool)
                return
            }
            j.left = Job.length(j.segments[j.index])
        }
        pools[j.pool].busy += 1
        active.append(j)
    }

    /// A worker of `pool` became free: it takes the pool's oldest queued call.
    private mutating func startWaiting(pool: Int) {
        if let i = waiting.firstIndex(where: { $0.pool == pool }) { start(waiting.remove(at: i)) }
    }

    /// Runs the simulation up to `t`, collecting completions in `finished`.
    mutating func advance(to t: Int64) {
        while !active.isEmpty && time < t {
            let k = Int64(active.reduce(0) { $0 + ($1.isCPU ? 1 : 0) })
            var step = Int64.max
            for j in active {
                let need = j.isCPU ? j.left * k : j.left
                if need < step { step = need }
            }
            let dt = min(step, t - time)
            for i in active.indices {
                if active[i].isCPU {
                    active[i].left -= dt == step && active[i].left * k == step ? active[i].left : dt / k
                } else {
                    active[i].left -= dt
                }
            }
            time += dt
            if dt < step { break }
            // Segment boundaries reached at `time`.
            var still: [Job] = []
            var freed: [Int] = []
            for var j in active {
                if j.left > 0 { still.append(j); continue }
                j.index += 1
                while j.index < j.segments.count && Job.length(j.segments[j.index]) == 0 { j.index += 1 }
                if j.index == j.segments.count {
                    finished.append((time, j.seq, j.fut, j.outcome))
                    pools[j.pool].busy -= 1
                    freed.append(j.pool)
                } else {
                    j.left = Job.length(j.segments[j.index])
                    still.append(j)
                }
            }
            active = still
            for p in freed { startWaiting(pool: p) }
        }
        if time < t { time = t }
    }

    /// When the next call would complete if nothing else were submitted.
    func nextCompletion() -> Int64? {
        if let f = finished.first { return f.end }
        if isIdle { return nil }
        var copy = self
        while copy.finished.isEmpty && !copy.isIdle { copy.advanceToNextBoundary() }
        return copy.finished.first?.end
    }

    /// When the last call of `pool` would complete if nothing else were submitted (what
    /// `executor.shutdown(wait=True)` waits for); nil if it has nothing running.
    func drainTime(of pool: ExecutorPool) -> Int64? {
        guard let p = pools.firstIndex(where: { $0.owner === pool }) else { return nil }
        func busy(_ s: ThreadPoolSim) -> Bool {
            s.active.contains { $0.pool == p } || s.waiting.contains { $0.pool == p }
        }
        if !busy(self) { return nil }
        var copy = self
        while busy(copy) { copy.advanceToNextBoundary() }
        return copy.time
    }

    /// Jumps to the next segment boundary of a running call.
    private mutating func advanceToNextBoundary() {
        let k = Int64(active.reduce(0) { $0 + ($1.isCPU ? 1 : 0) })
        var step = Int64.max
        for j in active { step = min(step, j.isCPU ? j.left * k : j.left) }
        advance(to: time + step)
    }
}
