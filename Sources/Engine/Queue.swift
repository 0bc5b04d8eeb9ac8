/// `asyncio.Queue` / `PriorityQueue` / `LifoQueue` (asyncio-semantics §15).
///
/// Built from futures exactly as `queues.py`: a getter/putter future per waiting task, woken
/// FIFO by `put_nowait`/`get_nowait`; a woken waiter re-checks when it runs (next pass) and
/// queues again at the back if someone else was faster.
public final class AsyncQueue {
    public enum Kind {
        case fifo
        case lifo
        /// heapq on the items with the VM's `<`.
        case priority((EngineValue, EngineValue) -> Bool)
    }

    let runtime: AsyncioRuntime
    let kind: Kind
    /// `maxsize` (<= 0: unbounded).
    public let maxsize: Int
    var fifo = Deque<EngineValue>()
    var stack = ContiguousArray<EngineValue>()
    var getters = Deque<Future>()
    var putters = Deque<Future>()
    /// `_unfinished_tasks`.
    public private(set) var unfinishedTasks = 0
    let finished: AsyncEvent

    public init(runtime: AsyncioRuntime, maxsize: Int = 0, kind: Kind = .fifo) {
        self.runtime = runtime
        self.maxsize = maxsize
        self.kind = kind
        finished = AsyncEvent(runtime: runtime)
        finished.purpose = .queueJoin
        finished.set()
    }

    public var className: String {
        switch kind {
        case .fifo: return "Queue"
        case .lifo: return "LifoQueue"
        case .priority: return "PriorityQueue"
        }
    }

    public func qsize() -> Int {
        if case .fifo = kind { return fifo.count }
        return stack.count
    }
    public func empty() -> Bool { qsize() == 0 }
    public func full() -> Bool { maxsize > 0 && qsize() >= maxsize }

    /// The items in the internal list's order (`_queue`).
    public var items: [EngineValue] {
        if case .fifo = kind { return fifo.elements }
        return Array(stack)
    }

    func putItem(_ x: EngineValue) {
        switch kind {
        case .fifo: fifo.append(x)
        case .lifo: stack.append(x)
        case .priority(let less): HeapQ.push(&stack, x, less)
        }
    }

    func getItem() -> EngineValue {
        switch kind {
        case .fifo: return fifo.popFirst()!
        case .lifo: return stack.removeLast()
        case .priority(let less): return HeapQ.pop(&stack, less)
        }
    }

    /// `_wakeup_next(waiters)`: pop waiters until one that is not done, and wake it.
    static func wakeupNext(_ waiters: inout Deque<Future>) {
        while let w = waiters.popFirst() {
            if !w.isDone {
                w.setResult(.none)
                break
            }
        }
    }

    /// `put_nowait(x)`; returns QueueFull instead of raising it.
    @discardableResult
    public func putNowait(_ x: EngineValue) -> EngineError? {
        if full() { return .queueFull() }
        putItem(x)
        unfinishedTasks += 1
        finished.clear()
        AsyncQueue.wakeupNext(&getters)
        return nil
    }

    /// `get_nowait()`.
    public func getNowait() -> Outcome {
        if empty() { return .error(.queueEmpty()) }
        let x = getItem()
        AsyncQueue.wakeupNext(&putters)
        return .value(x)
    }

    /// `await q.put(x)`.
    public func put(_ x: EngineValue) -> Coroutine { QueuePut(self, x) }
    /// `await q.get()`.
    public func get() -> Coroutine { QueueGet(self) }

    /// The fast path of `await q.put(x)` without a coroutine object: when there is room,
    /// `put` does exactly `put_nowait` and returns without suspending, so a VM may call this
    /// first and build `put(x)` only when it returns false.
    @inline(__always)
    public func putIfRoom(_ x: EngineValue) -> Bool {
        if full() { return false }
        putNowait(x)
        return true
    }

    /// The fast path of `await q.get()`: an item if one is there (exactly `get_nowait`).
    @inline(__always)
    public func getIfAvailable() -> EngineValue? {
        if empty() { return nil }
        return getNowait().value
    }

    /// `task_done()`.
    @discardableResult
    public func taskDone() -> EngineError? {
        if unfinishedTasks <= 0 { return .value("task_done() called too many times") }
        unfinishedTasks -= 1
        if unfinishedTasks == 0 { finished.set() }
        return nil
    }

    /// `await q.join()`.
    public func join() -> Coroutine { QueueJoin(self) }

    /// `str(q)`: `<Queue maxsize=2 _queue=['a', 'b'] _putters[1] tasks=2>`.
    public func str(_ repr: (EngineValue) -> String = { $0.repr() }) -> String {
        var s = "<\(className) maxsize=\(maxsize)"
        if qsize() > 0 { s += " _queue=[" + items.map(repr).joined(separator: ", ") + "]" }
        if !getters.isEmpty { s += " _getters[\(getters.count)]" }
        if !putters.isEmpty { s += " _putters[\(putters.count)]" }
        if unfinishedTasks > 0 { s += " tasks=\(unfinishedTasks)" }
        return s + ">"
    }
}

final class QueuePut: NativeCoroutine {
    let q: AsyncQueue
    let item: EngineValue
    var putter: Future?
    init(_ q: AsyncQueue, _ x: EngineValue) { self.q = q; item = x; super.init(qualname: "Queue.put") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1, case .error(let e) = input {
            let p = putter!
            p.cancel()
            q.putters.remove(p)
            if !q.full() && !p.isCancelled { AsyncQueue.wakeupNext(&q.putters) }
            return .raised(e)
        }
        if q.full() {
            guard let loop = q.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
            let p = loop.createFuture(purpose: .queuePut)
            putter = p
            q.putters.append(p)
            pc = 1
            return awaitFuture(p)
        }
        if let e = q.putNowait(item) { return .raised(e) }
        return .returned(.none)
    }
}

final class QueueGet: NativeCoroutine {
    let q: AsyncQueue
    var getter: Future?
    init(_ q: AsyncQueue) { self.q = q; super.init(qualname: "Queue.get") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1, case .error(let e) = input {
            let g = getter!
            g.cancel()
            q.getters.remove(g)
            if !q.empty() && !g.isCancelled { AsyncQueue.wakeupNext(&q.getters) }
            return .raised(e)
        }
        if q.empty() {
            guard let loop = q.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
            let g = loop.createFuture(purpose: .queueGet)
            getter = g
            q.getters.append(g)
            pc = 1
            return awaitFuture(g)
        }
        return outcomeStep(q.getNowait())
    }
}

final class QueueJoin: NativeCoroutine {
    let q: AsyncQueue
    init(_ q: AsyncQueue) { self.q = q; super.init(qualname: "Queue.join") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            pc = 1
            if q.unfinishedTasks > 0 { return awaitCoroutine(q.finished.wait()) }
            return .returned(.none)
        }
        if case .error(let e) = input { return .raised(e) }
        return .returned(.none)
    }
}
