import Compiler

/// Async generators: `__anext__`/`asend`/`athrow`/`aclose` return awaitables that resume the
/// generator's frame. A yield from the generator's own `yield` is an item (the awaitable finishes
/// with StopIteration(item)); a yield passed through from an inner `await` (the frame is
/// `delegating`) goes out to whoever drives the coroutine.
///
/// The awaitable is its own `__await__` iterator and speaks `NativeAwaitIterator`, so `async for`
/// drives it without method lookups and an item costs no StopIteration object.
public final class AsyncGenAwaitable: PyObject, NativeAwaitable, NativeAwaitIterator {
    enum Mode { case send(Value), throwing(PyException), close }
    let agen: PyGenerator
    var mode: Mode
    var started = false
    var finished = false

    init(_ agen: PyGenerator, _ mode: Mode) {
        self.agen = agen
        self.mode = mode
        let cls: PyClass
        switch mode {
        case .send: cls = AsyncGenAwaitable.type
        case .throwing, .close: cls = AsyncGenAwaitable.athrowType
        }
        // `.instance`: the kind `await` checks before asking for `nativeAwaitIterator`.
        super.init(cls: cls, kind: .instance)
    }

    /// `agen.aclose()` as the event loop's finalizer hook and `shutdown_asyncgens` call it.
    public static func aclose(_ agen: PyGenerator) -> AsyncGenAwaitable { AsyncGenAwaitable(agen, .close) }

    public override var nativeAwaitIterator: NativeAwaitIterator? { self }
    public override var nativeAwaitable: NativeAwaitable? { self }
    public func awaitIterator(_ vm: VM) throws -> Value { .obj(self) }
    public func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep { try advance(vm, sending: value, throwing: nil) }
    public func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep { try advance(vm, sending: nil, throwing: exc) }

    /// One step as Python sees it: the passed-through value, or a thrown StopIteration/StopAsyncIteration.
    func step(_ vm: VM, sending v: Value?, throwing exc: PyException?) throws -> Value {
        switch try advance(vm, sending: v, throwing: exc) {
        case .yielded(let y): return y
        case .returned(let r): throw vm.stopIteration(r)
        }
    }

    /// One step: `.yielded` passes a value of an inner `await` through, `.returned` is what
    /// the awaitable returns (the item; None for `aclose`/`athrow` on a closed generator);
    /// StopAsyncIteration and errors are thrown.
    /// While an awaitable drives the generator, it is "running" (CPython's `ag_running_async`):
    /// a second `__anext__`/`athrow`/`aclose` started meanwhile fails.
    func advance(_ vm: VM, sending v: Value?, throwing exc: PyException?) throws -> NativeAwaitStep {
        if finished { throw vm.runtimeError("cannot reuse already awaited __anext__()/asend()") }
        let result: LoopExit
        do {
            if let e = exc {
                agen.asyncGenRunning = true
                result = try vm.throwIntoGenerator(agen, e)
            } else if !started {
                if agen.asyncGenRunning {
                    switch mode {
                    case .send: throw vm.runtimeError("anext(): asynchronous generator is already running")
                    case .throwing:
                        finished = true
                        throw vm.runtimeError("athrow(): asynchronous generator is already running")
                    case .close:
                        finished = true
                        throw vm.runtimeError("aclose(): asynchronous generator is already running")
                    }
                }
                started = true
                switch mode {
                case .send(let first):
                    if agen.frame == nil { finished = true; throw vm.newException(ExceptionTypes.stopAsyncIteration) }
                    agen.asyncGenRunning = true
                    result = try vm.resumeGenerator(agen, sending: first)
                case .throwing(let e):
                    // athrow() on a closed generator does nothing (StopIteration: None).
                    if agen.asyncGenClosed { finished = true; return .returned(.none) }
                    agen.asyncGenRunning = true
                    result = try vm.throwIntoGenerator(agen, e)
                case .close:
                    if agen.asyncGenClosed { finished = true; return .returned(.none) }
                    agen.asyncGenClosed = true
                    if agen.frame == nil || !agen.started { agen.frame = nil; finished = true; return .returned(.none) }
                    agen.asyncGenRunning = true
                    result = try vm.throwIntoGenerator(agen, vm.newException(ExceptionTypes.generatorExit))
                }
            } else {
                agen.asyncGenRunning = true
                result = try vm.resumeGenerator(agen, sending: v ?? .none)
            }
        } catch let e as PyException {
            if !started || finished { throw e }
            finished = true
            agen.asyncGenRunning = false
            // `async_gen_unwrap_value`: the generator is closed once it stops.
            if e.isInstance(of: ExceptionTypes.generatorExit) || e.isInstance(of: ExceptionTypes.stopAsyncIteration) {
                agen.asyncGenClosed = true
                if case .close = mode { return .returned(.none) }
            }
            throw e
        }
        switch result {
        case .yielded(let y):
            if let f = agen.frame, f.delegating { return .yielded(y) }
            finished = true
            agen.asyncGenRunning = false
            if case .close = mode { throw vm.runtimeError("async generator ignored GeneratorExit") }
            return .returned(y)
        case .returned:
            finished = true
            agen.asyncGenRunning = false
            agen.asyncGenClosed = true
            if case .close = mode { return .returned(.none) }
            throw vm.newException(ExceptionTypes.stopAsyncIteration)
        }
    }

