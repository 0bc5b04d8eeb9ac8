/// Base class for coroutines written in Swift: asyncio's own coroutines (`sleep`, `Queue.get`,
/// `Lock.acquire`, `wait_for` …) and the fake coroutines of the tests.
///
/// A subclass implements `resume(_:)`, a state machine over `pc`. To await, it returns
/// `awaitFuture(f)` or `awaitCoroutine(c)` after setting `pc` to where it continues; the
/// base class then behaves like CPython's `yield from`: it forwards `send`/`throw` to the
/// awaited coroutine (or acts as the future's FutureIter) and calls `resume` again with the
/// outcome — immediately, without suspending, when the awaited thing completes at once.
open class NativeCoroutine: Coroutine {
    /// Where `resume` continues.
    public var pc = 0
    var awaitedFuture: Future?
    var delegate: Coroutine?
    public let qualname: String
    public private(set) var started = false
    public private(set) var finished = false

    public init(qualname: String) {
        self.qualname = qualname
    }

    /// One step of the state machine: `input` is `.value(.none)` on the first send, and the
    /// outcome of the last await afterwards.
    open func resume(_ input: Outcome) -> CoroutineStep {
        .returned(.none)
    }

    public final func send(_ value: EngineValue) -> CoroutineStep {
        if finished { return .raised(.runtime("cannot reuse already awaited coroutine")) }
        started = true
        if let d = delegate { return afterDelegate(d.send(value)) }
        if let f = awaitedFuture {
            awaitedFuture = nil
            return finish(resumeAfterFuture(f))
        }
        return finish(resume(.value(value)))
    }

    public final func `throw`(_ error: EngineError) -> CoroutineStep {
        if finished { return .raised(error) }
        if !started {
            // Thrown into a fresh coroutine: it exits at once, no line of the body runs.
            finished = true
            return .raised(error)
        }
        if let d = delegate { return afterDelegate(d.throw(error)) }
        awaitedFuture = nil
        return finish(resume(.error(error)))
    }

    public func close() {
        if finished { return }
        if started {
            _ = self.throw(.generatorExit())
        }
        finished = true
    }

    open var reprDescription: String {
        finished ? "\(qualname)() done" : "\(qualname)() running"
    }

    @inline(__always)
    final func finish(_ s: CoroutineStep) -> CoroutineStep {
        switch s {
        case .yielded: break
        default: finished = true
        }
        return s
    }

    final func resumeAfterFuture(_ f: Future) -> CoroutineStep {
        switch f.awaitResume() {
        case .returned(let v): return resume(.value(v))
        case .raised(let e): return resume(.error(e))
        case .yielded(let y): return .yielded(y)
        }
    }

    final func afterDelegate(_ s: CoroutineStep) -> CoroutineStep {
        switch s {
        case .yielded: return s
        case .returned(let v): delegate = nil; return finish(resume(.value(v)))
        case .raised(let e): delegate = nil; return finish(resume(.error(e)))
        }
    }

    /// `await fut` (CPython's FutureIter): continues at once if `fut` is done.
    public final func awaitFuture(_ f: Future) -> CoroutineStep {
        if f.state != .pending {
            return resume(f.result())
        }
        f.blocking = true
        awaitedFuture = f
        return .yielded(.future(f))
    }

    /// `await coro` (`yield from`): runs it inline in the same task.
    public final func awaitCoroutine(_ c: Coroutine) -> CoroutineStep {
        delegate = c
        switch c.send(.none) {
        case .yielded(let y): return .yielded(y)
        case .returned(let v): delegate = nil; return resume(.value(v))
        case .raised(let e): delegate = nil; return resume(.error(e))
        }
    }

    /// `await aw` for either kind.
    public final func awaitAny(_ aw: Awaitable) -> CoroutineStep {
        switch aw {
        case .future(let f): return awaitFuture(f)
        case .coroutine(let c): return awaitCoroutine(c)
        }
    }

    /// A bare `yield` (`__sleep0`).
    public final func yieldBare() -> CoroutineStep { .yielded(.none) }
}

/// A coroutine that returns a value at once (e.g. `shutdown_asyncgens()` with nothing to do).
final class ImmediateCoroutine: NativeCoroutine {
    let value: EngineValue
    init(_ qualname: String, value: EngineValue = .none) {
        self.value = value
        super.init(qualname: qualname)
    }
    override func resume(_ input: Outcome) -> CoroutineStep { .returned(value) }
}

/// A coroutine whose body never suspends: runs `body` at the first `send` (CPython's
/// `async def` methods without an `await` on their path, e.g. `Timeout.__aenter__`).
public final class SyncCoroutine: NativeCoroutine {
    let body: () -> Outcome
    public init(_ qualname: String, _ body: @escaping () -> Outcome) {
        self.body = body
        super.init(qualname: qualname)
    }
    public override func resume(_ input: Outcome) -> CoroutineStep { outcomeStep(body()) }
}
