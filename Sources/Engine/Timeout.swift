/// `asyncio.timeout(delay)` / `timeout_at(when)` / `asyncio.Timeout` (asyncio-semantics §13).
///
/// `__aenter__`/`__aexit__` never suspend; `enter()`/`exit(_:)` are their bodies and
/// `aenter()`/`aexit(_:)` wrap them as coroutines for `async with`.
public final class AsyncTimeout {
    public enum State: String {
        case created, active, expiring, expired, finished
    }

    let loop: EventLoop
    public private(set) var state: State = .created
    /// The deadline as loop time (nil: no deadline).
    public private(set) var when: Double?
    var handle: Handle?
    var task: Task?
    var cancellingAtEntry = 0

    /// `Timeout(when)`.
    public init(loop: EventLoop, when: Double?) {
        self.loop = loop
        self.when = when
    }

    /// `asyncio.timeout(delay)`: `loop.time() + delay`, computed now (not when entered).
    public static func after(_ delay: Double?, loop: EventLoop) -> AsyncTimeout {
        AsyncTimeout(loop: loop, when: delay.map { loop.time() + $0 })
    }

    /// `expired()`.
    public var expired: Bool { state == .expiring || state == .expired }

    /// `reschedule(when)`.
    @discardableResult
    public func reschedule(_ when: Double?) -> EngineError? {
        guard state == .active else {
            if state == .created { return .runtime("Timeout has not been entered") }
            return .runtime("Cannot change state of expired Timeout")
        }
        schedule(when)
        return nil
    }

    func schedule(_ when: Double?) {
        self.when = when
        handle?.cancel()
        guard let w = when else { handle = nil; return }
        if w <= loop.time() {
            handle = loop.callSoon(label: "Timeout._on_timeout") { [unowned self] in self.onTimeout() }
        } else {
            handle = loop.callAt(w, label: "Timeout._on_timeout") { [unowned self] in self.onTimeout() }
        }
    }

    func onTimeout() {
        task?.cancel()
        state = .expiring
        handle = nil
    }

    /// `__aenter__` body.
    public func enter() -> EngineError? {
        if state != .created { return .runtime("Timeout has already been entered") }
        guard let t = loop.currentTask else { return .runtime("Timeout should be used inside a task") }
        state = .active
        task = t
        cancellingAtEntry = t.cancelling()
        schedule(when)
        return nil
    }

    /// `__aexit__` body: the exception that leaves the block (nil: none, or the same one
    /// propagates), or the TimeoutError that replaces an expiry's CancelledError.
    public func exit(_ error: EngineError?) -> EngineError? {
        handle?.cancel()
        handle = nil
        if state == .expiring {
            state = .expired
            if task!.uncancel() <= cancellingAtEntry, let e = error, e.kind == .cancelledError {
                let t = EngineError.timeout()
                t.cause = e
                t.context = e
                t.suppressContext = true
                return t
            }
        } else if state == .active {
            state = .finished
        }
        return error
    }

    public func aenter() -> Coroutine {
        SyncCoroutine("Timeout.__aenter__") { [self] in
            if let e = enter() { return .error(e) }
            return .value(.none)
        }
    }

    /// `await tm.__aexit__(...)`: returns None or raises the replacing TimeoutError.
    public func aexit(_ error: EngineError?) -> Coroutine {
        SyncCoroutine("Timeout.__aexit__") { [self] in
            if let e = exit(error), e !== error { return .error(e) }
            return .value(.none)
        }
    }

    /// `repr()`: `<Timeout [active] when=1.5>`.
    public var repr: String {
        if state == .active {
            return "<Timeout [active] when=\(when.map { pyFloatRepr(($0 * 1000).rounded() / 1000) } ?? "None")>"
        }
        return "<Timeout [\(state.rawValue)]>"
    }
}
