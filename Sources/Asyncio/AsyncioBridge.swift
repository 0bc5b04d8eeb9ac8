import Compiler
import Engine
import VM

/// The bridge between the interpreter (`VM`) and the asyncio engine (`Engine`).
///
/// One bridge serves one VM for one program run. It
///   * registers the `asyncio` and `concurrent.futures` native modules (AsyncioModule.swift),
///   * installs itself as the VM's `Clock`, so `time.*` read the engine's virtual clock,
///   * converts values (`Value` ↔ `EngineValue`) and exceptions (`PyException` ↔ `EngineError`)
///     keeping identities: one Python object per engine future, one `EngineError` per Python
///     exception object and the other way round,
///   * wraps VM coroutine objects as engine `Coroutine`s (`VMCoroutine`) and engine futures and
///     native coroutines as Python objects (EngineObject.swift) whose `__await__` iterators
///     speak the engine's protocol (`FutureIter`, `CoroutineObject`).
///
/// Memory: the bridge keeps no table of per-task objects. A future's Python object is found
/// through `Future.hostObject` and dies with its last Python reference; the futures Python saw
/// are remembered unowned, for the messages logged when they die (BridgeLifetimes.swift).
///
/// The native functions and objects point back to the bridge `unowned(unsafe)`: the bridge
/// lives exactly as long as its VM (the VM's clock owns it), so a checked reference would
/// only add a reference-count operation to every asyncio call and await step — and a `weak`
/// one would give the bridge a side table that makes all of its retains slow. The same holds
/// for `vm`: the VM owns the bridge (through its clock), so the VM outlives it, and a checked
/// `unowned` load costs an atomic retain and release on every `bridge.vm` of every step.
public final class AsyncioBridge {
    public unowned(unsafe) let vm: VM
    /// `vm` for the per-step calls, used through `_withUnsafeGuaranteedRef`: the VM has a side
    /// table (`VM.active` is weak), so every retain of it takes the runtime's slow path.
    let vmRef: Unmanaged<VM>
    public let runtime = AsyncioRuntime()
    /// The loop of the `asyncio.run` in progress, or the one `new_event_loop` made.
    public internal(set) var loop: EventLoop?
    /// Virtual nanoseconds elapsed outside any loop (plus those of finished loops).
    var elapsed: Int64 = 0
    /// The virtual-time horizon (`--max-virtual-time`), nanoseconds.
    public var horizon: Int64 = 86_400_000_000_000
    /// A looplab stop raised inside a coroutine step; re-thrown when the loop returns.
    var pendingStop: LooplabStop?
    /// While a function runs "in a thread" (`to_thread`): the segments it used.
    var threadSegments: [ThreadSegment]?
    /// Every loop created during the run (the trace document counts them).
    public internal(set) var loops: [EventLoop] = []
    /// Loops made by `new_event_loop` (their clocks count for `nowNanoseconds`).
    var detachedLoops: [EventLoop] = []
    /// Tracebacks whose entries hold a reference cycle (see `collectCycles`).
    var cyclicTracebacks: [PyTraceback] = []

    // Python-visible classes.
    var cancelledError: PyClass!
    var invalidStateError: PyClass!
    var queueEmpty: PyClass!
    var queueFull: PyClass!
    var futureClass: PyClass!
    var taskClass: PyClass!
    var coroutineWrapperClass: PyClass!
    var awaitIterClass: PyClass!
    var coroutineIterClass: PyClass!
    var loopClass: PyClass!
    var handleClass: PyClass!
    var lockClass: PyClass!
    var eventClass: PyClass!

    /// Future objects that must keep their identity for the whole run (subclass instances,
    /// objects with attributes) even while Python holds no reference to them.
    var pinned: [EngineObject] = []
    var loopObjects: [ObjectIdentifier: EngineObject] = [:]
    /// See VMCoroutine: the RuntimeError for a bare generator yielded to a task.
    var badGenerators: [ObjectIdentifier: (VMCoroutine, EngineError)] = [:]
    /// The simulated network (`--network FILE`): URL → latency, status, body.
    public var network: [String: NetworkEntry] = [:]
    /// The futures Python saw, in the order it saw them, not owned; nil where one died
    /// (`Future.hostSlot` is each one's index; BridgeLifetimes.swift).
    var tracked = ContiguousArray<Unmanaged<Future>?>()
    var trackedLive = 0
    /// `tracked` is compacted when it reaches this size.
    var trackedCompactAt = 1024
    /// Futures whose unretrieved exception was logged at the end of a run (not again when
    /// they die).
    var loggedAtRunEnd = Set<ObjectIdentifier>()
    var libraryCodes: [LibraryFrame: CodeObject] = [:]
    /// Frames standing for a statement of the running loop (`loopReleaseSite`).
    var librarySites: [LibraryFrame: Frame] = [:]
    var libraryLines: [String: [Int: String]] = [:]
    /// The program's trace while one is recorded (`startTrace()`, ProgramTrace.swift).
    public internal(set) var trace: ProgramTrace?

