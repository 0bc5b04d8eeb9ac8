import XCTest
import Syntax
import Compiler
@testable import VM

/// The Swift API the asyncio engine and the CLI use: driving coroutines, registering native
/// modules, the clock, `%time`, limits and looplab's stops.
final class EngineAPITests: XCTestCase {
    /// Builds a VM, runs `source` and returns the VM with its `__main__` globals.
    func prepare(_ source: String, clock: Clock = VirtualClock()) -> (VM, PyDict) {
        var options = VMOptions()
        options.clock = clock
        let vm = VM(options: options, stdout: OutputBuffer(sink: { _ in }), stderr: OutputBuffer(sink: { _ in }))
        let module = try! parse(SourceFile(name: "t.py", text: source)).get()
        let code = try! compile(module).get()
        let globals = PyDict()
        globals.setStr("__name__", .string("__main__"))
        _ = try! vm.runModuleCode(code, globals: globals)
        return (vm, globals)
    }

    func testDrivingACoroutineLikeTaskStep() throws {
        let (vm, g) = prepare("""
        class Fut:
            def __await__(self):
                return (yield self)
        async def worker(f):
            a = await f
            b = await f
            return a + b
        f = Fut()
        coro = worker(f)
        """)
        guard case .obj(let o)? = g.getStr("coro"), let coro = o as? PyGenerator else { return XCTFail("no coroutine") }
        guard case .yielded(let y1) = try vm.resume(coro, sending: .none) else { return XCTFail("expected a yield") }
        XCTAssertTrue(y1.isIdentical(g.getStr("f")!))
        guard case .yielded = try vm.resume(coro, sending: .int(40)) else { return XCTFail("expected a second yield") }
        guard case .returned(let r) = try vm.resume(coro, sending: .int(2)) else { return XCTFail("expected a return") }
        XCTAssertEqual(try vm.repr(r), "42")
        guard case .raised(let e) = try vm.resume(coro, sending: .none) else { return XCTFail("expected an error") }
        XCTAssertEqual(try vm.str(.obj(e)), "cannot reuse already awaited coroutine")
    }

    func testThrowingIntoACoroutineReachesTheInnermostAwait() throws {
        let (vm, g) = prepare("""
        class Fut:
            def __await__(self):
                yield self
        log = []
        async def inner(f):
            try:
                await f
            except KeyError as e:
                log.append("inner saw " + repr(e))
                return "recovered"
        async def outer(f):
            return await inner(f)
        coro = outer(Fut())
        """)
        guard case .obj(let o)? = g.getStr("coro"), let coro = o as? PyGenerator else { return XCTFail() }
        _ = try vm.resume(coro, sending: .none)
        let exc = PyException(cls: ExceptionTypes.keyError, args: [.string("k")])
        guard case .returned(let r) = try vm.throwInto(coro, exc) else { return XCTFail("expected a return") }
        XCTAssertEqual(try vm.repr(r), "'recovered'")
        XCTAssertEqual(try vm.repr(g.getStr("log")!), "[\"inner saw KeyError('k')\"]")
    }

    func testNativeModuleRegistration() {
        let r = runPython("""
        import demo
        from demo import double, Box
        b = Box(5)
        print(demo.double(21), double(x=4), b.get(), demo.VERSION, type(b).__name__)
        """, setup: { vm in
            vm.register(NativeModule(name: "demo") { vm, m in
                m.function("double") { vm, a in
                    let x = a.count > 0 ? a[0] : (a.keyword("x") ?? .int(0))
                    return try vm.binaryOp(.mul, x, .int(2))
                }
                m.add("VERSION", .string("1.0"))
                m.nativeClass("Box", methods: [
                    "__init__": { vm, this, a in try vm.setAttr(this, "value", a[0]); return .none },
                    "get": { vm, this, _ in try vm.getAttr(this, "value") },
                ])
            })
        })
        XCTAssertEqual(r.stdout, "42 8 5 1.0 Box\n")
        XCTAssertEqual(r.stderr, "")
    }

    func testTimeMagicReadsTheClock() {
        let r = runPython("import time\n%time time.sleep(0.5)\n%time time.sleep(4.01)\n%time x = 1\n")
        XCTAssertEqual(r.stdout, """
        CPU times: user 0 ns, sys: 0 ns, total: 0 ns
        Wall time: 500 ms
        CPU times: user 0 ns, sys: 0 ns, total: 0 ns
        Wall time: 4.01 s
        CPU times: user 0 ns, sys: 0 ns, total: 0 ns
        Wall time: 0 ns

        """)
    }

    func testIPythonTimeFormat() {
        // Values from IPython's _format_time rules (3 significant digits, s/ms/µs/ns).
        XCTAssertEqual(VM.ipythonTime(10), "10 s")
        XCTAssertEqual(VM.ipythonTime(4.01), "4.01 s")
        XCTAssertEqual(VM.ipythonTime(0.5), "500 ms")
        XCTAssertEqual(VM.ipythonTime(0), "0 ns")
        XCTAssertEqual(VM.ipythonTime(0.000123), "123 \u{00B5}s")
        XCTAssertEqual(VM.ipythonTime(75), "1min 15s")
    }

