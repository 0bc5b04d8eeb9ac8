import Engine
import VM

/// One URL of the network table (`--network FILE`, docs/network-table.md).
public struct NetworkEntry {
    public var latency: Double
    public var status: Int
    public var body: String
    public init(latency: Double = 0.1, status: Int = 200, body: String = NetworkEntry.defaultBody) {
        self.latency = latency
        self.status = status
        self.body = body
    }
    public static let defaultBody = "<html><head><title>Example</title></head><body>Hello</body></html>"
}

/// The simulated `requests` and `aiohttp` (DESIGN §4, simulated I/O). Latency is charged when
/// the response headers arrive: `requests.get` blocks (holding the loop) for it; entering or
/// awaiting `session.get(url)` suspends once in `asyncio.sleep(latency)`. Bodies are instant.
extension AsyncioBridge {
    func entry(_ url: String) -> NetworkEntry { network[url] ?? NetworkEntry() }

    func registerNetworkModules() {
        vm.register(NativeModule(name: "requests") { [unowned self] vm, m in self.buildRequests(m) })
        vm.register(NativeModule(name: "aiohttp") { [unowned self] vm, m in self.buildAiohttp(m) })
    }

    func plainClass(_ m: NativeModuleBuilder, _ name: String, module: String, export: Bool = true) -> PyClass {
        let cls = PyClass(name: name, base: BuiltinTypes.object, isBuiltin: false, module: module)
        cls.constructor = { _, c, _ in .obj(PyInstance(cls: c)) }
        if export { m.add(name, .obj(cls)) }
        return cls
    }

    func urlArg(_ a: Args, _ fn: String) throws -> String {
        guard let u = arg(a, 0, "url") else { throw vm.typeError("\(fn)() missing 1 required positional argument: 'url'") }
        return try vm.str(u)
    }

    func buildRequests(_ m: NativeModuleBuilder) {
        m.add("__version__", .string("looplab"))
        let response = plainClass(m, "Response", module: "requests.models")
        TypeMethods.method(response, "__repr__") { vm, s, _ in
            .string("<Response [\(try vm.repr(try vm.getAttr(s, "status_code")))]>")
        }
        TypeMethods.method(response, "json") { [unowned self] vm, s, _ in try self.jsonLoads(try vm.getAttr(s, "text")) }
        TypeMethods.method(response, "raise_for_status") { _, _, _ in .none }
        for name in ["get", "post", "head"] {
            m.function(name) { [unowned self] vm, a in
                let url = try self.urlArg(a, name)
                let e = self.entry(url)
                vm.flushCPU()
                try vm.options.clock.sleep(Int((e.latency * 1e9).rounded()), what: "requests.\(name)")
                let r = PyInstance(cls: response)
                r.dict.setStr("url", .string(url))
                r.dict.setStr("status_code", .int(e.status))
                r.dict.setStr("text", .string(e.body))
                r.dict.setStr("content", .obj(PyBytes(Array(e.body.utf8))))
                r.dict.setStr("ok", .bool(e.status < 400))
                r.dict.setStr("encoding", .string("utf-8"))
                return .obj(r)
            }
        }
    }

    func jsonLoads(_ text: Value) throws -> Value {
        guard case .obj(let o) = try vm.importModuleValue("json"), let json = o as? PyModule,
              let loads = json.dict.getStr("loads") else { throw vm.runtimeError("json is not available") }
        return try vm.call(loads, [text])
    }

