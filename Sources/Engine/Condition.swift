/// `asyncio.Condition(lock=None)` (asyncio-semantics §16).
public final class AsyncCondition {
    public let lock: AsyncLock
    var waiters = Deque<Future>()

    public init(runtime: AsyncioRuntime, lock: AsyncLock? = nil) {
        self.lock = lock ?? AsyncLock(runtime: runtime)
    }

    public func locked() -> Bool { lock.isLocked }
    public func acquire() -> Coroutine { lock.acquire() }
    @discardableResult public func release() -> EngineError? { lock.release() }

    /// `await cond.wait()`: release, wait for a notify, re-acquire (even when cancelled).
    public func wait() -> Coroutine { ConditionWait(self) }

    /// `await cond.wait_for(predicate)`; the predicate reports (truthiness, value) or raises.
    public func waitFor(_ predicate: @escaping () -> Result<(Bool, EngineValue), EngineError>) -> Coroutine {
        ConditionWaitFor(self, predicate)
    }

    /// `notify(n)`; returns the RuntimeError for an un-acquired lock.
    @discardableResult
    public func notify(_ n: Int = 1) -> EngineError? {
        if !lock.isLocked { return .runtime("cannot notify on un-acquired lock") }
        var idx = 0
        for i in 0..<waiters.count {
            if idx >= n { break }
            if !waiters[i].isDone {
                idx += 1
                waiters[i].setResult(.bool(false))
            }
        }
        return nil
    }

    @discardableResult
    public func notifyAll() -> EngineError? { notify(waiters.count) }

    /// The bracket part of `repr(cond)`: `unlocked`, `locked, waiters:1`.
    public var reprState: String {
        var s = lock.isLocked ? "locked" : "unlocked"
        if !waiters.isEmpty { s += ", waiters:\(waiters.count)" }
        return s
    }
}

final class ConditionWait: NativeCoroutine {
    let cond: AsyncCondition
    var fut: Future?
    var pending: Outcome = .value(.bool(true))
    var cancelled = false
    init(_ c: AsyncCondition) { cond = c; super.init(qualname: "Condition.wait") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        switch pc {
        case 0:
            if !cond.lock.isLocked { return .raised(.runtime("cannot wait on un-acquired lock")) }
            cond.lock.release()
            guard let loop = cond.lock.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
            let f = loop.createFuture(purpose: .condition)
            fut = f
            cond.waiters.append(f)
            pc = 1
            return awaitFuture(f)
        case 1:
            cond.waiters.remove(fut!)
            if case .error = input { pending = input } else { pending = .value(.bool(true)) }
            pc = 2
            return awaitCoroutine(cond.lock.acquire())
        default:
            if case .error(let e) = input {
                if e.isCancellation {
                    cancelled = true
                    return awaitCoroutine(cond.lock.acquire())
                }
                return .raised(e)
            }
            if cancelled { return .raised(.cancelled()) }
            return outcomeStep(pending)
        }
    }
}

final class ConditionWaitFor: NativeCoroutine {
    let cond: AsyncCondition
    let predicate: () -> Result<(Bool, EngineValue), EngineError>
    init(_ c: AsyncCondition, _ p: @escaping () -> Result<(Bool, EngineValue), EngineError>) {
        cond = c
        predicate = p
        super.init(qualname: "Condition.wait_for")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1, case .error(let e) = input { return .raised(e) }
        pc = 1
        switch predicate() {
        case .failure(let e): return .raised(e)
        case .success((true, let v)): return .returned(v)
        case .success: return awaitCoroutine(cond.wait())
        }
    }
}