    public init(vm: VM) {
        self.vm = vm
        vmRef = Unmanaged.passUnretained(vm)
    }

    deinit {
        // Futures outliving the bridge die silently.
        runtime.futureDied = nil
        runtime.taskCreated = nil
        runtime.logHook = nil
    }

    /// Registers the modules and the clock in `vm`.
    public static func install(in vm: VM, horizonSeconds: Double? = nil,
                               network: [String: NetworkEntry] = [:]) -> AsyncioBridge {
        let bridge = AsyncioBridge(vm: vm)
        bridge.network = network
        if let h = horizonSeconds, h.isFinite, h >= 0 { bridge.horizon = Int64(min(h * 1e9, 9e18)) }
        bridge.runtime.reprHook = { [unowned(unsafe) bridge] o in bridge.reprHost(o) }
        bridge.runtime.reprlibHook = { [unowned(unsafe) bridge] v in Reprlib(vm: bridge.vm).repr(bridge.toVM(v)) }
        bridge.runtime.logHook = { [unowned(unsafe) bridge] entry in bridge.printLog(entry) }
        bridge.runtime.taskCreated = { [unowned(unsafe) bridge] t in bridge.track(t) }
        bridge.runtime.futureDied = { [unowned(unsafe) bridge] f in bridge.futureDied(f) }
        vm.librarySite = { [unowned(unsafe) bridge] _ in bridge.loopReleaseSite() }
        vm.options.clock = BridgeClock(bridge)
        bridge.registerModules()
        bridge.registerNetworkModules()
        vm.atExitHandlers.append { [unowned(unsafe) bridge] in bridge.destroyPendingTasks() }
        vm.asyncGenFirstIter = { [unowned(unsafe) bridge] g in bridge.asyncGenFirstIter(g) }
        return bridge
    }

    /// The virtual clock in seconds (the trace document's `virtual_time`).
    public var virtualTime: Double { Double(nowNanoseconds) / 1e9 }

    /// The program's clock: the current loop's, or what closed loops and code outside loops
    /// brought it to; a loop made by `new_event_loop` (not the current one) that ran further
    /// moved it too (CPython has one monotonic clock).
    var nowNanoseconds: Int64 {
        var t = elapsed
        if let l = loop, !l.isClosed { t = l.clockOrigin + l.now }
        for d in detachedLoops { t = max(t, d.clockOrigin + d.now) }
        return t
    }

    // MARK: loops

    func makeLoop() -> EventLoop {
        let l = EventLoop(runtime: runtime)
        configure(l)
        return l
    }

    func configure(_ l: EventLoop) {
        vm.flushCPU()  // CPU time of the code before this loop belongs before its origin
        elapsed = nowNanoseconds
        l.clockOrigin = elapsed
        l.horizon = horizon > elapsed ? horizon - elapsed : 0
        loop = l
        loops.append(l)
        if let t = trace { l.instrument = LoopTap(trace: t, loop: l, index: loops.count) }
    }

    /// Called when a loop closes: the clock keeps its reading.
    func loopFinished(_ l: EventLoop) {
        elapsed = max(elapsed, l.clockOrigin + l.now)
    }

    // MARK: values

    func toEngine(_ v: Value) -> EngineValue {
        switch v {
        case .none, .null: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .double(d)
        case .str(let s): return .string(s.value)
        case .obj(let o):
            if let e = o as? EngineObject, let f = e.payload as? Future { return .future(f) }
            if let e = o as? PyException { return .error(toEngineError(e)) }
            return .host(o)
        }
    }

    func toVM(_ v: EngineValue) -> Value {
        switch v {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .float(d)
        case .string(let s): return .string(s)
        case .list(let xs): return .obj(PyList(xs.map(toVM)))
        case .tuple(let xs): return .obj(PyTuple(xs.map(toVM)))
        case .set(let xs):
            let s = PySet()
            for x in xs { try? s.add(toVM(x), vm: vm) }
            return .obj(s)
        case .future(let f): return .obj(wrap(f))
        case .error(let e): return .obj(toVMException(e))
        case .host(let o):
            if let s = o as? PyStr { return .str(s) }
            if let p = o as? PyObject { return .obj(p) }
            return .none
        }
    }

