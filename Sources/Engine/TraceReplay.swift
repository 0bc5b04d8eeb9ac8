/// Rebuilds a loop's state (ready queue, timers, waiting tasks) from its trace events alone —
/// what step mode shows at each event, and the proof that the trace is complete (the tests
/// compare it with `EventLoop.snapshot()` at every step).
///
/// Feed it one loop's events in order with `apply`; `loopStart` resets it from the snapshot
/// the event carries.
public struct LoopReplay {
    /// The ready queue, front first. Cancelled plain handles stay queued until the loop skips
    /// them, as in the loop (`cancelledHandles` marks them).
    public private(set) var ready: [ReadyEntry] = []
    /// Plain handles cancelled while queued.
    public private(set) var cancelledHandles: Set<Int> = []
    /// Live timers by id: (due, label).
    public private(set) var timers: [Int: (due: Int64, label: String)] = [:]
    /// Pending tasks by id, with what each waits on (nil: ready or running).
    public private(set) var tasks: [Int: (task: TaskSnapshot, waitsOn: WaitPurpose?)] = [:]
    /// Labels of timers that moved to the ready queue, until they run.
    var dueLabels: [Int: String] = [:]

    public init() {}

    /// The ready queue as `snapshot()` shows it (cancelled handles left out).
    public var liveReady: [ReadyEntry] {
        ready.filter {
            if case .callback(let h, _) = $0 { return !cancelledHandles.contains(h) }
            return true
        }
    }

    public mutating func apply(_ kind: TraceEvent.Kind, task: Int?) {
        switch kind {
        case .loopStart(let s):
            ready = s.ready
            cancelledHandles = []
            timers = [:]
            for t in s.timers { timers[t.id] = (t.due, t.label) }
            tasks = [:]
            for t in s.tasks { tasks[t.task.id] = (t.task, t.waitsOn) }
        case .loopClosed:
            ready = []
            timers = [:]
        case .scheduled(let e):
            ready.append(e)
        case .stepStart:
            popFront()
            if let id = task { tasks[id]?.waitsOn = nil }
        case .callbackRun, .timerFired:
            popFront()
        case .handleSkipped(let id):
            // A handle cancelled before the loop started is not in the start snapshot.
            if case .callback(id, _)? = ready.first { popFront() }
        case .timerScheduled(let id, let due, let label):
            timers[id] = (due, label)
        case .timerCancelled(let id):
            timers[id] = nil
            if dueLabels[id] != nil { cancelledHandles.insert(id) }
        case .timerDue(let id):
            let label = timers[id]?.label ?? dueLabels[id] ?? ""
            timers[id] = nil
            dueLabels[id] = label
            ready.append(.callback(handle: id, label: label))
        case .handleCancelled(let id):
            cancelledHandles.insert(id)
        case .taskCreated(let s, _):
            tasks[s.id] = (s, nil)
        case .suspended(let w):
            guard let id = task else { break }
            switch w {
            case .nextPass: tasks[id]?.waitsOn = nil
            case .future(_, let purpose): tasks[id]?.waitsOn = purpose
            }
        case .taskDone:
            if let id = task { tasks[id] = nil }
        default:
            break
        }
    }

    mutating func popFront() {
        guard !ready.isEmpty else { return }
        let first = ready.removeFirst()
        if case .callback(let h, _) = first {
            cancelledHandles.remove(h)
            dueLabels[h] = nil
        }
    }
}
