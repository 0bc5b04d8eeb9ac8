import ArgumentParser
import Foundation
import LineEditor
import VM
import Asyncio

/// Limits and determinism options shared by everything that runs Python
/// (DESIGN §7: the same names everywhere).
public struct RunSettings: ParsableArguments {
    @Option(name: .customLong("max-steps"), help: ArgumentHelp("Stop after N interpreter steps (0 = no limit).", valueName: "n"))
    public var maxSteps: Int?

    @Option(name: .customLong("max-memory"), help: ArgumentHelp("Memory budget in MB (0 = no limit).", valueName: "mb"))
    public var maxMemoryMB: Int?

    @Option(name: .customLong("seed"), help: ArgumentHelp("Seed of `random` when the program does not seed it (default 0).", valueName: "n"))
    public var seed: Int?

    @Option(name: .customLong("epoch"), help: ArgumentHelp("What time.time() reads at the start (default 1700000000.0).", valueName: "t"))
    public var epoch: Double?

    @Option(name: .customLong("network"), help: ArgumentHelp("The simulated network: a JSON table of URL → latency, status, body (docs/network-table.md).", valueName: "file"))
    public var network: String?

    @Flag(name: .customLong("cpu-model"), help: "Charge virtual time for computation, per source-level operation, from a cost table calibrated on CPython (DESIGN §4).")
    public var cpuModel = false

    @Option(name: .customLong("max-virtual-time"), help: ArgumentHelp("Stop a run whose next timer lies beyond S virtual seconds (default one day).", valueName: "s"))
    public var maxVirtualTime: Double?

    public init() {}

    public func validate() throws {
        if let maxSteps, maxSteps < 0 { throw ValidationError("--max-steps must be 0 or more") }
        if let maxMemoryMB, maxMemoryMB < 0 { throw ValidationError("--max-memory must be 0 or more") }
        if let epoch, !epoch.isFinite { throw ValidationError("--epoch must be a finite number of seconds") }
        if let t = maxVirtualTime, !(t >= 0) { throw ValidationError("--max-virtual-time must be 0 or more seconds") }
        if let network { _ = try NetworkTable.load(network) }
    }

    /// The interpreter's options, with Ctrl-C raising KeyboardInterrupt in the program.
    public func options() -> RunOptions {
        var options = RunOptions()
        if let maxSteps { options.vm.maxSteps = maxSteps }
        if let maxMemoryMB { options.vm.maxMemory = maxMemoryMB.multipliedReportingOverflow(by: 1 << 20).overflow ? 0 : maxMemoryMB << 20 }
        if let seed { options.vm.randomSeed = seed }
        options.vm.cpuModel = cpuModel
        if let epoch { options.vm.epoch = epoch }
        options.vm.interruptCheck = { Interrupt.take() }
        let horizon = maxVirtualTime
        let table = (try? network.map(NetworkTable.load)) ?? nil
        options.prepare = { vm in _ = AsyncioBridge.install(in: vm, horizonSeconds: horizon, network: table ?? [:]) }
        return options
    }

    /// `options()`, also handing back the asyncio bridge installed in the run's interpreter;
    /// with `trace`, the bridge records the program's trace from its first instruction.
    func options(capturing box: BridgeBox, trace: Bool = false) -> RunOptions {
        var o = options()
        let horizon = maxVirtualTime
        let table = (try? network.map(NetworkTable.load)) ?? nil
        o.prepare = { vm in
            let bridge = AsyncioBridge.install(in: vm, horizonSeconds: horizon, network: table ?? [:])
            if trace { bridge.startTrace() }
            box.bridge = bridge
        }
        return o
    }
}

/// Receives the bridge of a run (for the trace document written afterwards).
final class BridgeBox {
    var bridge: AsyncioBridge?
}

/// The path as CPython shows a script's: absolute, with `.` and `..` resolved
/// lexically (like `os.path.abspath`; symlinks are kept).
func absolutePath(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
        if part == "." { continue }
        if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
        parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
}

/// `looplab run FILE.py`: runs a Python program on looplab's interpreter.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Python program on looplab's interpreter.",
        discussion: """
            With --plain, prints exactly what `python3 FILE.py` prints (stdout, stderr and \
            exit status). Until the trace view lands, that is also what `run` does without it.
            """)

    @Argument(help: ArgumentHelp("The Python file to run.", valueName: "file.py"))
    var file: String

    @Flag(help: "Print only the program's own output, exactly as python3 would.")
    var plain = false

    @Option(name: .customLong("json"), help: ArgumentHelp("Write the trace document (docs/trace-format.md) to this file, whatever the outcome.", valueName: "out.json"))
    var json: String?

    @OptionGroup var settings: RunSettings

    func run() throws {
        Interrupt.install()
        let box = BridgeBox()
        let status = runProgram(path: absolutePath(file), options: settings.options(capturing: box, trace: json != nil))
        if let json {
            box.bridge?.trace?.finish()
            let doc = TraceDocument(program: file, status: status, bridge: box.bridge)
            if !FileManager.default.createFile(atPath: json, contents: Data(doc.text.utf8)) {
                FileHandle.standardError.write(Data("looplab: cannot write \(json)\n".utf8))
                throw ExitCode(1)
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// `--network FILE`: `{"URL": {"latency": seconds, "status": code, "body": text}}`
/// (docs/network-table.md); missing fields take the defaults (0.1 s, 200, a small HTML page).
enum NetworkTable {
    static func load(_ path: String) throws -> [String: NetworkEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("--network: cannot read \(path)")
        }
        guard let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ValidationError("--network: \(path) is not a JSON object of URLs")
        }
        var table: [String: NetworkEntry] = [:]
        for (url, v) in top {
            guard let e = v as? [String: Any] else { throw ValidationError("--network: \(url): expected an object") }
            var entry = NetworkEntry()
            if let l = e["latency"] as? NSNumber { entry.latency = l.doubleValue }
            if let s = e["status"] as? NSNumber { entry.status = s.intValue }
            if let b = e["body"] as? String { entry.body = b }
            table[url] = entry
        }
        return table
    }
}