    func reprHost(_ o: AnyObject) -> String {
        let v = toVM(.host(o))
        return (try? vm.repr(v)) ?? "<object>"
    }

    /// The one Python object of an engine future or task (while it lives: see EngineObject).
    @inline(__always)
    func wrap(_ f: Future) -> EngineObject {
        if let o = f.hostObject {
            if !f.hostTracked { track(f) }
            return unsafeDowncast(o.takeUnretainedValue(), to: EngineObject.self)
        }
        let o = newWrapper(f)
        track(f)
        return o
    }

    func newWrapper(_ f: Future) -> EngineObject {
        let o = EngineObject(cls: f is Task ? taskClass : futureClass, payload: f, bridge: self, wrapsFuture: true)
        f.hostObject = Unmanaged<AnyObject>.passUnretained(o)
        return o
    }

    /// What a native coroutine yields, as the Python value passed up to the task. A future
    /// yielded here is on its way to the task that awaits it (which retrieves its outcome),
    /// so it is not remembered for the end-of-run messages unless Python code gets hold of
    /// it another way (`wrap`).
    @inline(__always)
    func yieldedValue(_ y: EngineValue) -> Value {
        guard case .future(let f) = y else { return toVM(y) }
        if let o = f.hostObject { return .obj(unsafeDowncast(o.takeUnretainedValue(), to: EngineObject.self)) }
        return .obj(newWrapper(f))
    }

    func wrapLoop(_ l: EventLoop) -> EngineObject {
        let id = ObjectIdentifier(l)
        if let o = loopObjects[id] { return o }
        let o = EngineObject(cls: loopClass, payload: l, bridge: self)
        loopObjects[id] = o
        return o
    }

    /// A native engine coroutine as a Python awaitable (`<coroutine object sleep at …>`).
    /// `fresh`: a coroutine object just made, which warns "never awaited" if it dies before
    /// anything awaits it or hands it to the loop.
    func wrapCoroutine(_ c: Coroutine, name: String, fresh: Bool = true) -> Value {
        let o = CoroutineObject(cls: coroutineWrapperClass, coroutine: c, label: name, bridge: self)
        o.unawaited = fresh
        return .obj(o)
    }

    /// A native coroutine whose fast path runs at its first step (see CoroutineObject).
    func wrapFast(_ state: CoroutineObject.State, target: AnyObject, name: String) -> Value {
        let o = CoroutineObject(cls: coroutineWrapperClass, state: state, target: target, label: name, bridge: self)
        o.unawaited = true
        return .obj(o)
    }

    // MARK: exceptions

    func toEngineError(_ e: PyException) -> EngineError {
        if let known = e.engineError { return unsafeDowncast(known, to: EngineError.self) }
        let cls: PyClass = e.cls
        let kind: ExceptionKind
        if cls === cancelledError { kind = .cancelledError }
        else if cls === ExceptionTypes.timeoutError { kind = .timeoutError }
        else if cls === invalidStateError { kind = .invalidStateError }
        else if cls === ExceptionTypes.runtimeError { kind = .runtimeError }
        else if cls === ExceptionTypes.valueError { kind = .valueError }
        else if cls === ExceptionTypes.typeError { kind = .typeError }
        else if cls === queueEmpty { kind = .queueEmpty }
        else if cls === queueFull { kind = .queueFull }
        else if cls === ExceptionTypes.exceptionGroup { kind = .exceptionGroup }
        else if cls === ExceptionTypes.baseExceptionGroup { kind = .baseExceptionGroup }
        else if cls === ExceptionTypes.keyboardInterrupt { kind = .keyboardInterrupt }
        else if cls === ExceptionTypes.systemExit { kind = .systemExit }
        else if cls === ExceptionTypes.generatorExit { kind = .generatorExit }
        else { kind = .host }
        let isExit = e.isInstance(of: ExceptionTypes.keyboardInterrupt) || e.isInstance(of: ExceptionTypes.systemExit)
        let err = EngineError(kind: kind, typeName: cls.name, args: e.args.map(toEngine),
                              isCancellation: e.isInstance(of: cancelledError),
                              isBaseOnly: !e.isInstance(of: ExceptionTypes.exception),
                              isExit: isExit, host: e)
        err.exceptions = e.groupExceptions.map(toEngineError)
        e.engineError = err
        return err
    }

