/// `asyncio.Semaphore` / `BoundedSemaphore` (3.11.7's FIFO implementation, §16).
public final class AsyncSemaphore {
    let runtime: AsyncioRuntime
    var waiters = Deque<Future>()
    public internal(set) var value: Int
    /// Set for a BoundedSemaphore: its initial value.
    let bound: Int?

    /// Returns nil where CPython raises `ValueError('Semaphore initial value must be >= 0')`.
    public init?(runtime: AsyncioRuntime, value: Int = 1, bounded: Bool = false) {
        if value < 0 { return nil }
        self.runtime = runtime
        self.value = value
        self.bound = bounded ? value : nil
    }

    /// `locked()`: no value left, or a live waiter queued.
    public func locked() -> Bool {
        if value == 0 { return true }
        for i in 0..<waiters.count where !waiters[i].isCancelled { return true }
        return false
    }

    public func acquire() -> Coroutine { SemaphoreAcquire(self) }

    /// The fast path of `await sem.acquire()` (true = acquired without suspending).
    public func acquireIfFree() -> Bool {
        if locked() { return false }
        value -= 1
        return true
    }

    /// The bracket part of `repr(sem)`: `locked`, `unlocked, value:2, waiters:1`.
    public var reprState: String {
        var s = locked() ? "locked" : "unlocked, value:\(value)"
        if !waiters.isEmpty { s += ", waiters:\(waiters.count)" }
        return s
    }

    /// `release()`; a BoundedSemaphore over its bound returns the ValueError.
    @discardableResult
    public func release() -> EngineError? {
        if let b = bound, value >= b { return .value("BoundedSemaphore released too many times") }
        value += 1
        wakeUpNext()
        return nil
    }

    /// Wake the first waiter that is not done, reserving a unit for it.
    func wakeUpNext() {
        for i in 0..<waiters.count where !waiters[i].isDone {
            value -= 1
            waiters[i].setResult(.bool(true))
            return
        }
    }
}

final class SemaphoreAcquire: NativeCoroutine {
    let sem: AsyncSemaphore
    var fut: Future?
    init(_ s: AsyncSemaphore) { sem = s; super.init(qualname: "Semaphore.acquire") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            if !sem.locked() {
                sem.value -= 1
                return .returned(.bool(true))
            }
            guard let loop = sem.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
            let f = loop.createFuture(purpose: .semaphore)
            fut = f
            sem.waiters.append(f)
            pc = 1
            return awaitFuture(f)
        }
        let f = fut!
        sem.waiters.remove(f)
        if case .error(let e) = input {
            if e.isCancellation && !f.isCancelled {
                sem.value += 1
                sem.wakeUpNext()
            }
            return .raised(e)
        }
        if sem.value > 0 { sem.wakeUpNext() }
        return .returned(.bool(true))
    }
}
