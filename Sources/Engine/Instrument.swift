/// Receives the engine's trace events (style.md example 13).
///
/// The loop keeps an optional instrument and checks `instrument != nil` before building an
/// event, so an uninstalled instrument costs one branch. Subscribers pick the kinds they care
/// about with a `switch` over `TraceEvent.Kind`; the annotated trace, the timeline and the
/// JSON export are all instruments.
public protocol Instrument: AnyObject {
    func record(_ event: TraceEvent)
}

/// An instrument that keeps every event in memory.
public final class TraceRecorder: Instrument {
    public private(set) var events: [TraceEvent] = []
    public init() {}
    public func record(_ event: TraceEvent) { events.append(event) }
}