    func toVMException(_ err: EngineError) -> PyException {
        if let e = err.host as? PyException { return e }
        let cls: PyClass
        switch err.kind {
        case .cancelledError: cls = cancelledError
        case .timeoutError: cls = ExceptionTypes.timeoutError
        case .invalidStateError: cls = invalidStateError
        case .runtimeError: cls = ExceptionTypes.runtimeError
        case .valueError: cls = ExceptionTypes.valueError
        case .typeError: cls = ExceptionTypes.typeError
        case .queueEmpty: cls = queueEmpty
        case .queueFull: cls = queueFull
        case .exceptionGroup: cls = ExceptionTypes.exceptionGroup
        case .baseExceptionGroup: cls = ExceptionTypes.baseExceptionGroup
        case .keyboardInterrupt: cls = ExceptionTypes.keyboardInterrupt
        case .systemExit: cls = ExceptionTypes.systemExit
        case .generatorExit: cls = ExceptionTypes.generatorExit
        case .host:
            cls = ExceptionTypes.all.first { $0.name == err.typeName } ?? ExceptionTypes.runtimeError
        }
        let e = vm.newException(cls)
        if err.kind == .exceptionGroup || err.kind == .baseExceptionGroup {
            let members = err.exceptions.map(toVMException)
            e.groupExceptions = members
            e.args = [err.args.first.map(toVM) ?? .string(""), .obj(PyList(members.map { .obj($0) }))]
        } else {
            e.args = err.args.map(toVM)
        }
        if let c = err.cause { e.cause = toVMException(c) }
        if let c = err.context { e.context = toVMException(c) }
        e.suppressContext = err.suppressContext
        err.host = e
        e.engineError = err
        return e
    }

    // MARK: awaitables

    /// What `create_task`/`ensure_future`/`gather` accept.
    func awaitable(_ v: Value, _ what: String = "a coroutine") throws -> Awaitable {
        if case .obj(let o) = v {
            if let g = o as? PyGenerator, g.flavor == .coroutine { return .coroutine(vmCoroutine(g)) }
            if let c = o as? CoroutineObject {
                c.unawaited = false
                return .coroutine(c.coroutine)
            }
            if let a = o as? AsyncGenAwaitable { return .coroutine(NativeAwaitCoroutine(a, self)) }
            if let e = o as? EngineObject, let f = e.payload as? Future { return .future(f) }
        }
        throw vm.typeError("An asyncio.Future, a coroutine or an awaitable is required")
    }

    /// `awaitable` for each argument of `gather`/`as_completed`, which take one task per
    /// distinct object: a coroutine passed twice is the same engine coroutine both times.
    func awaitables(_ vs: [Value]) throws -> [Awaitable] {
        var out: [Awaitable] = []
        try awaitables(vs, into: &out)
        return out
    }

    /// `awaitables`, appending one by one: on an error, `out` has those before it.
    func awaitables(_ vs: [Value], into out: inout [Awaitable]) throws {
        var seen: [ObjectIdentifier: VMCoroutine] = [:]
        for v in vs {
            if case .obj(let o) = v, let g = o as? PyGenerator, g.flavor == .coroutine {
                if let c = seen[ObjectIdentifier(g)] { out.append(.coroutine(c)); continue }
                let c = vmCoroutine(g)
                seen[ObjectIdentifier(g)] = c
                out.append(.coroutine(c))
                continue
            }
            out.append(try awaitable(v))
        }
    }

    func coroutine(_ v: Value, _ fn: String) throws -> Coroutine {
        if case .obj(let o) = v {
            if let g = o as? PyGenerator, g.flavor == .coroutine { return vmCoroutine(g) }
            if let c = o as? CoroutineObject {
                c.unawaited = false
                return c.coroutine
            }
            if let a = o as? AsyncGenAwaitable { return NativeAwaitCoroutine(a, self) }
        }
        throw vm.typeError("a coroutine was expected, got \(try vm.repr(v))")
    }

