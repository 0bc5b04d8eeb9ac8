/// What a function run on a worker thread did, in order: CPU work (needs the GIL) or blocking
/// (sleeps, I/O; releases the GIL). The VM measures these on the thread's own clock.
public enum ThreadSegment: Equatable {
    case cpu(Int64)
    case blocking(Int64)
}

/// The default `ThreadPoolExecutor` (8 workers) as a processor-sharing simulation of the GIL:
/// threads in a CPU segment share one GIL equally (CPython switches every 5 ms, so k
/// CPU-bound threads each progress at 1/k), blocking segments overlap freely, calls beyond
/// the worker count wait FIFO for a free worker. Completion times are not fixed at
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

    let workers: Int
    var time: Int64 = 0
    var active: [Job] = []
    var waiting: [Job] = []
    /// Completed calls not yet delivered to the loop: (time, seq, future, outcome).
    var finished: [(end: Int64, seq: Int, fut: Future, outcome: Outcome)] = []

    init(workers: Int) { self.workers = workers }

    var isIdle: Bool { active.isEmpty && waiting.isEmpty }

    mutating func submit(_ segments: [ThreadSegment], seq: Int, fut: Future, outcome: Outcome, at now: Int64) {
        advance(to: now)
        let segs = segments.isEmpty ? [ThreadSegment.blocking(0)] : segments
        let job = Job(segments: segs, left: Job.length(segs[0]), seq: seq, fut: fut, outcome: outcome)
        if active.count < workers { start(job) } else { waiting.append(job) }
    }

    private mutating func start(_ job: Job) {
        var j = job
        // Zero-length segments finish at once.
        while j.left == 0 {
            j.index += 1
            if j.index == j.segments.count {
                finished.append((time, j.seq, j.fut, j.outcome))
                if let next = waiting.first { waiting.removeFirst(); start(next) }
                return
            }
            j.left = Job.length(j.segments[j.index])
        }
        active.append(j)
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
            var freed = 0
            for var j in active {
                if j.left > 0 { still.append(j); continue }
                j.index += 1
                while j.index < j.segments.count && Job.length(j.segments[j.index]) == 0 { j.index += 1 }
                if j.index == j.segments.count {
                    finished.append((time, j.seq, j.fut, j.outcome))
                    freed += 1
                } else {
                    j.left = Job.length(j.segments[j.index])
                    still.append(j)
                }
            }
            active = still
            while freed > 0, !waiting.isEmpty {
                freed -= 1
                start(waiting.removeFirst())
            }
        }
        if time < t { time = t }
    }

    /// When the next call would complete if nothing else were submitted.
    func nextCompletion() -> Int64? {
        if let f = finished.first { return f.end }
        if isIdle { return nil }
        var copy = self
        var horizon = time
        while copy.finished.isEmpty && !copy.isIdle {
            // Jump to the next segment boundary.
            let k = Int64(copy.active.reduce(0) { $0 + ($1.isCPU ? 1 : 0) })
            var step = Int64.max
            for j in copy.active { step = min(step, j.isCPU ? j.left * k : j.left) }
            horizon = copy.time + step
            copy.advance(to: horizon)
        }
        return copy.finished.first?.end
    }
}
