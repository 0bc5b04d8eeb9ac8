extension Task {
    /// `Task.__step(exc)` (asyncio-semantics §4.2), as the C implementation does it.
    func step(_ excIn: EngineError?, wokenBy: Future? = nil) {
        let loop = self.loop
        if state != .pending {
            // CPython raises InvalidStateError into the exception handler; never a crash.
            loop.callbackFailed(label: "Task.__step()", error: .invalidState("_step(): already done: \(repr)"))
            return
        }
        var exc = excIn
        if mustCancel {
            if exc == nil || !exc!.isCancellation { exc = makeCancelledError() }
            mustCancel = false
        }
        if futWaiter != nil { futWaiter = nil }
        if let other = loop.currentTaskRef {
            loop.callbackFailed(label: "Task.__step()", error: .runtime(
                "Cannot enter into task \(repr) while another task \(other.repr) is being executed."))
            return
        }
        loop.currentTaskRef = self
        if loop.tracing {
            let cause: ResumeCause
            if let e = exc {
                cause = e.isCancellation ? .cancelled : .exception(e.repr)
            } else if let f = wokenBy {
                cause = .wakeup(future: f.id, purpose: f.purpose)
            } else {
                cause = started ? .yieldedBare : .start
            }
            loop.emit(.stepStart(cause: cause), task: id)
        }
        started = true
        let outcome: CoroutineStep
        if let e = exc { outcome = coro.throw(e) } else { outcome = coro.send(.none) }
        switch outcome {
        case .returned(let v):
            if mustCancel {
                // Cancelled while running: end CANCELLED although the coroutine returned.
                mustCancel = false
                _ = futureCancel(msg: cancelMessage)
            } else {
                resultValue = v
                transition(to: .finished)
            }
        case .raised(let e):
            if e.isCancellation {
                cancelledExc = e
                _ = futureCancel(msg: nil)
            } else {
                exceptionValue = e
                logTraceback = true
                transition(to: .finished)
                if e.isExit { loop.fatal = e }
            }
        case .yielded(let y):
            handleYield(y)
        }
        loop.currentTaskRef = nil
    }

    @inline(__always)
    func handleYield(_ y: EngineValue) {
        let loop = self.loop
        switch y {
        case .none:
            // Bare yield: run again one pass later.
            loop.ready.append(.step(self))
            if loop.tracing {
                loop.emit(.scheduled(.taskStep(task: id)), task: id)
                loop.emit(.suspended(on: .nextPass), task: id)
            }
        case .future(let f):
            if f.loop !== loop {
                retryWith(.runtime("Task \(repr) got Future \(f.repr) attached to a different loop"))
            } else if f.blocking {
                if f === self {
                    retryWith(.runtime("Task cannot await on itself: \(repr)"))
                    return
                }
                f.blocking = false
                f.addDoneCallback(FutureCallback(wakeup: self))
                futWaiter = f
                if loop.tracing {
                    loop.emit(.suspended(on: .future(id: f.id, purpose: f.purpose)), task: id)
                }
                if mustCancel {
                    if f.cancel(msg: cancelMessage) { mustCancel = false }
                }
            } else {
                retryWith(.runtime("yield was used instead of yield from in task \(repr) with \(f.repr)"))
            }
        default:
            retryWith(.runtime("Task got bad yield: \(loop.repr(y))"))
        }
    }

    /// Throw `e` into the coroutine at the next step.
    func retryWith(_ e: EngineError) {
        loop.enqueue(Handle(.step(self, e), label: "Task.__step"))
    }

    /// `Task.__wakeup(future)`: re-read the awaited future's outcome and step in the same
    /// handle (asyncio-semantics §4.3).
    func wakeup(_ fut: Future) {
        switch fut.result() {
        case .value: step(nil, wokenBy: fut)
        case .error(let e): step(e, wokenBy: fut)
        }
    }
}
