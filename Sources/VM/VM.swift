import Compiler
import MersenneTwister
import Syntax

/// A stop that looplab imposes (a limit, an unsupported construct, a sandboxed import). Python code
/// cannot catch it; the runner prints `message` to stderr and exits with status 1.
public struct LooplabStop: Error {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Options of one interpreter instance.
public struct VMOptions {
    /// Instructions before the run is stopped (0 = no limit).
    public var maxSteps: Int = 200_000_000
    /// Bytes a single allocation or big-int result may use before MemoryError (0 = no limit).
    public var maxMemory: Int = 1 << 30
    /// Python's recursion limit.
    public var recursionLimit: Int = 1000
    /// Polled every `interruptInterval` instructions; returning true raises KeyboardInterrupt.
    public var interruptCheck: (() -> Bool)? = nil
    public var interruptInterval: Int = 1 << 14
    /// The clock `time` reads (the engine installs its own).
    public var clock: Clock = VirtualClock()
    /// Seconds since the epoch at clock zero (`time.time()`).
    public var epoch: Double = 1_700_000_000.0
    /// Seed of the `random` module when the program does not seed it.
    public var randomSeed: Int = 0
    /// `--cpu-model`: executed operations charge virtual CPU time (CPUCost.swift).
    public var cpuModel = false
    public init() {}
}

/// The interpreter: global state of one program run (builtins, modules, output, limits) and the
/// dispatch loop (`VM+Run.swift`).
public final class VM {
    public var options: VMOptions
    public let builtins: PyDict
    /// Imported modules by name.
    public var modules: [String: PyModule] = [:]
    /// Native modules that can be imported (registered from Swift, created on first import).
    var nativeModules: [String: NativeModule] = [:]
    public let stdout: OutputBuffer
    public let stderr: OutputBuffer
    /// Source files by name, for traceback lines.
    public var sources: [String: SourceFile] = [:]
    /// `sys.argv[0]`.
    public var scriptPath = ""
    /// Globals of the main module (for NameError suggestions).
    var lastGlobals: PyDict?
    /// The `random` module's generator.
    var random = PythonRandom()
    /// `json.JSONDecodeError`, once `json` is imported.
    var jsonDecodeError: PyClass?
    /// One code object per json library frame shown in tracebacks (JSONFrames.swift).
    var jsonFrameCodes: [JSONFrame: CodeObject] = [:]

    /// Identifiers of compiled code as shared str objects (see `intern`).
    var internedNames: [String: PyStr] = [:]
    /// Tuple constants by value and type (VM+Frames.constantValue): CPython's compiler merges
    /// equal constants across all code objects of the program, so they are one object.
    var mergedTupleConstants: [String: Value] = [:]
    /// Where names were found along types' MROs (CPython's type attribute cache).
    let typeCache = TypeAttributeCache()
    /// `__setattr__`, interned (looked up on every attribute store).
    lazy var setattrName: PyStr = intern("__setattr__")

    /// The frame currently running (nil between runs). Not a counted reference: the running
    /// dispatch loop holds the frame (its `f`), and this is reset when that loop returns; it
    /// changes on every call and return, where reference counting showed in profiles.
    unowned(unsafe) var current: Frame?
    /// Python frames plus nested native calls, for the recursion limit.
    var depth = 0
    /// Instructions executed (for the step budget).
    public internal(set) var steps = 0
    var stepLimit = Int.max
    var nextInterruptPoll = 0
    /// Set by `reraise`: the next unwinding must not add a traceback entry for this frame.
    var reraising = false
    /// An error detected while returning into a caller frame (`__init__` returning non-None).
    var pendingCallerError: PyException?
    /// Containers whose repr is being built (CPython's `Py_ReprEnter`), to print `[...]`.
    var reprActive: Set<ObjectIdentifier> = []
    /// Run at interpreter exit, after the main namespace is cleared (what only cycles keep
    /// alive dies then: the asyncio bridge reports pending tasks here).
    public var atExitHandlers: [() -> Void] = []
    /// `sys.set_asyncgen_hooks` as a running event loop installs them: called at an async
    /// generator's first iteration (`firstiter`); returns the finalizer the generator keeps
    /// (nil while no loop runs).
    public var asyncGenFirstIter: ((PyGenerator) throws -> ((PyGenerator?) -> Void)?)?
    /// When `steps` reaches this, `checkLimits` runs (step budget and interrupt poll).
    var stepCheckpoint = 0
    /// Suspended generators whose object died, waiting to be closed at the next instruction
    /// boundary (a Swift `deinit` is no place to run Python code).
    var dyingGenerators: [(generator: PyGenerator, address: UInt)] = []
    /// Where a library function implemented natively is, when the running library frame
    /// stands for several statements (the event loop: `Handle._run`, or `_run_once`
    /// dropping the handle it ran); nil keeps the frame. Asked only for warnings.
    public var librarySite: ((Frame) -> Frame?)?
    var closingDyingGenerators = false