    func buildAiohttp(_ m: NativeModuleBuilder) {
        m.add("__version__", .string("looplab"))
        let connector = plainClass(m, "TCPConnector", module: "aiohttp.connector")
        connector.constructor = { _, c, _ in .obj(PyInstance(cls: c)) }
        let timeout = plainClass(m, "ClientTimeout", module: "aiohttp.client")
        timeout.constructor = { _, c, a in
            let t = PyInstance(cls: c)
            t.dict.setStr("total", a.keyword("total") ?? (a.count > 0 ? a[0] : .none))
            return .obj(t)
        }
        let resp = plainClass(m, "ClientResponse", module: "aiohttp.client_reqrep")
        TypeMethods.method(resp, "text") { [unowned self] vm, s, _ in
            self.wrapCoroutine(Immediate("ClientResponse.text", self.toEngine(try vm.getAttr(s, "_body"))), name: "text")
        }
        TypeMethods.method(resp, "read") { [unowned self] vm, s, _ in
            let body = try vm.str(try vm.getAttr(s, "_body"))
            return self.wrapCoroutine(Immediate("ClientResponse.read", .host(PyBytes(Array(body.utf8)))), name: "read")
        }
        TypeMethods.method(resp, "json") { [unowned self] vm, s, _ in
            let v = try self.jsonLoads(try vm.getAttr(s, "_body"))
            return self.wrapCoroutine(Immediate("ClientResponse.json", self.toEngine(v)), name: "json")
        }
        TypeMethods.method(resp, "release") { _, _, _ in .none }
        TypeMethods.method(resp, "raise_for_status") { _, _, _ in .none }
        TypeMethods.method(resp, "__aenter__") { [unowned self] _, s, _ in self.wrapCoroutine(Immediate("__aenter__", self.toEngine(s)), name: "__aenter__") }
        TypeMethods.method(resp, "__aexit__") { [unowned self] _, _, _ in self.wrapCoroutine(Immediate("__aexit__", .none), name: "__aexit__") }
        TypeMethods.method(resp, "__repr__") { vm, s, _ in
            .string("<ClientResponse(\(try vm.str(try vm.getAttr(s, "url")))) [\(try vm.repr(try vm.getAttr(s, "status")))]>")
        }

        // `session.get(url)`: an awaitable async context manager; the latency is paid once.
        let request = plainClass(m, "_RequestContextManager", module: "aiohttp.client", export: false)
        func send(_ s: Value) throws -> Value {
            let url = try vm.str(try vm.getAttr(s, "_url"))
            let e = entry(url)
            let r = PyInstance(cls: resp)
            r.dict.setStr("url", .string(url))
            r.dict.setStr("status", .int(e.status))
            r.dict.setStr("_body", .string(e.body))
            return wrapCoroutine(SleepThen(self, e.latency, .host(r)), name: "_send")
        }
        TypeMethods.method(request, "__aenter__") { _, s, _ in try send(s) }
        TypeMethods.method(request, "__aexit__") { [unowned self] _, _, _ in self.wrapCoroutine(Immediate("__aexit__", .none), name: "__aexit__") }
        TypeMethods.method(request, "__await__") { vm, s, _ in
            let c = try send(s)
            return try vm.call(try vm.getAttr(c, "__await__"), [])
        }

        let session = plainClass(m, "ClientSession", module: "aiohttp.client")
        session.constructor = { _, c, _ in
            let o = PyInstance(cls: c)
            o.dict.setStr("closed", .bool(false))
            return .obj(o)
        }
        for verb in ["get", "post", "head"] {
            TypeMethods.method(session, verb) { [unowned self] _, _, a in
                let r = PyInstance(cls: request)
                r.dict.setStr("_url", .string(try self.urlArg(a, verb)))
                return .obj(r)
            }
        }
        TypeMethods.method(session, "__aenter__") { [unowned self] _, s, _ in self.wrapCoroutine(Immediate("__aenter__", self.toEngine(s)), name: "__aenter__") }
        TypeMethods.method(session, "__aexit__") { [unowned self] _, s, _ in
            if case .obj(let o) = s, let i = o as? PyInstance { i.dict.setStr("closed", .bool(true)) }
            return self.wrapCoroutine(Immediate("__aexit__", .none), name: "__aexit__")
        }
        TypeMethods.method(session, "close") { [unowned self] _, s, _ in
            if case .obj(let o) = s, let i = o as? PyInstance { i.dict.setStr("closed", .bool(true)) }
            return self.wrapCoroutine(Immediate("close", .none), name: "close")
        }
    }
}

/// A coroutine that returns `value` without suspending.
final class Immediate: NativeCoroutine {
    let value: EngineValue
    init(_ name: String, _ value: EngineValue) {
        self.value = value
        super.init(qualname: name)
    }
    override func resume(_ input: Outcome) -> CoroutineStep { .returned(value) }
}

/// `await asyncio.sleep(latency)` then return `value` (a response's headers arriving).
final class SleepThen: NativeCoroutine {
    unowned let bridge: AsyncioBridge
    let latency: Double
    let value: EngineValue
    init(_ bridge: AsyncioBridge, _ latency: Double, _ value: EngineValue) {
        self.bridge = bridge
        self.latency = latency
        self.value = value
        super.init(qualname: "_RequestContextManager._send")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1 {
            if case .error(let e) = input { return .raised(e) }
            return .returned(value)
        }
        guard let l = bridge.runtime.runningLoop else { return .raised(.runtime("no running event loop")) }
        pc = 1
        return awaitCoroutine(l.sleep(latency))
    }
}
