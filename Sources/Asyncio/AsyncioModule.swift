import Engine
import VM

typealias ObjMethod = (EngineObject, Args) throws -> Value

extension AsyncioBridge {
    // MARK: helpers

    func runningLoop() throws -> EventLoop {
        guard let l = runtime.runningLoop else { throw vm.runtimeError("no running event loop") }
        return l
    }

    /// The loop asyncio's constructors and `get_event_loop` use: the running one, else the
    /// current (set or created) one.
    func eventLoop() -> EventLoop {
        if let l = runtime.runningLoop { return l }
        if let l = loop, !l.isClosed { return l }
        return makeLoop()
    }

    func number(_ v: Value, _ what: String) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        default: throw vm.typeError("'\(vm.typeName(v))' object cannot be interpreted as a number (\(what))")
        }
    }

    func optionalNumber(_ v: Value?, _ what: String) throws -> Double? {
        guard let v = v, !v.isNone else { return nil }
        return try number(v, what)
    }

    func arg(_ a: Args, _ i: Int, _ name: String) -> Value? {
        if i < a.count { return a[i] }
        return a.keyword(name)
    }

    func method(_ cls: PyClass, _ name: String, _ body: @escaping ObjMethod) {
        TypeMethods.method(cls, name) { vm, recv, a in
            guard case .obj(let o) = recv, let e = o as? EngineObject else {
                throw vm.typeError("descriptor '\(name)' requires a '\(cls.name)' object")
            }
            return try body(e, a)
        }
    }

    /// A read-only attribute computed from the object.
    func property(_ cls: PyClass, _ name: String, _ get: @escaping (EngineObject) throws -> Value) {
        let getter = PyNativeFunction(name: name, owner: cls.name) { vm, a in
            guard a.count == 1, case .obj(let o) = a[0], let e = o as? EngineObject else {
                throw vm.typeError("descriptor '\(name)' needs a '\(cls.name)' object")
            }
            return try get(e)
        }
        cls.dict.setStr(name, .obj(PyProperty(getter: .obj(getter))))
    }

    /// `name(args) at file:line`, as asyncio's `format_helpers._format_callback_source`: a
    /// `functools.partial` shows the wrapped function with the partial's arguments, followed
    /// by the call's own (`report('a')()`), and the source of the innermost function.
    func callbackLabel(_ fn: Value, _ args: [Value]) -> String {
        let reprlib = Reprlib(vm: vm)
        func formatArgs(_ args: [Value], _ keywords: [(key: Value, value: Value)]) -> String {
            var items = args.map { reprlib.repr($0) }
            for (k, v) in keywords { items.append(((try? vm.str(k)) ?? "?") + "=" + reprlib.repr(v)) }
            return "(" + items.joined(separator: ", ") + ")"
        }
        func partialParts(_ f: Value) -> (Value, [Value], [(key: Value, value: Value)])? {
            guard case .obj(let o) = f, o.cls.name == "partial", let inner = try? vm.getAttr(f, "func") else { return nil }
            var pargs: [Value] = []
            var pkw: [(key: Value, value: Value)] = []
            if case .obj(let t)? = try? vm.getAttr(f, "args"), let tup = t as? PyTuple { pargs = tup.items }
            if case .obj(let d)? = try? vm.getAttr(f, "keywords"), let dict = d as? PyDict { pkw = dict.entries }
            return (inner, pargs, pkw)
        }
        // `_format_callback`, unwrapping partials from the outside in.
        var f = fn, fargs = args, fkw: [(key: Value, value: Value)] = [], suffix = ""
        while let (inner, pargs, pkw) = partialParts(f) {
            suffix = formatArgs(fargs, fkw) + suffix
            (f, fargs, fkw) = (inner, pargs, pkw)
        }
        var text = callableName(f) + formatArgs(fargs, fkw) + suffix
        if case .obj(let o) = f, let pf = o as? PyFunction {
            text += " at \(pf.code.filename):\(pf.code.firstLine)"
        }
        return text
    }

    func newClass(_ m: NativeModuleBuilder, _ name: String, module: String,
                  base: PyClass = BuiltinTypes.object, export: Bool = true,
                  _ constructor: ((Args) throws -> Value)? = nil) -> PyClass {
        // Not marked builtin: the VM then honours the `__repr__`/`__str__` defined here.
        let cls = PyClass(name: name, base: base, isBuiltin: false, module: module)
        if let c = constructor {
            cls.constructor = { _, _, a in try c(a) }
        } else {
            cls.constructor = { vm, c, _ in throw vm.typeError("cannot create '\(module).\(name)' instances") }
        }
        if export { m.add(name, .obj(cls)) }
        return cls
    }

    func errorClass(_ m: NativeModuleBuilder, _ name: String, base: PyClass, module: String) -> PyClass {
        let cls = PyClass(name: name, base: base, isBuiltin: false, module: module)
        m.add(name, .obj(cls))
        return cls
    }

    func raise(_ e: EngineError?) throws {
        if let e = e { throw toVMException(e) }
    }

    func outcome(_ o: Outcome) throws -> Value {
        switch o {
        case .value(let v): return toVM(v)
        case .error(let e): throw toVMException(e)
        }
    }

    /// `__qualname__`, else `__name__`, else `repr()` (format_helpers._format_callback).
    func callableName(_ fn: Value) -> String {
        if case .obj(let o) = fn, let f = o as? PyFunction { return f.qualname }
        for attr in ["__qualname__", "__name__"] {
            if let v = try? vm.getAttr(fn, attr), case .str(let s) = v, !s.value.isEmpty { return s.value }
        }
        return (try? vm.repr(fn)) ?? "callback"
    }

    func address(_ o: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
    }

    // MARK: the modules

    func registerModules() {
        vm.register(NativeModule(name: "asyncio") { [unowned(unsafe) self] vm, m in self.buildAsyncio(m) })
        vm.register(NativeModule(name: "concurrent") { _, _ in })
        vm.register(NativeModule(name: "concurrent.futures") { [unowned(unsafe) self] vm, m in self.buildConcurrent(m) })
    }

    func buildConcurrent(_ m: NativeModuleBuilder) {
        for (name, process) in [("ThreadPoolExecutor", false), ("ProcessPoolExecutor", true)] {
            let cls = newClass(m, name, module: process ? "concurrent.futures.process" : "concurrent.futures.thread")
            cls.constructor = { [unowned self] _, c, a in
                .obj(ExecutorObject(cls: c, pool: ExecutorPool(maxWorkers: try self.maxWorkers(self.arg(a, 0, "max_workers"),
                                                                                                process: process),
                                                               processPool: process)))
            }
            TypeMethods.method(cls, "__enter__") { _, s, _ in s }
            TypeMethods.method(cls, "__exit__") { [unowned self] _, s, _ in
                self.shutdownExecutor(s, wait: true)
                return .bool(false)
            }
            TypeMethods.method(cls, "shutdown") { [unowned self] vm, s, a in
                let wait = try self.arg(a, 0, "wait").map { try vm.isTrue($0) } ?? true
                self.shutdownExecutor(s, wait: wait)
                return .none
            }
        }
    }

    /// `max_workers` as `ThreadPoolExecutor.__init__` / `ProcessPoolExecutor.__init__` check it
    /// (None: the default for the 4-core virtual machine).
    func maxWorkers(_ v: Value?, process: Bool) throws -> Int {
        guard let v = v, !v.isNone else {
            return process ? ExecutorPool.defaultProcessWorkers : ExecutorPool.defaultThreadWorkers
        }
        let n: Int
        switch v {
        case .int(let i): n = i
        case .bool(let b): n = b ? 1 : 0
        case .float(let d) where d.isFinite:
            // Workers are started while `num_threads < max_workers`.
            n = d > 0 ? Int(min(d.rounded(.up), 1e6)) : 0
        default:
            throw vm.typeError("'<=' not supported between instances of '\(vm.typeName(v))' and 'int'")
        }
        if n <= 0 { throw vm.valueError("max_workers must be greater than 0") }
        return n
    }

    /// `executor.shutdown(wait=)`: later submissions fail; with `wait` the calling thread
    /// blocks until the executor's calls are done (the loop's clock moves on meanwhile).
    func shutdownExecutor(_ s: Value, wait: Bool) {
        guard case .obj(let o) = s, let ex = o as? ExecutorObject else { return }
        ex.isShutdown = true
        guard wait, let l = runtime.runningLoop else { return }
        let blocked = l.shutdownWaitTime(ex.pool)
        if blocked > 0 { l.block(nanoseconds: blocked, what: "\(ex.cls.name).shutdown") }
    }

    func buildAsyncio(_ m: NativeModuleBuilder) {
        let vm = self.vm
        // Exceptions.
        cancelledError = errorClass(m, "CancelledError", base: ExceptionTypes.baseException, module: "asyncio.exceptions")
        invalidStateError = errorClass(m, "InvalidStateError", base: ExceptionTypes.exception, module: "asyncio.exceptions")
        queueEmpty = errorClass(m, "QueueEmpty", base: ExceptionTypes.exception, module: "asyncio.queues")
        queueFull = errorClass(m, "QueueFull", base: ExceptionTypes.exception, module: "asyncio.queues")
        m.add("TimeoutError", .obj(ExceptionTypes.timeoutError))
        m.add("FIRST_COMPLETED", .string("FIRST_COMPLETED"))
        m.add("FIRST_EXCEPTION", .string("FIRST_EXCEPTION"))
        m.add("ALL_COMPLETED", .string("ALL_COMPLETED"))

        buildFutureClasses(m)
        buildLoopClass(m)
        buildSyncClasses(m)
        buildQueues(m)
        buildContextManagers(m)

        m.function("run") { [unowned(unsafe) self] vm, a in
            guard a.count >= 1 else { throw vm.typeError("run() missing 1 required positional argument: 'main'") }
            return try self.run(a[0])
        }
        m.function("sleep") { [unowned(unsafe) self] vm, a in
            guard let d = self.arg(a, 0, "delay") else { throw vm.typeError("sleep() missing 1 required positional argument: 'delay'") }
            let result = self.toEngine(self.arg(a, 1, "result") ?? .none)
            if !self.isNumber(d) {
                return self.failing("sleep", self.notComparableWithZero(d), frame: .sleepCompare, holding: [d])
            }
            let delay = try self.number(d, "delay")
            if delay <= 0 { return self.wrapFast(.sleep0(result, yielded: false), target: self, name: "sleep") }
            if let l = self.runtime.runningLoop { return self.wrapCoroutine(l.sleep(delay, result: result), name: "sleep") }
            return self.wrapCoroutine(Lazy("sleep", self) { l in .success(l.sleep(delay, result: result)) }, name: "sleep")
        }
        m.function("create_task") { [unowned(unsafe) self] vm, a in
            guard a.count >= 1 else { throw vm.typeError("create_task() missing 1 required positional argument: 'coro'") }
            let l = try self.runningLoop()
            let c = try self.coroutine(a[0], "create_task")
            let t = l.createTask(c)
            if let n = a.keyword("name"), !n.isNone { t.name = try vm.str(n) }
            return .obj(self.wrap(t))
        }
        m.function("ensure_future") { [unowned(unsafe) self] vm, a in
            guard a.count >= 1 else { throw vm.typeError("ensure_future() missing 1 required positional argument: 'coro_or_future'") }
            let aw = try self.awaitable(a[0])
            if case .future(let f) = aw { return .obj(self.wrap(f)) }
            return .obj(self.wrap(self.eventLoop().ensureFuture(aw)))
        }
        m.function("gather") { [unowned(unsafe) self] vm, a in
            let rex = try a.keyword("return_exceptions").map { try vm.isTrue($0) } ?? false
            var aws: [Awaitable] = []
            do {
                try self.awaitables(a.positional, into: &aws)
            } catch {
                // gather wraps each argument in turn (`ensure_future`): the coroutines before
                // a rejected one are already tasks, which run on their own.
                let l = self.eventLoop()
                var wrapped = Set<ObjectIdentifier>()
                for case .coroutine(let c) in aws where wrapped.insert(ObjectIdentifier(c)).inserted {
                    _ = l.ensureFuture(.coroutine(c))
                }
                throw error
            }
            let l = self.eventLoop()
            return .obj(self.wrap(l.gather(aws, returnExceptions: rex)))
        }
        m.function("shield") { [unowned(unsafe) self] vm, a in
            guard a.count >= 1 else { throw vm.typeError("shield() missing 1 required positional argument: 'arg'") }
            let aw = try self.awaitable(a[0])
            return .obj(self.wrap(self.eventLoop().shield(aw)))
        }
        m.function("wait_for") { [unowned(unsafe) self] vm, a in
            guard let x = self.arg(a, 0, "fut") else { throw vm.typeError("wait_for() missing 2 required positional arguments: 'fut' and 'timeout'") }
            if let tv = self.arg(a, 1, "timeout"), !tv.isNone, !self.isNumber(tv) {
                // `fut` stays as given (not wrapped in a task), held by wait_for's frame.
                return self.failing("wait_for", self.notComparableWithZero(tv), frame: .waitForCompare, holding: [x, tv])
            }
            let t = try self.optionalNumber(self.arg(a, 1, "timeout"), "timeout")
            let aw = try self.awaitable(x)
            return self.wrapCoroutine(Lazy("wait_for", self) { l in .success(l.waitFor(aw, timeout: t)) }, name: "wait_for")
        }
        m.function("wait") { [unowned(unsafe) self] vm, a in
            guard let fsv = self.arg(a, 0, "fs") else { throw vm.typeError("wait() missing 1 required positional argument: 'fs'") }
            let timeout = try self.optionalNumber(a.keyword("timeout"), "timeout")
            let rw = try a.keyword("return_when").map { try vm.str($0) } ?? "ALL_COMPLETED"
            if case .obj(let o) = fsv, o is PyGenerator || o is EngineObject {
                return self.failing("wait", .type("expect a list of futures, not \(vm.typeName(fsv))"))
            }
            let items = try vm.iterate(fsv)
            if items.isEmpty { return self.failing("wait", .value("Set of Tasks/Futures is empty.")) }
            guard let when = ReturnWhen(rawValue: rw) else {
                return self.failing("wait", .value("Invalid return_when value: \(rw)"))
            }
            if items.contains(where: { if case .obj(let o) = $0, let g = o as? PyGenerator { return g.flavor == .coroutine } else { return false } }) {
                return self.failing("wait", .type("Passing coroutines is forbidden, use tasks explicitly."), frame: .waitCoroutines)
            }
            let aws = try items.map { try self.awaitable($0) }
            return self.wrapCoroutine(Lazy("wait", self) { l in .success(l.wait(aws, timeout: timeout, returnWhen: when)) }, name: "wait")
        }
        m.function("as_completed") { [unowned(unsafe) self] vm, a in
            guard let fsv = self.arg(a, 0, "fs") else { throw vm.typeError("as_completed() missing 1 required positional argument: 'fs'") }
            let timeout = try self.optionalNumber(a.keyword("timeout"), "timeout")
            let aws = try self.awaitables(vm.iterate(fsv))
            let it = self.eventLoop().asCompleted(aws, timeout: timeout)
            let iter = PyNativeIterator(vm: vm) { [unowned(unsafe) self] in
                guard let c = it.next() else { return nil }
                return self.wrapCoroutine(c, name: "_wait_for_one")
            }
            return .obj(iter)
        }
        m.function("to_thread") { [unowned(unsafe) self] vm, a in
            guard a.count >= 1 else { throw vm.typeError("to_thread() missing 1 required positional argument: 'func'") }
            var rest = a
            let fn = rest.positional.removeFirst()
            return self.wrapCoroutine(ThreadCall(self, fn, rest, executor: nil), name: "to_thread")
        }
        m.function("get_running_loop") { [unowned(unsafe) self] _, _ in .obj(self.wrapLoop(try self.runningLoop())) }
        m.function("get_event_loop") { [unowned(unsafe) self] _, _ in .obj(self.wrapLoop(self.eventLoop())) }
        m.function("new_event_loop") { [unowned(unsafe) self] _, _ in
            let l = EventLoop(runtime: self.runtime)
            l.clockOrigin = self.nowNanoseconds
            l.horizon = self.horizon
            self.loops.append(l)
            self.detachedLoops.append(l)
            if let t = self.trace { l.instrument = LoopTap(trace: t, loop: l, index: self.loops.count) }
            return .obj(self.wrapLoop(l))
        }
        m.function("set_event_loop") { [unowned(unsafe) self] _, a in
            if a.count >= 1, case .obj(let o) = a[0], let e = o as? EngineObject, let l = e.payload as? EventLoop {
                if let old = self.loop, old !== l, !old.isClosed { self.loopFinished(old) }
                l.clockOrigin = self.nowNanoseconds - l.now
                self.loop = l
            }
            return .none
        }
        m.function("current_task") { [unowned(unsafe) self] _, _ in
            guard let t = try self.runningLoop().currentTask else { return .none }
            return .obj(self.wrap(t))
        }
        m.function("all_tasks") { [unowned(unsafe) self] vm, _ in
            let s = PySet()
            for t in try self.runningLoop().allTasks() { try s.add(.obj(self.wrap(t)), vm: vm) }
            return .obj(s)
        }
        m.function("iscoroutine") { _, a in
            guard a.count == 1, case .obj(let o) = a[0] else { return .bool(false) }
            // 3.11 counts generators too (generator-based coroutines).
            if let g = o as? PyGenerator { return .bool(g.flavor != .asyncGenerator) }
            return .bool(o is CoroutineObject)
        }
        m.function("iscoroutinefunction") { _, a in
            guard a.count == 1, case .obj(let o) = a[0], let f = o as? PyFunction else { return .bool(false) }
            return .bool(f.code.flags.contains(.coroutine))
        }
        m.function("isfuture") { _, a in
            guard a.count == 1, case .obj(let o) = a[0], let e = o as? EngineObject else { return .bool(false) }
            return .bool(e.payload is Future)
        }
    }

    /// A coroutine that raises `error` when first awaited (argument errors of `async def`s).
    func failing(_ name: String, _ error: EngineError, frame: LibraryFrame? = nil, holding: [Value] = []) -> Value {
        wrapCoroutine(Failing(error, name, frame: frame, holding: holding), name: name)
    }

    /// The TypeError of `x <= 0` for a value that is not a number (asyncio's coroutines
    /// compare their delay or timeout with 0 when they start).
    func notComparableWithZero(_ v: Value) -> EngineError {
        .type("'<=' not supported between instances of '\(vm.typeName(v))' and 'int'")
    }

    func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        default: return false
        }
    }

    // MARK: asyncio.run

    /// Runs an event loop. Everything the loop runs — task steps, callbacks — is called from
    /// `Handle._run` (events.py:80) in CPython, so that frame is the running one wherever no
    /// Python frame of the program is: a coroutine left in a finished task's locals reports
    /// "never awaited" there.
    func insideLoop<T>(_ body: () -> T) -> T {
        vm.withLibraryFrame(libraryCode(.handleRun), body)
    }

    func run(_ main: Value) throws -> Value {
        if runtime.runningLoop != nil {
            // asyncio.run checks this first, before looking at `main`: the coroutine stays
            // unawaited, held by the traceback.
            let exc = vm.runtimeError("asyncio.run() cannot be called from a running event loop")
            appendFrame(.runNested, to: exc)
            holdInTraceback([main], of: exc, frame: .runNested)
            throw exc
        }
        guard case .obj(let o) = main, (o as? PyGenerator)?.flavor == .coroutine || o is CoroutineObject else {
            throw vm.valueError("a coroutine was expected, got \(try vm.repr(main))")
        }
        let c = try coroutine(main, "run")
        var used: EventLoop?
        let outcome = insideLoop {
            asyncioRun(c, runtime: runtime) { l in
                self.configure(l)
                used = l
            }
        }
        if let l = used { loopFinished(l) }
        try checkStop()
        reportNeverRetrieved()
        switch outcome {
        case .returned(let v): return toVM(v)
        case .raised(let e), .fatal(let e):
            let exc = toVMException(e)
            if let f = c as? Failing, let frame = f.frame { prependFrames([frame], to: exc) }
            prependFrames([.runnersRun, .runnerRun, .runUntilComplete], to: exc)
            // In CPython the exception is in a reference cycle: its traceback holds
            // Runner.run's frame, whose `task` holds the exception. Only the cycle collector
            // frees it (with what its traceback keeps alive); `collectCycles` plays that part.
            holdInTraceback([.obj(exc)], of: exc, frame: .runnerRun)
            if let tb = exc.traceback { cyclicTracebacks.append(tb) }
            throw exc
        case .deadlock(let r): throw LooplabStop(deadlockMessage(r, horizon: false))
        case .horizon(let r): throw LooplabStop(deadlockMessage(r, horizon: true))
        }
    }

    /// A blocking call (`time.sleep`, `requests.get`) that would end beyond the horizon: who
    /// sleeps (the program, or the task holding the loop) and until when.
    func blockingHorizonMessage(what: String, until: Int64) -> String {
        var who = "the program"
        if let l = loop, l.isRunning, let t = l.currentTask {
            let q = t.coro.qualname
            let coro = q.split(separator: ".").last.map(String.init) ?? q
            who = "\(t.name) (\(coro)()) holds the loop and"
        }
        return "looplab: stopped at the virtual-time limit (--max-virtual-time \(vm.floatRepr(Double(horizon) / 1e9)) s): "
            + "\(who) blocks in \(what) until t=\(vm.floatRepr(Double(until) / 1e9))"
    }

    func deadlockMessage(_ r: DeadlockReport, horizon: Bool) -> String {
        func who(_ w: DeadlockReport.Waiter) -> String {
            let t = w.task
            let coro = t.coroutine.split(separator: ".").last.map(String.init) ?? t.coroutine
            return "\(t.name) (\(coro)())"
        }
        func what(_ p: WaitPurpose?) -> String {
            guard let p = p else { return "nothing" }
            switch p {
            case .plain: return "a Future"
            case .task(let id): return "task \(taskName(id))"
            case .sleep(let until):
                if let u = until { return "sleep until t=\(Double(u) / 1e9)" }
                return "a sleep that never ends"
            case .gather: return "gather()"
            case .shield: return "shield()"
            case .wait: return "asyncio.wait()"
            case .waitFor: return "wait_for()"
            case .queueGet: return "Queue.get()"
            case .queuePut: return "Queue.put()"
            case .queueJoin: return "Queue.join()"
            case .lock: return "Lock.acquire()"
            case .event: return "Event.wait()"
            case .semaphore: return "Semaphore.acquire()"
            case .condition: return "Condition.wait()"
            case .taskGroup: return "a TaskGroup"
            case .executor: return "an executor"
            }
        }
        let parts = r.waiters.map { "\(who($0)) waits on \(what($0.waitsOn))" }
        if horizon {
            let limit = Double(self.horizon) / 1e9
            return "looplab: stopped at the virtual-time limit (--max-virtual-time \(vm.floatRepr(limit)) s): "
                + (parts.isEmpty ? "a timer lies beyond it" : parts.joined(separator: "; "))
        }
        if r.sleepsForever {
            let sleepers = r.waiters.map { who($0) }
            return "looplab: deadlock: \(sleepers.isEmpty ? "the program" : sleepers.joined(separator: ", ")) sleeps forever"
        }
        return "looplab: deadlock: nothing can run and no timer is pending: " + parts.joined(separator: "; ")
    }

    func taskName(_ id: Int) -> String {
        for case let t as Task in trackedSurvivors() where t.id == id { return t.name }
        return "#\(id)"
    }

    // MARK: Future and Task

    func future(_ e: EngineObject) -> Future { e.payload as! Future }

    func buildFutureClasses(_ m: NativeModuleBuilder) {
        futureClass = newClass(m, "Future", module: "_asyncio")
        futureClass.constructor = { [unowned(unsafe) self] _, c, _ in
            let f = self.eventLoop().createFuture()
            let o = EngineObject(cls: c, payload: f, bridge: self, wrapsFuture: true)
            f.hostObject = Unmanaged<AnyObject>.passUnretained(o)
            // An instance of a Python subclass must stay that object whenever the engine hands
            // the future back.
            if c !== self.futureClass { self.pinned.append(o) }
            return .obj(o)
        }
        taskClass = newClass(m, "Task", module: "_asyncio", base: futureClass)
        taskClass.constructor = { [unowned(unsafe) self] vm, _, a in
            guard a.count >= 1 else { throw vm.typeError("Task() missing required argument 'coro'") }
            let c = try self.coroutine(a[0], "Task")
            var name: String?
            if let n = a.keyword("name"), !n.isNone { name = try vm.str(n) }
            let t = self.eventLoop().createTask(c)
            if let n = name { t.name = n }
            return .obj(self.wrap(t))
        }
        coroutineWrapperClass = newClass(m, "coroutine", module: "builtins", export: false)
        awaitIterClass = newClass(m, "FutureIter", module: "_asyncio", export: false)
        coroutineIterClass = newClass(m, "coroutine_wrapper", module: "builtins", export: false)

        let f = futureClass!
        method(f, "__repr__") { [unowned(unsafe) self] o, _ in .string(self.futureRepr(o)) }
        method(f, "__await__") { [unowned(unsafe) self] o, _ in .obj(FutureIter(cls: self.awaitIterClass, future: self.future(o), bridge: self)) }
        method(f, "__iter__") { [unowned(unsafe) self] o, _ in .obj(FutureIter(cls: self.awaitIterClass, future: self.future(o), bridge: self)) }
        method(f, "done") { [unowned(unsafe) self] o, _ in .bool(self.future(o).isDone) }
        method(f, "cancelled") { [unowned(unsafe) self] o, _ in .bool(self.future(o).isCancelled) }
        method(f, "result") { [unowned(unsafe) self] o, _ in try self.outcome(self.future(o).result()) }
        method(f, "exception") { [unowned(unsafe) self] o, _ in
            switch self.future(o).exception() {
            case .success(let e?): return .obj(self.toVMException(e))
            case .success(nil): return .none
            case .failure(let e): throw self.toVMException(e)
            }
        }
        method(f, "cancel") { [unowned(unsafe) self] o, a in
            let msg = self.arg(a, 0, "msg").flatMap { $0.isNone ? nil : self.toEngine($0) }
            return .bool(self.future(o).cancel(msg: msg))
        }
        method(f, "set_result") { [unowned(unsafe) self] o, a in
            guard a.count == 1 else { throw self.vm.typeError("set_result() takes exactly one argument") }
            try self.raise(self.future(o).setResult(self.toEngine(a[0])))
            return .none
        }
        method(f, "set_exception") { [unowned(unsafe) self] o, a in
            guard a.count == 1 else { throw self.vm.typeError("set_exception() takes exactly one argument") }
            var v = a[0]
            if case .obj(let c) = v, let cls = c as? PyClass { v = try self.vm.call(.obj(cls), []) }
            guard case .obj(let eo) = v, let pe = eo as? PyException else {
                throw self.vm.typeError("exception must derive from BaseException")
            }
            try self.raise(self.future(o).setException(self.toEngineError(pe)))
            return .none
        }
        method(f, "add_done_callback") { [unowned(unsafe) self] o, a in
            guard a.count >= 1 else { throw self.vm.typeError("add_done_callback() missing 1 required positional argument: 'fn'") }
            let fn = a[0]
            let fut = self.future(o)
            let label = self.callbackLabel(fn, [])
            fut.addDoneCallback(label: label, key: fn.objectRef) { [unowned(unsafe) self] done in
                PythonCallback(self, fn, [.obj(self.wrap(done))]).run()
            }
            return .none
        }
        method(f, "remove_done_callback") { [unowned(unsafe) self] o, a in
            guard a.count == 1, let key = a[0].objectRef else { return .int(0) }
            return .int(self.future(o).removeDoneCallback(key: key))
        }
        method(f, "get_loop") { [unowned(unsafe) self] o, _ in .obj(self.wrapLoop(self.future(o).loop)) }

        let t = taskClass!
        func task(_ o: EngineObject) -> Task { o.payload as! Task }
        method(t, "get_name") { o, _ in .string(task(o).name) }
        method(t, "set_name") { [unowned(unsafe) self] o, a in
            guard a.count == 1 else { throw self.vm.typeError("set_name() takes exactly one argument") }
            task(o).name = try self.vm.str(a[0])
            return .none
        }
        method(t, "cancelling") { o, _ in .int(task(o).cancelling()) }
        method(t, "uncancel") { o, _ in .int(task(o).uncancel()) }
        method(t, "get_coro") { [unowned(unsafe) self] o, _ in
            if let c = task(o).coro as? VMCoroutine { return .obj(c.gen) }
            // The task's own coroutine, already started by the task: no "never awaited" warning.
            return self.wrapCoroutine(task(o).coro, name: task(o).coro.qualname, fresh: false)
        }

        let cw = coroutineWrapperClass!
        func co(_ o: EngineObject) -> CoroutineObject { o as! CoroutineObject }
        method(cw, "__await__") { [unowned(unsafe) self] o, _ in
            _ = try co(o).awaitIterator(self.vm)  // marks it awaited
            return .obj(CoroutineWrapperIter(cls: self.coroutineIterClass, target: co(o)))
        }
        method(cw, "__repr__") { [unowned(unsafe) self] o, _ in .string("<coroutine object \(co(o).label) at \(self.address(o))>") }
        method(cw, "send") { [unowned(unsafe) self] o, a in try co(o).send(a.count > 0 ? a[0] : .none, vm: self.vm) }
        method(cw, "throw") { [unowned(unsafe) self] o, a in
            try co(o).throwIn(try self.exceptionArgument(a), vm: self.vm)
        }
        method(cw, "close") { o, _ in co(o).close(); return .none }

        let wi = coroutineIterClass!
        func witer(_ v: Value) -> CoroutineObject { (v.objectRef as! CoroutineWrapperIter).target }
        TypeMethods.method(wi, "__next__") { [unowned(unsafe) self] _, s, _ in try witer(s).send(.none, vm: self.vm) }
        TypeMethods.method(wi, "send") { [unowned(unsafe) self] _, s, a in try witer(s).send(a.count > 0 ? a[0] : .none, vm: self.vm) }
        TypeMethods.method(wi, "throw") { [unowned(unsafe) self] _, s, a in try witer(s).throwIn(try self.exceptionArgument(a), vm: self.vm) }
        TypeMethods.method(wi, "close") { _, s, _ in witer(s).coroutine.close(); return .none }
        TypeMethods.method(wi, "__iter__") { _, s, _ in s }

        let ai = awaitIterClass!
        func iter(_ v: Value) -> FutureIter { (v.objectRef as! FutureIter) }
        TypeMethods.method(ai, "__next__") { [unowned(unsafe) self] _, s, _ in try iter(s).send(.none, vm: self.vm) }
        TypeMethods.method(ai, "send") { [unowned(unsafe) self] _, s, a in try iter(s).send(a.count > 0 ? a[0] : .none, vm: self.vm) }
        TypeMethods.method(ai, "throw") { [unowned(unsafe) self] vm, s, a in
            let e = try self.exceptionArgument(a)
            iter(s).future = nil
            throw e
        }
        TypeMethods.method(ai, "close") { _, s, _ in
            iter(s).future = nil
            return .none
        }
        TypeMethods.method(ai, "__iter__") { _, s, _ in s }
    }

    /// The exception argument of `throw(exc)`: an instance, or a class to instantiate.
    func exceptionArgument(_ a: Args) throws -> PyException {
        guard a.count >= 1 else { throw vm.typeError("throw expected at least 1 argument, got 0") }
        var v = a[0]
        if case .obj(let c) = v, let cls = c as? PyClass { v = try vm.call(.obj(cls), []) }
        guard case .obj(let eo) = v, let pe = eo as? PyException else {
            throw vm.typeError("exceptions must derive from BaseException")
        }
        return pe
    }

    func futureRepr(_ o: EngineObject) -> String {
        future(o).repr
    }

    // MARK: the loop object

    func buildLoopClass(_ m: NativeModuleBuilder) {
        loopClass = newClass(m, "_UnixSelectorEventLoop", module: "asyncio.unix_events", export: false)
        handleClass = newClass(m, "TimerHandle", module: "asyncio.events", export: false)
        let c = loopClass!
        func lp(_ o: EngineObject) -> EventLoop { o.payload as! EventLoop }
        method(c, "__repr__") { o, _ in
            let l = lp(o)
            return .string("<_UnixSelectorEventLoop running=\(l.isRunning ? "True" : "False") closed=\(l.isClosed ? "True" : "False") debug=False>")
        }
        method(c, "time") { o, _ in .float(lp(o).time()) }
        method(c, "is_running") { o, _ in .bool(lp(o).isRunning) }
        method(c, "is_closed") { o, _ in .bool(lp(o).isClosed) }
        method(c, "stop") { o, _ in lp(o).stop(); return .none }
        method(c, "close") { [unowned(unsafe) self] o, _ in
            let l = lp(o)
            try self.raise(l.close { step, drop in
                self.vm.withLibraryFrame(self.libraryCode(step == .clearReady ? .closeReady : .closeScheduled), drop)
            })
            self.loopFinished(l)
            return .none
        }
        method(c, "get_debug") { _, _ in .bool(false) }
        method(c, "set_debug") { _, _ in .none }
        method(c, "create_future") { [unowned(unsafe) self] o, _ in .obj(self.wrap(lp(o).createFuture())) }
        method(c, "create_task") { [unowned(unsafe) self] o, a in
            guard a.count >= 1 else { throw self.vm.typeError("create_task() missing 1 required positional argument: 'coro'") }
            if let e = lp(o).closedError {
                throw self.loopStateError(e, closedCheck: .createTaskCheckClosed, runningCheck: nil, holding: [a[0]])
            }
            var name: String?
            if let n = a.keyword("name"), !n.isNone { name = try self.vm.str(n) }
            return .obj(self.wrap(lp(o).createTask(try self.coroutine(a[0], "create_task"), name: name)))
        }
        func schedule(_ method: String, _ o: EngineObject, _ a: Args, _ fnIndex: Int, _ make: (EventLoop, HostCallback) throws -> Handle) throws -> Value {
            guard a.count > fnIndex else { throw self.vm.typeError("missing callback argument") }
            for (k, _) in a.keywords where k != "context" {
                throw self.vm.typeError("BaseEventLoop.\(method)() got an unexpected keyword argument '\(k)'")
            }
            let l = lp(o)
            if let e = l.closedError { try self.raise(e) }
            let fn = a[fnIndex]
            let args = Array(a.positional[(fnIndex + 1)...])
            let h = try make(l, PythonCallback(self, fn, args))
            return .obj(EngineObject(cls: self.handleClass, payload: h))
        }
        method(c, "call_soon") { o, a in try schedule("call_soon", o, a, 0) { l, cb in l.callSoon(cb) } }
        method(c, "call_soon_threadsafe") { [unowned(unsafe) self] o, a in
            // A modelled thread runs at submission, not at the virtual instant it would reach
            // this call: its handle could not be queued at the right place.
            if self.threadSegments != nil {
                throw LooplabStop("loop.call_soon_threadsafe() from a function running in a thread is not supported in lessons")
            }
            return try schedule("call_soon_threadsafe", o, a, 0) { l, cb in l.callSoonThreadsafe(cb) }
        }
        method(c, "call_later") { [unowned(unsafe) self] o, a in
            let d = try self.number(a.count > 0 ? a[0] : .none, "delay")
            return try schedule("call_later", o, a, 1) { l, cb in l.callLater(d, cb) }
        }
        method(c, "call_at") { [unowned(unsafe) self] o, a in
            let w = try self.number(a.count > 0 ? a[0] : .none, "when")
            return try schedule("call_at", o, a, 1) { l, cb in l.callAt(w, cb) }
        }
        method(c, "run_in_executor") { [unowned(unsafe) self] o, a in
            guard a.count >= 2 else { throw self.vm.typeError("run_in_executor() missing 2 required positional arguments") }
            var executor: ExecutorObject?
            if case .obj(let eo) = a[0], let ex = eo as? ExecutorObject { executor = ex }
            let args = Args(Array(a.positional[2...]))
            let call = ThreadCall(self, a[1], args, executor: executor?.pool)
            let l = lp(o)
            if let e = l.closedError { try self.raise(e) }
            if executor?.isShutdown == true {
                throw self.vm.runtimeError("cannot schedule new futures after shutdown")
            }
            return .obj(self.wrap(call.submit(l)))
        }
        method(c, "run_until_complete") { [unowned(unsafe) self] o, a in
            guard a.count >= 1 else { throw self.vm.typeError("run_until_complete() missing 1 required positional argument: 'future'") }
            let l = lp(o)
            if let e = l.cannotRunError {
                throw self.loopStateError(e, closedCheck: .runUntilCompleteCheckClosed,
                                          runningCheck: .runUntilCompleteCheckRunning, holding: [a[0]])
            }
            let aw = try self.awaitable(a[0])
            l.catchUp(to: self.nowNanoseconds)
            let previous = self.loop
            self.loop = l
            defer { if previous !== l, let p = previous, !p.isClosed { self.loop = p } }
            let r = self.insideLoop { l.runUntilComplete(aw) }
            try self.checkStop()
            switch r {
            case .finished(let out): return try self.outcome(out)
            case .aborted(.deadlock(let d)): throw LooplabStop(self.deadlockMessage(d, horizon: false))
            case .aborted(.horizon(let d)): throw LooplabStop(self.deadlockMessage(d, horizon: true))
            case .aborted(.fatal(let e)): throw self.toVMException(e)
            case .aborted(.stopped): throw self.vm.runtimeError("Event loop stopped before Future completed.")
            }
        }
        method(c, "run_forever") { [unowned(unsafe) self] o, _ in
            let l = lp(o)
            if let e = l.cannotRunError {
                throw self.loopStateError(e, closedCheck: .runForeverCheckClosed,
                                          runningCheck: .runForeverCheckRunning, holding: [])
            }
            l.catchUp(to: self.nowNanoseconds)
            self.loop = l
            let r = self.insideLoop { l.runForever() }
            try self.checkStop()
            switch r {
            case .deadlock(let d): throw LooplabStop(self.deadlockMessage(d, horizon: false))
            case .horizon(let d): throw LooplabStop(self.deadlockMessage(d, horizon: true))
            case .fatal(let e): throw self.toVMException(e)
            case .stopped: return .none
            }
        }
        method(c, "shutdown_asyncgens") { [unowned(unsafe) self] _, _ in self.wrapCoroutine(Failing(nil, "BaseEventLoop.shutdown_asyncgens"), name: "shutdown_asyncgens") }
        method(c, "shutdown_default_executor") { [unowned(unsafe) self] _, _ in self.wrapCoroutine(Failing(nil, "BaseEventLoop.shutdown_default_executor"), name: "shutdown_default_executor") }

        let h = handleClass!
        method(h, "cancel") { o, _ in (o.payload as! Handle).cancel(); return .none }
        method(h, "__repr__") { [unowned(unsafe) self] o, _ in
            let hd = o.payload as! Handle
            let kind = hd.isTimer ? "TimerHandle" : "Handle"
            if hd.cancelled { return .string("<\(kind) cancelled\(hd.isTimer ? " when=\(self.vm.floatRepr(hd.when))" : "")>") }
            return .string("<\(kind) \(hd.isTimer ? "when=\(self.vm.floatRepr(hd.when)) " : "")\(hd.label)>")
        }
        method(h, "cancelled") { o, _ in .bool((o.payload as! Handle).cancelled) }
        for (name, op) in [("__lt__", 0), ("__le__", 1), ("__gt__", 2), ("__ge__", 3)] {
            method(h, name) { o, a in
                guard a.count == 1, case .obj(let p) = a[0], let other = p as? EngineObject, let h2 = other.payload as? Handle else {
                    return .obj(BuiltinTypes.notImplemented)
                }
                let x = (o.payload as! Handle).when, y = h2.when
                switch op {
                case 0: return .bool(x < y)
                case 1: return .bool(x <= y)
                case 2: return .bool(x > y)
                default: return .bool(x >= y)
                }
            }
        }
        method(h, "when") { o, _ in .float((o.payload as! Handle).when) }
    }

    // MARK: locks, events, semaphores, conditions

    func buildSyncClasses(_ m: NativeModuleBuilder) {
        let lock = newClass(m, "Lock", module: "asyncio.locks") { [unowned(unsafe) self] _ in
            .obj(EngineObject(cls: self.lockClass!, payload: AsyncLock(runtime: self.runtime)))
        }
        lockClass = lock
        method(lock, "acquire") { [unowned(unsafe) self] o, _ in
            self.wrapFast(.lockAcquire(o.payload as! AsyncLock, aenter: false), target: o.payload, name: "acquire")
        }
        method(lock, "release") { [unowned(unsafe) self] o, _ in
            if let e = (o.payload as! AsyncLock).release() {
                let exc = self.toVMException(e)
                self.prependFrames([.lockRelease], to: exc)
                throw exc
            }
            return .none
        }
        method(lock, "locked") { o, _ in .bool((o.payload as! AsyncLock).locked()) }
        method(lock, "__aenter__") { [unowned(unsafe) self] o, _ in
            self.wrapFast(.lockAcquire(o.payload as! AsyncLock, aenter: true), target: o.payload, name: "__aenter__")
        }
        method(lock, "__aexit__") { [unowned(unsafe) self] o, _ in
            try self.raise((o.payload as! AsyncLock).release())
            return self.wrapFast(.returnNone, target: o.payload, name: "__aexit__")
        }
        method(lock, "__repr__") { [unowned(unsafe) self] o, _ in .string("<asyncio.locks.Lock object at \(self.address(o)) [\((o.payload as! AsyncLock).reprState)]>") }

        let event = newClass(m, "Event", module: "asyncio.locks") { [unowned(unsafe) self] _ in
            .obj(EngineObject(cls: self.eventClass!, payload: AsyncEvent(runtime: self.runtime)))
        }
        eventClass = event
        method(event, "set") { o, _ in (o.payload as! AsyncEvent).set(); return .none }
        method(event, "clear") { o, _ in (o.payload as! AsyncEvent).clear(); return .none }
        method(event, "is_set") { o, _ in .bool((o.payload as! AsyncEvent).isSet) }
        method(event, "wait") { [unowned(unsafe) self] o, _ in self.wrapCoroutine((o.payload as! AsyncEvent).wait(), name: "wait") }
        method(event, "__repr__") { [unowned(unsafe) self] o, _ in .string("<asyncio.locks.Event object at \(self.address(o)) [\((o.payload as! AsyncEvent).reprState)]>") }

        for (name, bounded) in [("Semaphore", false), ("BoundedSemaphore", true)] {
            var cls: PyClass!
            cls = newClass(m, name, module: "asyncio.locks") { [unowned(unsafe) self] a in
                let v = self.arg(a, 0, "value") ?? .int(1)
                guard case .int(let n) = v else { throw self.vm.typeError("'\(self.vm.typeName(v))' object cannot be interpreted as an integer") }
                guard let s = AsyncSemaphore(runtime: self.runtime, value: n, bounded: bounded) else {
                    throw self.vm.valueError("Semaphore initial value must be >= 0")
                }
                return .obj(EngineObject(cls: cls, payload: s))
            }
            method(cls, "acquire") { [unowned(unsafe) self] o, _ in
                self.wrapFast(.semaphoreAcquire(o.payload as! AsyncSemaphore, aenter: false), target: o.payload, name: "acquire")
            }
            method(cls, "release") { [unowned(unsafe) self] o, _ in try self.raise((o.payload as! AsyncSemaphore).release()); return .none }
            method(cls, "locked") { o, _ in .bool((o.payload as! AsyncSemaphore).locked()) }
            method(cls, "__aenter__") { [unowned(unsafe) self] o, _ in
                self.wrapFast(.semaphoreAcquire(o.payload as! AsyncSemaphore, aenter: true), target: o.payload, name: "__aenter__")
            }
            method(cls, "__aexit__") { [unowned(unsafe) self] o, _ in
                try self.raise((o.payload as! AsyncSemaphore).release())
                return self.wrapFast(.returnNone, target: o.payload, name: "__aexit__")
            }
            method(cls, "__repr__") { [unowned(unsafe) self] o, _ in .string("<asyncio.locks.\(name) object at \(self.address(o)) [\((o.payload as! AsyncSemaphore).reprState)]>") }
            property(cls, "_value") { o in .int((o.payload as! AsyncSemaphore).value) }
        }

        var cond: PyClass!
        cond = newClass(m, "Condition", module: "asyncio.locks") { [unowned(unsafe) self] a in
            var lk: AsyncLock?
            if let l = self.arg(a, 0, "lock"), !l.isNone, case .obj(let o) = l, let e = o as? EngineObject, let al = e.payload as? AsyncLock { lk = al }
            return .obj(EngineObject(cls: cond, payload: AsyncCondition(runtime: self.runtime, lock: lk)))
        }
        func cd(_ o: EngineObject) -> AsyncCondition { o.payload as! AsyncCondition }
        method(cond, "acquire") { [unowned(unsafe) self] o, _ in self.wrapCoroutine(cd(o).acquire(), name: "acquire") }
        method(cond, "release") { [unowned(unsafe) self] o, _ in try self.raise(cd(o).release()); return .none }
        method(cond, "locked") { o, _ in .bool(cd(o).locked()) }
        method(cond, "wait") { [unowned(unsafe) self] o, _ in self.wrapCoroutine(cd(o).wait(), name: "wait") }
        method(cond, "notify") { [unowned(unsafe) self] o, a in
            var n = 1
            if let v = self.arg(a, 0, "n"), case .int(let i) = v { n = i }
            try self.raise(cd(o).notify(n)); return .none
        }
        method(cond, "notify_all") { [unowned(unsafe) self] o, _ in try self.raise(cd(o).notifyAll()); return .none }
        method(cond, "wait_for") { [unowned(unsafe) self] o, a in
            guard a.count == 1 else { throw self.vm.typeError("wait_for() missing 1 required positional argument: 'predicate'") }
            let pred = a[0]
            let c = cd(o).waitFor { [unowned(unsafe) self] in
                do {
                    let v = try self.vm.call(pred, [])
                    return .success((try self.vm.isTrue(v), self.toEngine(v)))
                } catch let e as PyException {
                    return .failure(self.toEngineError(e))
                } catch {
                    return .failure(.runtime("\(error)"))
                }
            }
            return self.wrapCoroutine(c, name: "wait_for")
        }
        method(cond, "__aenter__") { [unowned(unsafe) self] o, _ in self.wrapCoroutine(AcquireThenNone(cd(o).acquire()), name: "__aenter__") }
        method(cond, "__aexit__") { [unowned(unsafe) self] o, _ in
            try self.raise(cd(o).release())
            return self.wrapCoroutine(Failing(nil, "__aexit__"), name: "__aexit__")
        }
        method(cond, "__repr__") { [unowned(unsafe) self] o, _ in .string("<asyncio.locks.Condition object at \(self.address(o)) [\(cd(o).reprState)]>") }
    }

    // MARK: queues

    func buildQueues(_ m: NativeModuleBuilder) {
        for (name, kindName) in [("Queue", "fifo"), ("PriorityQueue", "priority"), ("LifoQueue", "lifo")] {
            var cls: PyClass!
            cls = newClass(m, name, module: "asyncio.queues") { [unowned(unsafe) self] a in
                var maxsize = 0
                if let v = self.arg(a, 0, "maxsize"), case .int(let i) = v { maxsize = i }
                let kind: AsyncQueue.Kind
                switch kindName {
                case "lifo": kind = .lifo
                case "priority":
                    kind = .priority { [unowned(unsafe) self] x, y in
                        do { return try self.vm.lessThan(self.toVM(x), self.toVM(y)) } catch {
                            return false
                        }
                    }
                default: kind = .fifo
                }
                return .obj(EngineObject(cls: cls, payload: AsyncQueue(runtime: self.runtime, maxsize: maxsize, kind: kind)))
            }
            func q(_ o: EngineObject) -> AsyncQueue { o.payload as! AsyncQueue }
            method(cls, "qsize") { o, _ in .int(q(o).qsize()) }
            method(cls, "empty") { o, _ in .bool(q(o).empty()) }
            method(cls, "full") { o, _ in .bool(q(o).full()) }
            method(cls, "put") { [unowned(unsafe) self] o, a in
                guard a.count == 1 else { throw self.vm.typeError("put() missing 1 required positional argument: 'item'") }
                return self.wrapFast(.queuePut(q(o), self.toEngine(a[0])), target: o.payload, name: "put")
            }
            method(cls, "get") { [unowned(unsafe) self] o, _ in self.wrapFast(.queueGet(q(o)), target: o.payload, name: "get") }
            method(cls, "join") { [unowned(unsafe) self] o, _ in self.wrapCoroutine(q(o).join(), name: "join") }
            method(cls, "put_nowait") { [unowned(unsafe) self] o, a in
                guard a.count == 1 else { throw self.vm.typeError("put_nowait() missing 1 required positional argument: 'item'") }
                if let e = q(o).putNowait(self.toEngine(a[0])) {
                    let exc = self.toVMException(e)
                    self.prependFrames([.queuePutNowait], to: exc)
                    throw exc
                }
                return .none
            }
            method(cls, "get_nowait") { [unowned(unsafe) self] o, _ in
                switch q(o).getNowait() {
                case .value(let v): return self.toVM(v)
                case .error(let e):
                    let exc = self.toVMException(e)
                    self.prependFrames([.queueGetNowait], to: exc)
                    throw exc
                }
            }
            method(cls, "task_done") { [unowned(unsafe) self] o, _ in try self.raise(q(o).taskDone()); return .none }
            method(cls, "__repr__") { [unowned(unsafe) self] o, _ in
                let s = q(o).str { self.reprHostValue($0) }
                let head = "<" + q(o).className
                return .string(head + " at \(self.address(o))" + s.dropFirst(head.count))
            }
            method(cls, "__str__") { [unowned(unsafe) self] o, _ in .string(q(o).str { self.reprHostValue($0) }) }
            property(cls, "maxsize") { o in .int(q(o).maxsize) }
        }
    }

    func reprHostValue(_ v: EngineValue) -> String {
        (try? vm.repr(toVM(v))) ?? "?"
    }

    // MARK: timeout, TaskGroup

    func buildContextManagers(_ m: NativeModuleBuilder) {
        let tcls = newClass(m, "Timeout", module: "asyncio.timeouts")
        func tm(_ o: EngineObject) -> AsyncTimeout { o.payload as! AsyncTimeout }
        m.function("timeout") { [unowned(unsafe) self] _, a in
            let d = try self.optionalNumber(self.arg(a, 0, "delay"), "delay")
            return .obj(EngineObject(cls: tcls, payload: AsyncTimeout.after(d, loop: try self.runningLoop())))
        }
        m.function("timeout_at") { [unowned(unsafe) self] _, a in
            let w = try self.optionalNumber(self.arg(a, 0, "when"), "when")
            return .obj(EngineObject(cls: tcls, payload: AsyncTimeout(loop: try self.runningLoop(), when: w)))
        }
        method(tcls, "__aenter__") { [unowned(unsafe) self] o, _ in self.wrapCoroutine(ReturnSelf(tm(o).aenter(), .obj(o)), name: "__aenter__") }
        method(tcls, "__aexit__") { [unowned(unsafe) self] o, a in
            let err = self.exitError(a)
            return self.wrapCoroutine(tm(o).aexit(err), name: "__aexit__")
        }
        method(tcls, "when") { o, _ in tm(o).when.map { .float($0) } ?? .none }
        method(tcls, "reschedule") { [unowned(unsafe) self] o, a in
            try self.raise(tm(o).reschedule(try self.optionalNumber(a.count > 0 ? a[0] : .none, "when")))
            return .none
        }
        method(tcls, "expired") { o, _ in .bool(tm(o).expired) }
        method(tcls, "__repr__") { o, _ in .string(tm(o).repr) }

        var gcls: PyClass!
        gcls = newClass(m, "TaskGroup", module: "asyncio.taskgroups") { [unowned(unsafe) self] _ in
            .obj(EngineObject(cls: gcls, payload: TaskGroup(loop: try self.runningLoop())))
        }
        func tg(_ o: EngineObject) -> TaskGroup { o.payload as! TaskGroup }
        method(gcls, "__aenter__") { [unowned(unsafe) self] o, _ in self.wrapCoroutine(ReturnSelf(tg(o).aenter(), .obj(o)), name: "__aenter__") }
        method(gcls, "__aexit__") { [unowned(unsafe) self] o, a in
            self.wrapCoroutine(tg(o).aexit(self.exitError(a)), name: "__aexit__")
        }
        method(gcls, "create_task") { [unowned(unsafe) self] o, a in
            guard a.count >= 1 else { throw self.vm.typeError("create_task() missing 1 required positional argument: 'coro'") }
            var name: String?
            if let n = a.keyword("name"), !n.isNone { name = try self.vm.str(n) }
            let c = try self.coroutine(a[0], "create_task")
            switch tg(o).createTask(c, name: name) {
            case .success(let t): return .obj(self.wrap(t))
            case .failure(let e):
                c.close()
                throw self.toVMException(e)
            }
        }
        method(gcls, "__repr__") { o, _ in .string(tg(o).repr) }
    }

    /// The exception argument of `__aexit__(type, value, tb)`.
    func exitError(_ a: Args) -> EngineError? {
        if a.count >= 2, case .obj(let o) = a[1], let e = o as? PyException { return toEngineError(e) }
        return nil
    }
}

