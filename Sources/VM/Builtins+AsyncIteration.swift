import Compiler

/// `aiter()` and `anext()` (3.10+), the async counterparts of `iter()` and `next()` that
/// tutorials use to pull one item from an async generator or async iterator.
extension VM {
    func installAsyncIterationBuiltins() {
        // builtin_aiter: `__aiter__` of the type, and its result must be an async iterator.
        def("aiter") { vm, a in
            try vm.expectArgs("aiter", a, 1)
            guard let m = try vm.lookupMethodOptional(a[0], "__aiter__") else {
                throw vm.typeError("'\(vm.typeName(a[0]))' object is not an async iterable")
            }
            let it = try vm.call(m, [])
            guard try vm.lookupMethodOptional(it, "__anext__") != nil else {
                throw vm.typeError("aiter() returned not an async iterator of type '\(vm.typeName(it))'")
            }
            return it
        }
        // builtin_anext: the `__anext__` awaitable itself, or with a default an
        // `anext_awaitable` that turns StopAsyncIteration into that default.
        def("anext") { vm, a in
            try vm.expectRange("anext", a, 1, 2)
            guard let m = try vm.lookupMethodOptional(a[0], "__anext__") else {
                throw vm.typeError("'\(vm.typeName(a[0]))' object is not an async iterator")
            }
            let awaitable = try vm.call(m, [])
            if a.count == 1 { return awaitable }
            return .obj(AnextAwaitable(awaitable, default: a[1]))
        }
    }
}

/// CPython's `anext_awaitable` (Objects/iterobject.c): awaiting it awaits the `__anext__`
/// awaitable, passing sends and throws through, and finishes with the default instead of
/// raising StopAsyncIteration.
final class AnextAwaitable: PyObject, NativeAwaitable, NativeAwaitIterator {
    let awaitable: Value
    let defaultValue: Value
    /// The await iterator of `awaitable`, fetched at the first step (`anextawaitable_getiter`).
    var inner: Value?

    init(_ awaitable: Value, default defaultValue: Value) {
        self.awaitable = awaitable
        self.defaultValue = defaultValue
        super.init(cls: AnextAwaitable.type, kind: .instance)
    }

    override var nativeAwaitIterator: NativeAwaitIterator? { self }
    override var nativeAwaitable: NativeAwaitable? { self }
    func awaitIterator(_ vm: VM) throws -> Value { .obj(self) }
    func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep { try proxy(vm, sending: value, throwing: nil) }
    func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep { try proxy(vm, sending: nil, throwing: exc) }

    /// `anextawaitable_proxy`: one step of the inner iterator; its StopAsyncIteration becomes
    /// the end of this awaitable with the default value.
    func proxy(_ vm: VM, sending v: Value?, throwing exc: PyException?) throws -> NativeAwaitStep {
        let it: Value
        if let inner { it = inner } else {
            it = try vm.getAwaitable(awaitable, context: 0)
            inner = it
        }
        do {
            return try AnextAwaitable.step(vm, it, sending: v, throwing: exc)
        } catch let e as PyException where e.isInstance(of: ExceptionTypes.stopAsyncIteration) {
            return .returned(defaultValue)
        }
    }

    /// One send/throw into any await iterator: a coroutine, a native one, or an object with
    /// `send`/`__next__`/`throw` methods (whose StopIteration carries the result).
    static func step(_ vm: VM, _ it: Value, sending v: Value?, throwing exc: PyException?) throws -> NativeAwaitStep {
        if case .obj(let o) = it, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if g.flavor == .coroutine { g.wasAwaited = true }
            let exit = try exc.map { try vm.throwIntoGenerator(g, $0) } ?? vm.resumeGenerator(g, sending: v ?? .none)
            switch exit {
            case .yielded(let y): return .yielded(y)
            case .returned(let r): return .returned(r)
            }
        }
        if case .obj(let o) = it, o.kind == .instance, let n = o.nativeAwaitIterator {
            return try exc.map { try n.awaitThrow(vm, $0) } ?? n.awaitSend(vm, v ?? .none)
        }
        do {
            if let exc {
                guard let m = try vm.lookupMethodOptional(it, "throw") else { throw exc }
                return .yielded(try vm.call(m, [.obj(exc)]))
            }
            if (v ?? .none).isNone, let m = try vm.lookupMethodOptional(it, "__next__") {
                return .yielded(try vm.call(m, []))
            }
            guard let m = try vm.lookupMethodOptional(it, "send") else { throw vm.attributeError(it, "send") }
            return .yielded(try vm.call(m, [v ?? .none]))
        } catch let e as PyException where e.isInstance(of: ExceptionTypes.stopIteration) {
            return .returned(vm.stopIterationValue(e))
        }
    }

    /// Python-level `send`/`__next__`/`throw`: a finished step raises StopIteration(result).
    func pyStep(_ vm: VM, sending v: Value?, throwing exc: PyException?) throws -> Value {
        switch try proxy(vm, sending: v, throwing: exc) {
        case .yielded(let y): return y
        case .returned(let r): throw vm.stopIteration(r)
        }
    }

    static let type: PyClass = {
        let c = PyClass(name: "anext_awaitable", base: BuiltinTypes.object, isBuiltin: true)
        TypeMethods.method(c, "__await__") { _, v, _ in v }
        TypeMethods.method(c, "__iter__") { _, v, _ in v }
        TypeMethods.method(c, "__next__") { vm, v, _ in try (v.object as! AnextAwaitable).pyStep(vm, sending: nil, throwing: nil) }
        TypeMethods.method(c, "send") { vm, v, a in
            try (v.object as! AnextAwaitable).pyStep(vm, sending: a.count > 0 ? a[0] : .none, throwing: nil)
        }
        TypeMethods.method(c, "throw") { vm, v, a in
            try (v.object as! AnextAwaitable).pyStep(vm, sending: nil, throwing: try vm.makeException(a[0]))
        }
        TypeMethods.method(c, "close") { vm, v, _ in
            let me = v.object as! AnextAwaitable
            if let inner = me.inner, let m = try vm.lookupMethodOptional(inner, "close") { _ = try vm.call(m, []) }
            return .none
        }
        return c
    }()
}
