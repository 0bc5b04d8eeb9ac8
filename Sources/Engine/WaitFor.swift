extension EventLoop {
    /// `await asyncio.wait_for(aw, timeout)` — the 3.11 algorithm (asyncio-semantics §12):
    /// the timeout timer is created **before** the inner task; on timeout the inner task is
    /// cancelled and awaited to its end; a swallowed cancellation returns the inner value.
    public func waitFor(_ aw: Awaitable, timeout: Double?) -> Coroutine {
        WaitForCoroutine(loop: self, aw, timeout: timeout)
    }
}

final class WaitForCoroutine: NativeCoroutine {
    let loop: EventLoop
    let aw: Awaitable
    let timeout: Double?
    var fut: Future?
    var timeoutHandle: Handle?
    var saved: EngineError?
    let key = CallbackKey()

    init(loop: EventLoop, _ aw: Awaitable, timeout: Double?) {
        self.loop = loop
        self.aw = aw
        self.timeout = timeout
        super.init(qualname: "wait_for")
    }

    /// Leaving through `finally: timeout_handle.cancel()`.
    func exit(_ s: CoroutineStep) -> CoroutineStep {
        timeoutHandle?.cancel()
        return s
    }

    override func resume(_ input: Outcome) -> CoroutineStep {
        switch pc {
        case 0:
            guard let timeout = timeout else {
                pc = 1
                return awaitAny(aw)
            }
            if timeout <= 0 {
                let f = loop.ensureFuture(aw)
                fut = f
                if f.isDone { return outcomeStep(f.result()) }
                pc = 2
                return awaitCoroutine(CancelAndWait(loop: loop, f))
            }
            let waiter = loop.createFuture(purpose: .waitFor)
            timeoutHandle = loop.callLater(timeout, label: "_release_waiter") {
                if !waiter.isDone { waiter.setResult(.none) }
            }
            let f = loop.ensureFuture(aw)
            fut = f
            f.addDoneCallback(label: "functools.partial(_release_waiter)", key: key) { _ in
                if !waiter.isDone { waiter.setResult(.none) }
            }
            pc = 3
            return awaitFuture(waiter)
        case 1:
            return outcomeStep(input)
        case 2:
            if case .error(let e) = input { return .raised(e) }
            return timeoutFromCancelled(fut!.result())
        case 3:
            let f = fut!
            if case .error(let e) = input {
                if !e.isCancellation { return exit(.raised(e)) }
                if f.isDone { return exit(outcomeStep(f.result())) }
                f.removeDoneCallback(key: key)
                saved = e
                pc = 4
                return awaitCoroutine(CancelAndWait(loop: loop, f))
            }
            if f.isDone { return exit(outcomeStep(f.result())) }
            f.removeDoneCallback(key: key)
            pc = 5
            return awaitCoroutine(CancelAndWait(loop: loop, f))
        case 4:
            if case .error(let e) = input { return exit(.raised(e)) }
            return exit(.raised(saved!))
        default:
            if case .error(let e) = input { return exit(.raised(e)) }
            return exit(timeoutFromCancelled(fut!.result()))
        }
    }

    /// `try: return fut.result() except CancelledError as exc: raise TimeoutError() from exc`.
    func timeoutFromCancelled(_ o: Outcome) -> CoroutineStep {
        if case .error(let e) = o, e.isCancellation {
            let t = EngineError.timeout()
            t.cause = e
            t.context = e
            t.suppressContext = true
            return .raised(t)
        }
        return outcomeStep(o)
    }
}

/// `tasks._cancel_and_wait(fut)`: cancel and wait (via a waiter future) until it is done.
final class CancelAndWait: NativeCoroutine {
    let loop: EventLoop
    let fut: Future
    let key = CallbackKey()
    init(loop: EventLoop, _ f: Future) {
        self.loop = loop
        fut = f
        super.init(qualname: "_cancel_and_wait")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            let waiter = loop.createFuture(purpose: .waitFor)
            fut.addDoneCallback(label: "functools.partial(_release_waiter)", key: key) { _ in
                if !waiter.isDone { waiter.setResult(.none) }
            }
            fut.cancel()
            pc = 1
            return awaitFuture(waiter)
        }
        fut.removeDoneCallback(key: key)
        return outcomeStep(input)
    }
}