extension Value {
    var objectRef: PyObject? {
        switch self {
        case .obj(let o): return o
        case .str(let s): return s
        default: return nil
        }
    }
}

/// `concurrent.futures.ThreadPoolExecutor()` / `ProcessPoolExecutor()`.
final class ExecutorObject: PyInstance {
    let pool: ExecutorPool
    /// Set by `shutdown()`: `submit` then raises RuntimeError.
    var isShutdown = false
    var process: Bool { pool.isProcessPool }
    init(cls: PyClass, pool: ExecutorPool) {
        self.pool = pool
        super.init(cls: cls)
    }
}

/// A Python iterator whose items come from a Swift closure.
final class PyNativeIterator: PyInstance {
    let next: () throws -> Value?
    init(vm: VM, _ next: @escaping () throws -> Value?) {
        self.next = next
        super.init(cls: PyNativeIterator.cls)
    }
    nonisolated(unsafe) static let cls: PyClass = {
        let c = PyClass(name: "generator", base: BuiltinTypes.object, isBuiltin: true)
        TypeMethods.method(c, "__iter__") { _, s, _ in s }
        TypeMethods.method(c, "__next__") { vm, s, _ in
            guard let v = try (s.objectRef as! PyNativeIterator).next() else { throw vm.stopIteration() }
            return v
        }
        return c
    }()
}