    static let type = makeType("async_generator_asend")
    static let athrowType = makeType("async_generator_athrow")

    static func makeType(_ name: String) -> PyClass {
        let c = PyClass(name: name, base: BuiltinTypes.object, isBuiltin: true)
        TypeMethods.method(c, "__await__") { _, v, _ in v }
        TypeMethods.method(c, "__iter__") { _, v, _ in v }
        TypeMethods.method(c, "__next__") { vm, v, _ in try (v.object as! AsyncGenAwaitable).step(vm, sending: nil, throwing: nil) }
        TypeMethods.method(c, "send") { vm, v, a in try (v.object as! AsyncGenAwaitable).step(vm, sending: a.count > 0 ? a[0] : .none, throwing: nil) }
        TypeMethods.method(c, "throw") { vm, v, a in
            try (v.object as! AsyncGenAwaitable).step(vm, sending: nil, throwing: try vm.makeException(a[0]))
        }
        TypeMethods.method(c, "close") { _, v, _ in (v.object as! AsyncGenAwaitable).finished = true; return .none }
        return c
    }
}

/// `async_generator_asend`/`async_generator_athrow` driven from Swift (a Task running
/// `agen.aclose()`): StopIteration becomes the return value.

extension VM {
    /// `async_gen_init_hooks`: at the first `__anext__`/`asend`/`athrow`/`aclose`, keep the
    /// running loop's finalizer and tell the loop about the generator (firstiter).
    func initAsyncGenHooks(_ g: PyGenerator) throws {
        if g.asyncGenHooksDone { return }
        g.asyncGenHooksDone = true
        if let firstIter = asyncGenFirstIter { g.asyncGenFinalizer = try firstIter(g) }
    }
}

extension TypeMethods {
    static func installAsyncGeneratorMethods() {
        let c = BuiltinTypes.asyncGenerator
        func agen(_ vm: VM, _ v: Value) throws -> PyGenerator {
            let g = v.object as! PyGenerator
            try vm.initAsyncGenHooks(g)
            return g
        }
        method(c, "__aiter__") { _, v, _ in v }
        method(c, "__anext__") { vm, v, _ in .obj(AsyncGenAwaitable(try agen(vm, v), .send(.none))) }
        method(c, "asend") { vm, v, a in .obj(AsyncGenAwaitable(try agen(vm, v), .send(a.count > 0 ? a[0] : .none))) }
        method(c, "athrow") { vm, v, a in
            let g = try agen(vm, v)
            return .obj(AsyncGenAwaitable(g, .throwing(try vm.makeException(a[0]))))
        }
        method(c, "aclose") { vm, v, _ in .obj(AsyncGenAwaitable(try agen(vm, v), .close)) }
    }
}
