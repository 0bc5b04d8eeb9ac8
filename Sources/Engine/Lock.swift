/// `asyncio.Lock` (asyncio-semantics §16): FIFO hand-off through waiter futures.
public final class AsyncLock {
    let runtime: AsyncioRuntime
    var waiters = Deque<Future>()
    public private(set) var isLocked = false

    public init(runtime: AsyncioRuntime) { self.runtime = runtime }

    /// `locked()`.
    public func locked() -> Bool { isLocked }

    /// `await lock.acquire()`: free lock with no live waiter → no suspension.
    public func acquire() -> Coroutine { LockAcquire(self) }

    /// The fast path of `await lock.acquire()` without a coroutine object (true = acquired,
    /// exactly as the coroutine would without suspending).
    public func acquireIfFree() -> Bool {
        if !canTakeAtOnce() { return false }
        acquired()
        return true
    }

    /// `release()`; returns the RuntimeError CPython raises on an unlocked lock.
    @discardableResult
    public func release() -> EngineError? {
        if !isLocked { return .runtime("Lock is not acquired.") }
        isLocked = false
        wakeUpFirst()
        return nil
    }

    func wakeUpFirst() {
        guard let fut = waiters.first else { return }
        if !fut.isDone { fut.setResult(.bool(true)) }
    }

    func canTakeAtOnce() -> Bool {
        if isLocked { return false }
        for i in 0..<waiters.count where !waiters[i].isCancelled { return false }
        return true
    }

    func acquired() { isLocked = true }

    /// The bracket part of `repr(lock)`: `unlocked`, `locked, waiters:2`.
    public var reprState: String {
        var s = isLocked ? "locked" : "unlocked"
        if !waiters.isEmpty { s += ", waiters:\(waiters.count)" }
        return s
    }
}

final class LockAcquire: NativeCoroutine {
    let lock: AsyncLock
    var fut: Future?
    init(_ l: AsyncLock) { lock = l; super.init(qualname: "Lock.acquire") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            if lock.canTakeAtOnce() {
                lock.acquired()
                return .returned(.bool(true))
            }
            guard let loop = lock.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
            let f = loop.createFuture(purpose: .lock)
            fut = f
            lock.waiters.append(f)
            pc = 1
            return awaitFuture(f)
        }
        lock.waiters.remove(fut!)
        if case .error(let e) = input {
            if e.isCancellation && !lock.isLocked { lock.wakeUpFirst() }
            return .raised(e)
        }
        lock.acquired()
        return .returned(.bool(true))
    }
}