/// A native coroutine that returns None at once, or raises `error` (argument errors that
/// CPython raises inside an `async def`).
final class Failing: NativeCoroutine {
    let error: EngineError?
    let frame: LibraryFrame?
    /// The arguments CPython's frame holds: the traceback keeps them alive.
    let holding: [Value]
    init(_ error: EngineError?, _ name: String, frame: LibraryFrame? = nil, holding: [Value] = []) {
        self.error = error
        self.frame = frame
        self.holding = holding
        super.init(qualname: name)
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if let e = error { return .raised(e) }
        return .returned(.none)
    }
    override var reprDescription: String { "\(qualname)()" }
}

/// `async with lock:` — `__aenter__` awaits `acquire()` and returns None.
final class AcquireThenNone: NativeCoroutine {
    let inner: Coroutine
    init(_ inner: Coroutine) {
        self.inner = inner
        super.init(qualname: "_ContextManagerMixin.__aenter__")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1 {
            if case .error(let e) = input { return .raised(e) }
            return .returned(.none)
        }
        pc = 1
        return awaitCoroutine(inner)
    }
}

/// `__aenter__` that awaits `inner` and returns the context manager itself.
final class ReturnSelf: NativeCoroutine {
    let inner: Coroutine
    let value: Value
    init(_ inner: Coroutine, _ value: Value) {
        self.inner = inner
        self.value = value
        super.init(qualname: "__aenter__")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1 {
            if case .error(let e) = input { return .raised(e) }
            guard case .obj(let o) = value else { return .returned(.none) }
            return .returned(.host(o))
        }
        pc = 1
        return awaitCoroutine(inner)
    }
}

