/// `await x` as the VM implements it: CPython's `yield from x.__await__()`, packaged so a VM
/// frame can hold one while suspended.
///
/// ```swift
/// // AWAIT opcode, first time:
/// switch frame.awaiting.begin(awaitable) {
/// case .suspended(let y): return .yielded(y)      // the frame stays at this instruction
/// case .finished(let o): push result or raise     // no suspension happened
/// }
/// // when the task resumes the frame:  frame.awaiting.send(v) / frame.awaiting.throw(e)
/// ```
///
/// A future is awaited like CPython's FutureIter (done → at once; else mark it blocking and
/// yield it); a coroutine is delegated to until it returns or raises; an exception thrown in
/// while suspended on a future is raised at the `await`.
public struct Awaiting {
    enum Target {
        case future(Future)
        case coroutine(Coroutine)
    }
    var target: Target?

    public init() {}

    /// What the `await` did.
    public enum Progress {
        /// Suspended: the frame must yield this to its task.
        case suspended(EngineValue)
        /// The awaited thing produced this outcome: continue after the `await`.
        case finished(Outcome)
    }

    /// True while suspended inside an `await`.
    public var isActive: Bool { target != nil }

    /// Starts `await aw`.
    public mutating func begin(_ aw: Awaitable) -> Progress {
        switch aw {
        case .future(let f):
            if f.isDone { return .finished(f.result()) }
            f.blocking = true
            target = .future(f)
            return .suspended(.future(f))
        case .coroutine(let c):
            target = .coroutine(c)
            return step(c.send(.none))
        }
    }

    /// The task resumed the frame with a value (normally None).
    public mutating func send(_ value: EngineValue) -> Progress {
        switch target {
        case .future(let f)?:
            target = nil
            return progress(f.awaitResume())
        case .coroutine(let c)?:
            return step(c.send(value))
        case nil:
            return .finished(.error(.runtime("await is not active")))
        }
    }

    /// The task threw into the frame (a CancelledError, or an error from a bad yield).
    public mutating func `throw`(_ error: EngineError) -> Progress {
        switch target {
        case .future?:
            target = nil
            return .finished(.error(error))
        case .coroutine(let c)?:
            return step(c.throw(error))
        case nil:
            return .finished(.error(error))
        }
    }

    mutating func step(_ s: CoroutineStep) -> Progress {
        if case .yielded(let y) = s { return .suspended(y) }
        target = nil
        return progress(s)
    }

    func progress(_ s: CoroutineStep) -> Progress {
        switch s {
        case .yielded(let y): return .suspended(y)
        case .returned(let v): return .finished(.value(v))
        case .raised(let e): return .finished(.error(e))
        }
    }
}
