/// `asyncio.Event` (asyncio-semantics §16).
public final class AsyncEvent {
    let runtime: AsyncioRuntime
    var waiters = Deque<Future>()
    public private(set) var value = false
    /// What waiters' futures stand for in traces and deadlock reports.
    var purpose: WaitPurpose = .event

    public init(runtime: AsyncioRuntime) { self.runtime = runtime }

    /// `is_set()`.
    public var isSet: Bool { value }

    /// `set()`: wake every waiter, FIFO (they resume next pass; the setter continues first).
    public func set() {
        if value { return }
        value = true
        for i in 0..<waiters.count where !waiters[i].isDone { waiters[i].setResult(.bool(true)) }
    }

    /// `clear()`.
    public func clear() { value = false }

    /// `await event.wait()`.
    public func wait() -> Coroutine { EventWait(self) }

    /// Number of futures waiting (reprs, deadlock reports).
    public var waiterCount: Int { waiters.count }

    /// The bracket part of `repr(event)`: `set`, `unset, waiters:1`.
    public var reprState: String {
        var s = value ? "set" : "unset"
        if !waiters.isEmpty { s += ", waiters:\(waiters.count)" }
        return s
    }
}

final class EventWait: NativeCoroutine {
    let event: AsyncEvent
    var fut: Future?
    init(_ e: AsyncEvent) { event = e; super.init(qualname: "Event.wait") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            if event.value { return .returned(.bool(true)) }
            guard let loop = event.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
            let f = loop.createFuture(purpose: event.purpose)
            fut = f
            event.waiters.append(f)
            pc = 1
            return awaitFuture(f)
        }
        event.waiters.remove(fut!)
        if case .error(let e) = input { return .raised(e) }
        return .returned(.bool(true))
    }
}