    /// The VM running on this process's interpreter thread (for warnings raised from deinit).
    nonisolated(unsafe) public static weak var active: VM?
    /// The program was stopped by looplab (a limit, a deadlock, the horizon): a state CPython
    /// never reaches, so exit-time lifetime messages about it would only mislead.
    public internal(set) var stoppedByLooplab = false
    /// Set while module globals are torn down at exit (warnings then say `sys:1`).
    var atExit = false
    /// `sys.last_value`: the uncaught exception, kept (with what its traceback holds) until
    /// interpreter exit.
    var lastUncaught: PyException?
    /// Set while `sys.last_value` is released at exit: warnings still get the tracemalloc hint.
    var exitWarningsHint = false
    /// Warnings already shown (CPython's "default" filter shows each location once).
    var shownWarnings: Set<String> = []
    /// CPU time (picoseconds) executed but not yet handed to the clock (`flushCPU`).
    var cpuPicos: Int64 = 0
    /// All CPU time handed to the clock so far, in nanoseconds (`%time`'s CPU times).
    public internal(set) var cpuNanoseconds: Int64 = 0
    /// `%time` blocks in progress: `cpuNanoseconds` at each start.
    var timeCPUStarts: [Int64] = []
    /// Receives exceptions and warnings while a trace is recorded (VMObserver.swift). Strong:
    /// the observer refers back to the run only unowned, and a weak load would cost more on
    /// the paths that test it.
    public var observer: VMObserver?
    /// The payload of the last NaN `float()` made (see `freshNaN`).
    var nanSerial = 0

    public init(options: VMOptions = VMOptions(), stdout: OutputBuffer = OutputBuffer(fd: 1),
                stderr: OutputBuffer = OutputBuffer(fd: 2, lineBuffered: true)) {
        self.options = options
        self.stdout = stdout
        self.stderr = stderr
        self.builtins = PyDict()
        self.stepLimit = options.maxSteps > 0 ? options.maxSteps : Int.max
        TypeMethods.installOnce()
        installBuiltins()
        registerStandardModules()
    }

    /// Flushes both output streams (and hands pending CPU time to the clock).
    public func flush() {
        flushCPU()
        stdout.flush()
        stderr.flush()
    }
}

/// Buffered output to a file descriptor or a Swift closure (tests and the shell capture output).
public final class OutputBuffer {
    private var buffer: [UInt8] = []
    private let fd: Int32
    private let sink: ((String) -> Void)?
    private let lineBuffered: Bool
    /// Sees every write as it happens (the trace's output events); nil when nobody records.
    public var tap: ((String) -> Void)?

    public init(fd: Int32, lineBuffered: Bool = false) {
        self.fd = fd
        self.sink = nil
        self.lineBuffered = lineBuffered
        buffer.reserveCapacity(1 << 16)
    }

    /// Output handed to `sink` on every flush.
    public init(sink: @escaping (String) -> Void) {
        self.fd = -1
        self.sink = sink
        self.lineBuffered = false
    }

    public func write(_ s: String) {
        if let tap { tap(s) }
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 || (lineBuffered && s.utf8.last == 10) { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        if let sink = sink {
            sink(String(decoding: buffer, as: UTF8.self))
        } else {
            buffer.withUnsafeBytes { raw in
                var off = 0
                while off < raw.count {
                    let n = PlatformIO.write(fd, raw.baseAddress! + off, raw.count - off)
                    if n <= 0 { break }
                    off += n
                }
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
