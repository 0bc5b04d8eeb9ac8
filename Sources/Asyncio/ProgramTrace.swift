import Engine
import VM

/// One event of a program's trace: an engine event of loop number `loop` (1 = the first loop
/// the program created), or an interpreter fact while no loop ran (`loop == nil`).
public struct ProgramEvent {
    /// 1-based index into `AsyncioBridge.loops`; nil outside any loop.
    public var loop: Int?
    /// The event, its `seq` renumbered across the whole program (1, 2, 3 …).
    public var event: TraceEvent
    /// Added to every virtual time of the event to give the program's clock (a loop counts
    /// from the clock reading at its creation, as `loop.time()` shows).
    public var origin: Int64
}

/// The whole trace of one program run (`looplab run --json`, the presentation): the engine
/// events of every loop plus the interpreter's output lines, exceptions and warnings.
///
/// Installed by `AsyncioBridge.startTrace()` before the program runs. Events keep ids, reprs
/// and type names only — never a Python object (DESIGN §4 "Lifetimes").
public final class ProgramTrace: VMObserver {
    public private(set) var events: [ProgramEvent] = []
    /// Called with each event as it is recorded (live views; tests compare the replayed
    /// state with the running loop's).
    public var onEvent: ((ProgramEvent) -> Void)?
    unowned let bridge: AsyncioBridge
    /// Text written to stdout (index 1) / stderr (2) since the last newline.
    var partialLines = ["", "", ""]

    init(bridge: AsyncioBridge) {
        self.bridge = bridge
    }

    func append(_ event: TraceEvent, loop: Int?, origin: Int64) {
        var e = event
        e.seq = events.count + 1
        let p = ProgramEvent(loop: loop, event: e, origin: origin)
        events.append(p)
        onEvent?(p)
    }

    /// An interpreter fact: attributed to the running loop (its pass and task) when there is
    /// one, else recorded at the program's clock.
    func vmEvent(_ kind: TraceEvent.Kind) {
        if let l = bridge.runtime.runningLoop, l.instrument != nil {
            l.trace(kind)
            return
        }
        let e = TraceEvent(seq: 0, time: bridge.nowNanoseconds, pass: 0, task: nil, kind: kind,
                           location: bridge.vm.currentLocation.map(SourceLocation.init))
        append(e, loop: nil, origin: 0)
    }

    /// Output arrives in arbitrary chunks; the trace has one event per line.
    func output(stream: Int, _ text: String) {
        var rest = Substring(text)
        while let nl = rest.firstIndex(of: "\n") {
            let line = partialLines[stream] + rest[...nl]
            partialLines[stream] = ""
            vmEvent(.output(stream: stream, text: line))
            rest = rest[rest.index(after: nl)...]
        }
        partialLines[stream] += rest
    }

    /// Flushes unterminated output lines (called when the run ends).
    public func finish() {
        for stream in 1...2 where !partialLines[stream].isEmpty {
            let line = partialLines[stream]
            partialLines[stream] = ""
            vmEvent(.output(stream: stream, text: line))
        }
    }

    // MARK: VMObserver

    public func exceptionRaised(type: String, message: String) {
        vmEvent(.exceptionRaised(type: type, message: message))
    }

    public func exceptionCaught(type: String) {
        vmEvent(.exceptionCaught(type: type))
    }

    public func warning(_ message: String) {
        vmEvent(.warning(message))
    }
}

/// The instrument of one loop: forwards its events into the program trace.
final class LoopTap: Instrument {
    unowned let trace: ProgramTrace
    unowned let loop: EventLoop
    let index: Int

    init(trace: ProgramTrace, loop: EventLoop, index: Int) {
        self.trace = trace
        self.loop = loop
        self.index = index
    }

    func record(_ event: TraceEvent) {
        trace.append(event, loop: index, origin: loop.clockOrigin)
    }
}

extension SourceLocation {
    init(_ l: (file: String, line: Int, column: Int)) {
        self.init(file: l.file, line: l.line, column: l.column)
    }
}

extension AsyncioBridge {
    /// The source location of an engine event: inside a task step whose coroutine is not
    /// running Python code at the moment (the step is starting, has just suspended, or passes
    /// a throw on to a native awaitable), the line where that coroutine waits; otherwise the
    /// line running now.
    func traceLocation() -> SourceLocation? {
        if let t = runtime.runningLoop?.currentTask, let c = t.coro as? VMCoroutine,
           !vm.isExecuting(inside: c.gen), let l = vm.suspendedLocation(c.gen) {
            return SourceLocation(l)
        }
        return vm.currentLocation.map(SourceLocation.init)
    }

    /// Starts recording the program's trace: every loop created from now on gets an
    /// instrument, and the interpreter reports output, exceptions and warnings.
    @discardableResult
    public func startTrace() -> ProgramTrace {
        if let t = trace { return t }
        let t = ProgramTrace(bridge: self)
        trace = t
        vm.observer = t
        vm.stdout.tap = { [unowned t] s in t.output(stream: 1, s) }
        vm.stderr.tap = { [unowned t] s in t.output(stream: 2, s) }
        runtime.locationHook = { [unowned self] in self.traceLocation() }
        runtime.traceReprHook = { [unowned self] o in self.vm.traceRepr(self.toVM(.host(o))) }
        for (i, l) in loops.enumerated() where l.instrument == nil {
            l.instrument = LoopTap(trace: t, loop: l, index: i + 1)
        }
        return t
    }
}
