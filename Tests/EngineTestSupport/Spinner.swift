import Engine

/// A Swift coroutine that yields bare `n` times, then returns None: the cheapest task switch.
/// Shared by the engine's unit tests (pass counting) and `EngineBench` (switches per second).
public final class Spinner: Coroutine {
    var left: Int
    public init(_ n: Int) { left = n }
    public func send(_ value: EngineValue) -> CoroutineStep {
        if left == 0 { return .returned(.none) }
        left -= 1
        return .yielded(.none)
    }
    public func `throw`(_ error: EngineError) -> CoroutineStep { .raised(error) }
    public func close() {}
    public var qualname: String { "spin" }
    public var reprDescription: String { "spin() running" }
}
