/// `asyncio.sleep(delay, result=None)` (asyncio-semantics §6).
///
/// `delay <= 0`: one bare yield (one pass). Otherwise a future and a `call_later` that sets it
/// unless cancelled; the timer handle is cancelled in a `finally` (so a cancelled sleep leaves
/// a cancelled timer in the heap until it surfaces). The timer is created at the first
/// `send`, not when `sleep()` is called — as in CPython, where `sleep` is a coroutine.
public final class SleepCoroutine: NativeCoroutine {
    let loop: EventLoop
    let delay: Double
    var future: Future?
    var handle: Handle?
    let result: EngineValue

    public init(loop: EventLoop, delay: Double, result: EngineValue = .none) {
        self.loop = loop
        self.delay = delay
        self.result = result
        super.init(qualname: "sleep")
    }

    /// The timer's callback: `_set_result_unless_cancelled(future, result)`.
    func timerFired() {
        if let f = future, !f.isCancelled { f.setResult(result) }
    }

    public override func resume(_ input: Outcome) -> CoroutineStep {
        switch pc {
        case 0:
            if delay <= 0 {
                pc = 1
                return yieldBare()
            }
            let deadline = loop.deadline(after: delay)
            let fut = loop.createFuture(purpose: .sleep(until: deadline == Int64.max ? nil : deadline))
            future = fut
            loop.stampCounter += 1
            let h = Handle(timer: .sleepDone(self), label: "_set_result_unless_cancelled",
                           id: loop.newID(), deadline: deadline, stamp: loop.stampCounter, loop: loop)
            loop.schedule(timer: h)
            handle = h
            pc = 2
            return awaitFuture(fut)
        case 1:
            if case .error(let e) = input { return .raised(e) }
            return .returned(result)
        default:
            handle?.cancel()
            return outcomeStep(input)
        }
    }
}

extension EventLoop {
    /// `asyncio.sleep(delay, result)` as a coroutine object to await.
    public func sleep(_ delay: Double, result: EngineValue = .none) -> SleepCoroutine {
        SleepCoroutine(loop: self, delay: delay, result: result)
    }
}
