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
///     native coroutines as Python objects whose `__await__` iterator speaks the engine's
///     protocol (`AwaitIterator`).
public final class AsyncioBridge {
    public unowned let vm: VM
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
    var loopClass: PyClass!
    var handleClass: PyClass!
    var lockClass: PyClass!
    var eventClass: PyClass!

    var futureObjects: [ObjectIdentifier: EngineObject] = [:]
    var loopObjects: [ObjectIdentifier: EngineObject] = [:]
    var coroutines: [ObjectIdentifier: VMCoroutine] = [:]
    /// The simulated network (`--network FILE`): URL → latency, status, body.
    public var network: [String: NetworkEntry] = [:]
    var tracked: [Future] = []
    var tasksEver: [Task] = []
    var trackedIDs: Set<ObjectIdentifier> = []
    var libraryCodes: [LibraryFrame: CodeObject] = [:]
    var libraryLines: [String: [Int: String]] = [:]
    /// The program's trace while one is recorded (`startTrace()`, ProgramTrace.swift).
    public internal(set) var trace: ProgramTrace?

    public init(vm: VM) {
        self.vm = vm
    }

    /// Registers the modules and the clock in `vm`.
    public static func install(in vm: VM, horizonSeconds: Double? = nil,
                               network: [String: NetworkEntry] = [:]) -> AsyncioBridge {
        let bridge = AsyncioBridge(vm: vm)
        bridge.network = network
        if let h = horizonSeconds, h.isFinite, h >= 0 { bridge.horizon = Int64(min(h * 1e9, 9e18)) }
        bridge.runtime.reprHook = { [unowned bridge] o in bridge.reprHost(o) }
        bridge.runtime.reprlibHook = { [unowned bridge] v in Reprlib(vm: bridge.vm).repr(bridge.toVM(v)) }
        bridge.runtime.logHook = { [unowned bridge] entry in bridge.printLog(entry) }
        bridge.runtime.taskCreated = { [unowned bridge] t in bridge.track(t) }
        vm.options.clock = BridgeClock(bridge)
        bridge.registerModules()
        bridge.registerNetworkModules()
        vm.atExitHandlers.append { [unowned bridge] in bridge.destroyPendingTasks() }
        vm.asyncGenFirstIter = { [unowned bridge] g in bridge.asyncGenFirstIter(g) }
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

    /// The one Python object of an engine future or task.
    func wrap(_ f: Future) -> EngineObject {
        let id = ObjectIdentifier(f)
        if let o = futureObjects[id] { return o }
        let o = EngineObject(cls: f is Task ? taskClass : futureClass, payload: f)
        o.bridge = self
        futureObjects[id] = o
        track(f)
        return o
    }

    /// Remembers a future for the end-of-run lifetime messages.
    func track(_ f: Future) {
        guard trackedIDs.insert(ObjectIdentifier(f)).inserted else { return }
        tracked.append(f)
        if let t = f as? Task { tasksEver.append(t) }
        if let g = f as? GatheringFuture { for c in g.children { track(c) } }
    }

    /// "Task exception was never retrieved" for the futures that end the run with an exception
    /// nobody looked at. CPython logs it when the object dies; the run's end is where the loop
    /// and its tasks are dropped, so stderr gets the same text.
    func reportNeverRetrieved() {
        for f in tracked {
            if let log = f.neverRetrievedLog() {
                printLog(log)
            }
        }
        tracked.removeAll()
        trackedIDs.removeAll()
    }

    /// Breaks the reference cycles CPython leaves to its cycle collector (an exception that
    /// escaped `asyncio.run` and the main task), at exit where that collector runs last.
    func collectCycles() {
        let tracebacks = cyclicTracebacks
        cyclicTracebacks.removeAll()
        for tb in tracebacks {
            var t: PyTraceback? = tb
            while let x = t {
                x.keepAlive.removeAll()
                t = x.next
            }
        }
    }

    /// Interpreter exit: tasks still pending die with their coroutines. A task suspended in
    /// an await is in a reference cycle with the future it waits for; the collector closes the
    /// coroutine first (its `finally` runs), then the task logs "Task was destroyed but it is
    /// pending!". A task whose coroutine never ran is in no cycle: it dies first, then its
    /// coroutine dies unstarted ("never awaited").
    func destroyPendingTasks() {
        collectCycles()
        let tasks = tasksEver
        tasksEver.removeAll()
        // Those in no cycle die with the module's namespace, before the collector runs.
        for t in tasks where !t.isDone {
            if let c = t.coro as? VMCoroutine, !c.gen.isStarted {
                if let log = t.destroyedPendingLog() { printLog(log) }
                c.close()
                vm.warnNeverAwaited(c.gen.qualname)
            }
        }
        for t in tasks where !t.isDone {
            if let c = t.coro as? VMCoroutine, c.gen.frame == nil { continue }
            t.coro.close()
            if let log = t.destroyedPendingLog() { printLog(log) }
        }
        vm.flush()
    }

    func wrapLoop(_ l: EventLoop) -> EngineObject {
        let id = ObjectIdentifier(l)
        if let o = loopObjects[id] { return o }
        let o = EngineObject(cls: loopClass, payload: l)
        loopObjects[id] = o
        return o
    }

    /// A native engine coroutine as a Python awaitable (`<coroutine object sleep at …>`).
    /// `fresh`: a coroutine object just made, which warns "never awaited" if it dies before
    /// anything awaits it or hands it to the loop.
    func wrapCoroutine(_ c: Coroutine, name: String, fresh: Bool = true) -> Value {
        let o = EngineObject(cls: coroutineWrapperClass, payload: c)
        o.bridge = self
        o.label = name
        o.unawaited = fresh
        return .obj(o)
    }

    // MARK: exceptions

    func toEngineError(_ e: PyException) -> EngineError {
        if let known = e.engineError as? EngineError { return known }
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
            if let a = o as? AsyncGenAwaitable { return .coroutine(NativeAwaitCoroutine(a, self)) }
            if let e = o as? EngineObject {
                if let f = e.payload as? Future { return .future(f) }
                if let c = e.payload as? Coroutine {
                    e.unawaited = false
                    return .coroutine(c)
                }
            }
        }
        throw vm.typeError("An asyncio.Future, a coroutine or an awaitable is required")
    }