    func testStepBudgetStopsABusyLoop() {
        var options = VMOptions()
        options.maxSteps = 100_000
        let r = runPython("while True:\n    pass\n", options: options)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("steps"), r.stderr)
        XCTAssertEqual(r.stdout, "")
    }

    func testMemoryBudgetFailsBeforeAllocating() {
        let r = runPython("""
        for make in (lambda: [0] * 10**10, lambda: 'x' * 10**10, lambda: 10 ** 10 ** 8):
            try:
                make()
            except MemoryError as e:
                print("MemoryError", repr(e))
        """)
        XCTAssertEqual(r.stdout, "MemoryError MemoryError()\nMemoryError MemoryError()\nMemoryError MemoryError()\n")
    }

    func testInterruptHookRaisesKeyboardInterrupt() {
        var options = VMOptions()
        var polls = 0
        options.interruptCheck = { polls += 1; return polls > 3 }
        options.interruptInterval = 1000
        let r = runPython("try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('interrupted')\n", options: options)
        XCTAssertEqual(r.stdout, "interrupted\n")
        let r2 = runPython("while True:\n    pass\n", options: options)
        XCTAssertEqual(r2.status, 130)
        XCTAssertTrue(r2.stderr.hasSuffix("KeyboardInterrupt\n"), r2.stderr)
    }

    func testSandboxedImportsAndAsyncio() {
        let r = runPython("import json\nimport os\n", name: "demo.py")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, """
            demo.py:2:8: import of module 'os' is not allowed: lessons run in a sandbox
              expected one of the lesson modules: functools, json, math, random, sys, time, typing
              hint: lesson code never touches files, processes or the environment: keep data in variables and print results

            """)
        // `from … import`: the statement's position; the hint follows what the module is for.
        let socket = runPython("x = 1\nif x:\n    from socket import socket\n", name: "net.py")
        XCTAssertTrue(socket.stderr.hasPrefix("net.py:3:5: import of module 'socket' is not allowed: lessons run in a sandbox\n"), socket.stderr)
        XCTAssertTrue(socket.stderr.contains("  hint: the network is simulated"), socket.stderr)
        // Inside a function, and an unknown third-party package.
        let bs4 = runPython("def parse():\n    import bs4.element\nprint('before')\nparse()\n", name: "scrape.py")
        XCTAssertEqual(bs4.stdout, "before\n")
        XCTAssertTrue(bs4.stderr.hasPrefix("scrape.py:2:12: import of module 'bs4.element' is not allowed"), bs4.stderr)
        XCTAssertTrue(bs4.stderr.hasSuffix("  hint: HTML/XML parsers are not available: search the response text with str methods, or use response.json()\n"), bs4.stderr)
        // A sandboxed import cannot be caught by Python code.
        let caught = runPython("try:\n    import subprocess\nexcept BaseException:\n    print('caught')\n")
        XCTAssertEqual(caught.stdout, "")
        XCTAssertEqual(caught.status, 1)
        XCTAssertTrue(caught.stderr.contains("hint: threads and processes are modelled by asyncio"), caught.stderr)
        let r2 = runPython("import asyncio\n")
        XCTAssertEqual(r2.stderr, "asyncio is not available yet in this version of looplab\n")
    }

    func testCPythonModuleAttributeOutsideTheSubsetStops() {
        // CPython has it, looplab does not: a stop naming it, never an AttributeError.
        let r = runPython("import functools\n@functools.lru_cache(maxsize=None)\ndef f(n):\n    return n\n", name: "memo.py")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "memo.py:2:2: 'functools.lru_cache' is not supported in lessons (lessons run in a sandbox)\n")
        let imported = runPython("from math import pi, sumprod_missing\n")
        XCTAssertTrue(imported.stderr.contains("ImportError: cannot import name 'sumprod_missing' from 'math'"), imported.stderr)
        let caught = runPython("import math\ntry:\n    math.ulp_nope\nexcept AttributeError as e:\n    print(e)\n")
        XCTAssertEqual(caught.stdout, "module 'math' has no attribute 'ulp_nope'\n")
        let time = runPython("import time\ntry:\n    time.gmtime(0)\nexcept BaseException:\n    print('caught')\n")
        XCTAssertEqual(time.stdout, "")
        XCTAssertTrue(time.stderr.contains("'time.gmtime' is not supported in lessons"), time.stderr)
    }

    func testDescriptorClassesStopInsteadOfBeingIgnored() {
        let r = runPython("class Field:\n    def __get__(self, obj, cls):\n        return 1\nclass C:\n    x = Field()\nprint(C().x)\n", name: "desc.py")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, "desc.py:1:1: class Field defines __get__: descriptors and custom attribute lookup are not supported in lessons\n")
    }

    func testDeeplyNestedListIsFreedWithoutCrashing() {
        let r = runPython("x = []\nfor i in range(200000):\n    x = [x]\ndel x\nprint('ok')\n")
        XCTAssertEqual(r.stdout, "ok\n")
    }
}
