import Compiler
/// The time source `time` reads. The engine owns the clock during asyncio runs (its virtual clock
/// jumps to timers); plain programs use `VirtualClock`, which only moves when the program sleeps.
public protocol Clock: AnyObject {
    /// Nanoseconds since the clock's zero.
    var now: Int { get }
    /// Blocks the running program for `ns` nanoseconds (advances virtual time); `what` names
    /// the blocking call (`time.sleep`). Throws a `LooplabStop` when the sleep would end beyond
    /// the run's virtual-time horizon (`--max-virtual-time`).
    func sleep(_ ns: Int, what: String) throws
    /// The running program computed for `ns` nanoseconds (`--cpu-model`): like `sleep` on a
    /// single thread; a clock that models threads shares CPU time under the GIL. Never throws:
    /// CPU time comes from steps already taken, which the step budget limits.
    func chargeCPU(_ ns: Int)
}

extension Clock {
    public func chargeCPU(_ ns: Int) { try? sleep(ns, what: "cpu") }
}

/// A clock that advances only by `sleep`.
public final class VirtualClock: Clock {
    public private(set) var now: Int = 0
    public init() {}
    public func sleep(_ ns: Int, what: String) { now += max(ns, 0) }
    /// Moves time forward (the engine's timer jumps use this).
    public func advance(to t: Int) { if t > now { now = t } }
}
