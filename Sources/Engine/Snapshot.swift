/// The loop's state at a moment, for step mode and deadlock explanations.
public struct LoopSnapshot {
    public var time: Int64
    public var pass: Int
    /// The ready queue, front first.
    public var ready: [ReadyEntry]
    /// Live timers in the order they would fire: (timer id, deadline, label).
    public var timers: [(id: Int, due: Int64, label: String)]
    /// Pending tasks (creation order) and the future each waits on.
    public var tasks: [(task: TaskSnapshot, waitsOn: WaitPurpose?)]
}

extension EventLoop {
    public func snapshot() -> LoopSnapshot {
        var entries: [ReadyEntry] = []
        ready.forEach { r in
            switch r {
            case .step(let t): entries.append(.taskStep(task: t.id))
            case .handle(let h):
                if h.cancelled { return }
                switch h.action {
                case .step(let t, _): entries.append(.taskStep(task: t.id))
                case .wakeup(let t, let f): entries.append(.taskWakeup(task: t.id, future: f.id))
                case .doneCallback(let cb, _): entries.append(.callback(handle: h.id, label: cb.label))
                case .call, .sleepDone, .host: entries.append(.callback(handle: h.id, label: h.label))
                }
            }
        }
        var heap = timers.items
        var order: [(id: Int, due: Int64, label: String)] = []
        while !heap.isEmpty {
            let e = HeapQ.pop(&heap, TimerEntry.less)
            let h = e.handle
            if !h.cancelled { order.append((h.id, e.deadline, h.label)) }
        }
        return LoopSnapshot(time: now, pass: pass, ready: entries, timers: order,
                            tasks: allTasks().map { ($0.snapshot, $0.futWaiter?.purpose) })
    }
}