    /// The hooks `run_forever` installs with `sys.set_asyncgen_hooks`: while a loop runs, an
    /// async generator's first iteration registers it with the loop and hands it the loop's
    /// finalizer hook, which the VM calls when the generator dies: with the heir of its
    /// suspended frame (→ `aclose()` in a new task), or nil when it finished or was closed
    /// (the loop only forgets it). The hook holds the loop strongly (no side table for the
    /// loop; every loop lives as long as the bridge anyway) and knows the generator by its
    /// identifier, as it is called from the generator's `deinit`.
    func asyncGenFirstIter(_ g: PyGenerator) -> ((PyGenerator?) -> Void)? {
        guard let loop = runtime.runningLoop else { return nil }
        loop.asyncGenFirstIter(g) { [unowned(unsafe) self] agen in
            NativeAwaitCoroutine(AsyncGenAwaitable.aclose(agen as! PyGenerator), self)
        }
        let id = ObjectIdentifier(g)
        return { [unowned(unsafe) self] heir in
            guard let heir else { return loop.asyncGenFinished(id) }
            loop.asyncGenFinalizer(id) { NativeAwaitCoroutine(AsyncGenAwaitable.aclose(heir), self) }
        }
    }

    /// The engine coroutine driving a VM coroutine object (one per task; `awaitables` shares
    /// one among repeated arguments).
    func vmCoroutine(_ g: PyGenerator) -> VMCoroutine {
        VMCoroutine(g, bridge: self)
    }

    /// Re-raises a looplab stop that happened inside a coroutine step.
    func checkStop() throws {
        if let s = pendingStop {
            pendingStop = nil
            throw s
        }
    }

    // MARK: logs

    func printLog(_ entry: LoopLog) {
        trace?.vmEvent(.warning(entry.message))
        vm.stdout.flush()
        var out = entry.message + "\n"
        for (k, v) in entry.fields { out += "\(k): \(v)\n" }
        if let e = entry.exception {
            out += vm.formatUncaught(toVMException(e))
        }
        vm.stderr.write(out)
    }
}

/// `time.*` read the engine's clock; `time.sleep` blocks the loop (or a modelled thread).
final class BridgeClock: Clock {
    /// Strong: the VM owns its clock, and through it the bridge (the bridge only points back
    /// to the VM unowned), so installing the bridge is enough to keep it alive.
    let bridge: AsyncioBridge
    init(_ bridge: AsyncioBridge) { self.bridge = bridge }

    var now: Int {
        if let l = bridge.loop, !l.isClosed {
            _ = l.time()  // a clock read: later call_at(x) gets this read's stamp
            return Int(l.clockOrigin + l.now)
        }
        return Int(bridge.nowNanoseconds)
    }

    func sleep(_ ns: Int, what: String) throws {
        if bridge.threadSegments == nil {
            // The horizon stops a blocking sleep as it stops a loop whose next timer lies beyond
            // it (DESIGN §3): the clock never jumps past it, and the run never appears to hang.
            // A modelled thread needs no check: the engine's pool meets the horizon as a timer.
            let (end, overflow) = bridge.nowNanoseconds.addingReportingOverflow(Int64(ns))
            if overflow || end > bridge.horizon {
                throw LooplabStop(bridge.blockingHorizonMessage(what: what, until: overflow ? Int64.max : end))
            }
        }
        advance(Int64(ns), segment: .blocking(Int64(ns)), what: what)
    }

    /// CPU time (`--cpu-model`): holds the loop like a blocking call, but on a modelled
    /// thread it is a CPU segment, which shares the GIL with the other threads.
    func chargeCPU(_ ns: Int) {
        advance(Int64(ns), segment: .cpu(Int64(ns)), what: "cpu")
    }

    func advance(_ ns: Int64, segment: ThreadSegment, what: String) {
        if bridge.threadSegments != nil {
            if case .cpu(let n) = segment, case .cpu(let m)? = bridge.threadSegments!.last {
                bridge.threadSegments![bridge.threadSegments!.count - 1] = .cpu(m + n)
            } else {
                bridge.threadSegments!.append(segment)
            }
            return
        }
        if let l = bridge.runtime.runningLoop {
            l.block(nanoseconds: ns, what: what)
        } else if let l = bridge.loop, !l.isClosed {
            // An idle loop's clock: move it by running nothing; keep reading it.
            l.block(nanoseconds: ns, what: what)
        } else {
            bridge.trace?.vmEvent(.blockingCall(what: what, duration: ns))
            bridge.elapsed = bridge.nowNanoseconds + ns
        }
    }
}

// Both modules name their coroutine step and run outcome; in this target they are the engine's.
typealias CoroutineStep = Engine.CoroutineStep
typealias RunOutcome = Engine.RunOutcome