/// `to_thread(f, *args)` / `run_in_executor(ex, f, *args)`: the function runs on a modelled
/// thread — its `time.sleep`s are blocking segments of that thread, not of the loop.
final class ThreadCall: NativeCoroutine {
    unowned(unsafe) let bridge: AsyncioBridge
    let fn: Value
    let args: Args
    /// The executor given to `run_in_executor` (nil: the loop's default thread pool).
    let executor: ExecutorPool?
    init(_ bridge: AsyncioBridge, _ fn: Value, _ args: Args, executor: ExecutorPool?) {
        self.bridge = bridge
        self.fn = fn
        self.args = args
        self.executor = executor
        super.init(qualname: "to_thread")
    }

    /// Runs the function now and hands its outcome to the modelled pool.
    func submit(_ loop: EventLoop) -> Future {
        bridge.vm.flushCPU()  // the caller's CPU time so far is the loop's, not the thread's
        let saved = bridge.threadSegments
        bridge.threadSegments = []
        defer { bridge.threadSegments = saved }
        var out: Outcome
        do {
            out = .value(bridge.toEngine(try bridge.vm.call(fn, args)))
        } catch let e as PyException {
            bridge.prependFrames([.threadRun], to: e)
            out = .error(bridge.toEngineError(e))
        } catch let s as LooplabStop {
            bridge.pendingStop = s
            out = .error(.keyboardInterrupt())
        } catch {
            out = .error(.runtime("\(error)"))
        }
        bridge.vm.flushCPU()  // into the thread's segments
        let segments = bridge.threadSegments ?? []
        if let pool = executor, pool.isProcessPool {
            let total = segments.reduce(Int64(0)) { acc, s in
                switch s { case .cpu(let n), .blocking(let n): return acc + n }
            }
            return loop.runInProcessPool(duration: total, outcome: out, pool: pool)
        }
        return loop.runInExecutor(segments: segments, outcome: out, pool: executor)
    }

    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1 {
            if case .error(let e) = input { bridge.prependFrames([.toThread], to: bridge.toVMException(e)) }
            return outcomeStep(input)
        }
        guard let l = bridge.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
        pc = 1
        return awaitFuture(submit(l))
    }
}

/// An `async def` of asyncio whose body needs the running loop: built at the first step.
final class Lazy: NativeCoroutine {
    unowned(unsafe) let bridge: AsyncioBridge
    let make: (EventLoop) -> Result<Coroutine, EngineError>
    init(_ name: String, _ bridge: AsyncioBridge, _ make: @escaping (EventLoop) -> Result<Coroutine, EngineError>) {
        self.bridge = bridge
        self.make = make
        super.init(qualname: name)
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1 { return outcomeStep(input) }
        guard let l = bridge.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
        pc = 1
        switch make(l) {
        case .success(let c): return awaitCoroutine(c)
        case .failure(let e): return .raised(e)
        }
    }
}