    func coroutine(_ v: Value, _ fn: String) throws -> Coroutine {
        if case .obj(let o) = v {
            if let g = o as? PyGenerator, g.flavor == .coroutine { return vmCoroutine(g) }
            if let a = o as? AsyncGenAwaitable { return NativeAwaitCoroutine(a, self) }
            if let e = o as? EngineObject, let c = e.payload as? Coroutine {
                e.unawaited = false
                return c
            }
        }
        throw vm.typeError("a coroutine was expected, got \(try vm.repr(v))")
    }

    /// The hooks `run_forever` installs with `sys.set_asyncgen_hooks`: while a loop runs, an
    /// async generator's first iteration registers it with the loop (weakly) and hands it
    /// the loop's finalizer hook, which the VM calls if the generator dies suspended.
    func asyncGenFirstIter(_ g: PyGenerator) -> ((PyGenerator) -> Void)? {
        guard let loop = runtime.runningLoop else { return nil }
        loop.asyncGenFirstIter(g) { [unowned self] agen in
            NativeAwaitCoroutine(AsyncGenAwaitable.aclose(agen as! PyGenerator), self)
        }
        return { [weak loop, unowned self] heir in
            loop?.asyncGenFinalizer(heir) { NativeAwaitCoroutine(AsyncGenAwaitable.aclose(heir), self) }
        }
    }

    /// The one engine coroutine of a VM coroutine object (gather(c, c) sees the same one twice).
    func vmCoroutine(_ g: PyGenerator) -> VMCoroutine {
        let id = ObjectIdentifier(g)
        if let c = coroutines[id] { return c }
        let c = VMCoroutine(g, bridge: self)
        coroutines[id] = c
        return c
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

/// A Python object carrying an engine object (a Future, Task, Queue, Lock, loop, native
/// coroutine …).
public final class EngineObject: PyInstance, NativeAwaitable {
    public let payload: AnyObject
    weak var bridge: AsyncioBridge?

    /// `__await__` without a method call: futures get a FutureIter, native coroutines are
    /// delegated to (once).
    public func awaitIterator(_ vm: VM) throws -> Value {
        guard let b = bridge else { throw vm.typeError("object \(cls.name) can't be used in 'await' expression") }
        if let f = payload as? Future {
            return .obj(AwaitIterator(cls: b.awaitIterClass, target: .future(f), bridge: b))
        }
        if let c = payload as? Coroutine {
            if consumed { throw vm.runtimeError("cannot reuse already awaited coroutine") }
            consumed = true
            unawaited = false
            return .obj(AwaitIterator(cls: b.awaitIterClass, target: .coroutine(c), bridge: b))
        }
        throw vm.typeError("object \(cls.name) can't be used in 'await' expression")
    }
    var label = ""
    /// For native coroutines: already awaited (a second await is an error).
    var consumed = false
    /// For native coroutines: made by an `async def` of asyncio and not yet awaited or given
    /// to the loop — CPython's coroutine would die in the CREATED state.
    var unawaited = false
    init(cls: PyClass, payload: AnyObject) {
        self.payload = payload
        super.init(cls: cls)
    }

    deinit {
        if unawaited, let c = payload as? Coroutine, let vm = VM.active { vm.warnNeverAwaited(c.qualname) }
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
