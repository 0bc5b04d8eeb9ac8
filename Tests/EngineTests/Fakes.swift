@testable import Engine
import Testing

/// Collects what the fake coroutines "print".
final class Log {
    var lines: [String] = []
    func callAsFunction(_ s: String) { lines.append(s) }
    var text: String { lines.map { $0 + "\n" }.joined() }
}

/// One operation of a scripted fake coroutine.
enum Op {
    /// Synchronous code.
    case run(() -> Void)
    /// `last = await aw`; an exception propagates out of the coroutine.
    case await(() -> Awaitable)
    /// `try: last = await aw except: handler(outcome)`. The handler returns nil to continue,
    /// `.value(v)` to return v, `.error(e)` to raise e.
    case awaitCatch(() -> Awaitable, (Outcome) -> Outcome?)
    /// A bare `yield`.
    case yieldBare
    /// `return v`.
    case ret(() -> EngineValue)
    /// `raise e`.
    case raise(() -> EngineError)
}

/// A fake coroutine: a straight-line script of `Op`s (loops are unrolled when built).
final class Script: NativeCoroutine {
    let ops: [Op]
    var awaiting: Int?
    var last: Outcome = .value(.none)

    init(_ name: String, _ ops: [Op]) {
        self.ops = ops
        super.init(qualname: name)
    }

    override func resume(_ input: Outcome) -> CoroutineStep {
        if let i = awaiting {
            awaiting = nil
            switch ops[i] {
            case .await, .yieldBare:
                if case .error(let e) = input { return .raised(e) }
                last = input
            case .awaitCatch(_, let handler):
                if let r = handler(input) { return outcomeStep(r) }
                last = input
            default: break
            }
        }
        while pc < ops.count {
            let i = pc
            pc += 1
            switch ops[i] {
            case .run(let f): f()
            case .await(let aw), .awaitCatch(let aw, _):
                awaiting = i
                return awaitAny(aw())
            case .yieldBare:
                awaiting = i
                return .yielded(.none)
            case .ret(let v): return .returned(v())
            case .raise(let e): return .raised(e())
            }
        }
        return .returned(.none)
    }
}

extension EngineValue {
    var py: String { repr() }
}

/// Checks a scenario's output against CPython's, and — when CPython's count of loop passes
/// was stable over 3 runs (expected/NAME.passes) — the number of loop passes too.
func expectScenario(_ out: Log, _ rt: AsyncioRuntime, _ name: String,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(out.text == expected(name), sourceLocation: sourceLocation)
    let passes = expected(name, ext: "passes")
    if passes.hasPrefix("PASSES ") {
        #expect("PASSES \(rt.totalPasses)\n" == passes, "loop passes", sourceLocation: sourceLocation)
    }
}

/// CPython's recorded output for a scenario (Scenarios/record.sh).
func expected(_ name: String, ext: String = "out") -> String {
    let dir = #filePath.split(separator: "/").dropLast().joined(separator: "/")
    let path = "/" + dir + "/Scenarios/expected/\(name).\(ext)"
    guard let f = fopen(path, "r") else { return "<missing \(path)>" }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n <= 0 { break }
        bytes += buf[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
