/// `asyncio.sleep(delay, result=None)` (asyncio-semantics §6).
///
/// `delay <= 0`: one bare yield (one pass). Otherwise a future and a `call_later` that sets it
/// unless cancelled; the timer handle is cancelled in a `finally` (so a cancelled sleep leaves
/// a cancelled timer in the heap until it surfaces). The timer is created at the first
/// `send`, not when `sleep()` is called — as in CPython, where `sleep` is a coroutine.
///
/// Written against `Coroutine` directly rather than as a `NativeCoroutine`: one exists per
/// sleeping task, so it carries only its own state (80 bytes instead of 144); the protocol
/// answers are those of `NativeCoroutine`.
public final class SleepCoroutine: Coroutine {
    let loop: EventLoop
    let delay: Double
    var future: Future?
    var handle: Handle?
    let result: EngineValue
    /// 0: not started; 1: after the bare yield; 2: waiting on `future`.
    var pc: UInt8 = 0
    var finished = false

    public init(loop: EventLoop, delay: Double, result: EngineValue = .none) {
        self.loop = loop
        self.delay = delay
        self.result = result
    }

    public var qualname: String { "sleep" }
    public var reprDescription: String { finished ? "sleep() done" : "sleep() running" }

    /// The timer's callback: `_set_result_unless_cancelled(future, result)`.
    func timerFired() {
        if let f = future, !f.isCancelled { f.setResult(result) }
    }

    public func send(_ value: EngineValue) -> CoroutineStep {
        if finished { return .raised(.runtime("cannot reuse already awaited coroutine")) }
        switch pc {
        case 0:
            if delay <= 0 {
                pc = 1
                return .yielded(.none)
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
            fut.blocking = true
            return .yielded(.future(fut))
        case 1:
            finished = true
            return .returned(result)
        default:
            // `await future` resumed (FutureIter), then the `finally: h.cancel()`.
            let step = future!.awaitResume()
            handle?.cancel()
            if case .yielded = step {} else { finished = true }
            return step
        }
    }

    public func `throw`(_ error: EngineError) -> CoroutineStep {
        if finished { return .raised(error) }
        finished = true
        // Thrown in at the bare yield or the await (or into a fresh coroutine, which exits
        // at once): the exception leaves through the `finally`.
        if pc == 2 { handle?.cancel() }
        return .raised(error)
    }

    public func close() {
        if finished { return }
        if pc != 0 { _ = self.throw(.generatorExit()) }
        finished = true
    }
}

extension EventLoop {
    /// `asyncio.sleep(delay, result)` as a coroutine object to await.
    public func sleep(_ delay: Double, result: EngineValue = .none) -> SleepCoroutine {
        SleepCoroutine(loop: self, delay: delay, result: result)
    }
}
