import Compiler
/// The modules of DESIGN §3 that the VM provides, registered when a VM starts (built lazily on
/// first import).
extension VM {
    func registerStandardModules() {
        register(VM.timeModule)
        register(VM.mathModule)
        register(VM.typingModule)
        register(VM.sysModule)
        register(VM.randomModule)
        register(VM.jsonModule)
        register(VM.functoolsModule)
    }

    static let typingModule = NativeModule(name: "typing") { vm, m in
        for name in ["Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable",
                     "Iterable", "Iterator", "Generator", "AsyncIterator", "AsyncIterable", "AsyncGenerator",
                     "Awaitable", "Coroutine", "Sequence", "Mapping", "MutableMapping", "Type", "TypeVar",
                     "Generic", "NoReturn", "ClassVar", "Final", "Literal", "Protocol", "NamedTuple", "TypedDict",
                     "Deque", "DefaultDict", "Counter", "cast", "overload", "TYPE_CHECKING"] {
            m.add(name, name == "TYPE_CHECKING" ? .bool(false) : .obj(PyTypingAlias(name)))
        }
        m.function("cast") { _, a in a.count > 1 ? a[1] : .none }
        m.function("TypeVar") { _, a in a.count > 0 ? .obj(PyTypingAlias("~" + ((try? vm.str(a[0])) ?? "T"))) : .none }
    }

    static let sysModule = NativeModule(name: "sys") { vm, m in
        m.add("stdout", .obj(PyStream(stderr: false)))
        m.add("stderr", .obj(PyStream(stderr: true)))
        m.add("maxsize", .int(Int.max))
        m.add("version_info", .obj(PyTuple([.int(3), .int(11), .int(7), .string("final"), .int(0)])))
        m.add("platform", .string("linux"))
        m.add("argv", .obj(PyList([.string(vm.scriptPath)])))
        m.function("getrecursionlimit") { vm, _ in .int(vm.options.recursionLimit) }
        m.function("setrecursionlimit") { vm, a in
            guard case .int(let n) = a[0], n >= 1 else { throw vm.valueError("recursion limit must be greater or equal than 1") }
            vm.options.recursionLimit = min(n, 20000)
            return .none
        }
        m.function("exit") { _, a in throw PyException(cls: ExceptionTypes.systemExit, args: a.positional) }
    }
}

/// `list[int]` and friends (`types.GenericAlias`): only their repr matters in lessons.
final class PyGenericAlias: PyObject {
    let origin: PyClass
    let args: [Value]
    init(origin: PyClass, args: [Value]) {
        self.origin = origin
        self.args = args
        super.init(cls: PyGenericAlias.type, kind: .other)
    }
    static let type: PyClass = {
        let c = PyClass(name: "GenericAlias", base: BuiltinTypes.object, isBuiltin: true, module: "types")
        TypeMethods.method(c, "__repr__") { vm, v, _ in
            let g = v.object as! PyGenericAlias
            let inner = try g.args.map { try PyTypingAlias.typeRepr(vm, $0) }.joined(separator: ", ")
            let origin = try PyTypingAlias.typeRepr(vm, .obj(g.origin))
            return .string("\(origin)[\(inner)]")
        }
        TypeMethods.method(c, "__call__") { vm, v, a in try vm.call(.obj((v.object as! PyGenericAlias).origin), a) }
        TypeMethods.method(c, "__getitem__") { _, v, _ in v }
        TypeMethods.method(c, "__hash__") { vm, v, _ in
            let g = v.object as! PyGenericAlias
            return .int(try vm.hash(.obj(g.origin)) ^ (try vm.hash(.obj(PyTuple(g.args)))))
        }
        return c
    }()

    /// `list[int] == list[int]`: the same origin and equal arguments.
    static func equal(_ vm: VM, _ x: PyGenericAlias, _ y: PyGenericAlias) throws -> Bool {
        guard x.origin === y.origin, x.args.count == y.args.count else { return false }
        for (p, q) in zip(x.args, y.args) where try !vm.equals(p, q) { return false }
        return true
    }
}

/// A name from `typing`: subscriptable and callable-as-annotation, no runtime effect.
final class PyTypingAlias: PyObject {
    let name: String
    var args: [Value]?
    init(_ name: String, args: [Value]? = nil) {
        self.name = name
        self.args = args
        super.init(cls: PyTypingAlias.type, kind: .other)
    }

    /// typing's `_type_repr`.
    static func typeRepr(_ vm: VM, _ v: Value) throws -> String {
        switch v {
        case .obj(let o) where o.kind == .cls:
            let c = o as! PyClass
            return c.moduleName == "builtins" ? c.qualname : "\(c.moduleName).\(c.qualname)"
        case .obj(let o) where o === BuiltinTypes.ellipsis: return "..."
        case .obj(let o) where o.kind == .list:
            return "[" + (try (o as! PyList).items.map { try typeRepr(vm, $0) }.joined(separator: ", ")) + "]"
        case .none: return "None"
        default: return try vm.repr(v)
        }
    }

    static func isNoneType(_ v: Value) -> Bool {
        if case .obj(let o) = v { return o === BuiltinTypes.noneType }
        return false
    }

    /// `Union[...]` as typing builds it: None becomes NoneType, nested unions are flattened,
    /// duplicates dropped, and a single member is returned itself.
    static func union(_ vm: VM, _ items: [Value]) throws -> Value {
        var members: [Value] = []
        var pending = items[...]
        while let x = pending.popFirst() {
            let m: Value = x.isNone ? .obj(BuiltinTypes.noneType) : x
            if case .obj(let o) = m, let u = o as? PyTypingAlias, u.name == "Union", let args = u.args {
                pending = args[...] + pending
                continue
            }
            if try !members.contains(where: { try vm.equals($0, m) }) { members.append(m) }
        }
        if members.count == 1 { return members[0] }
        return .obj(PyTypingAlias("Union", args: members))
    }

    /// typing's `__eq__`: the same form with equal arguments (a Union's in any order).
    static func equal(_ vm: VM, _ x: PyTypingAlias, _ y: PyTypingAlias) throws -> Bool {
        guard x.name == y.name else { return false }
        guard let a = x.args, let b = y.args else { return x.args == nil && y.args == nil }
        guard a.count == b.count else { return false }
        if x.name == "Union" {
            for m in a where try !b.contains(where: { try vm.equals($0, m) }) { return false }
            return true
        }
        for (p, q) in zip(a, b) where try !vm.equals(p, q) { return false }
        return true
    }

    static let type: PyClass = {
        let c = PyClass(name: "_SpecialForm", base: BuiltinTypes.object, isBuiltin: true, module: "typing")
        TypeMethods.method(c, "__getitem__") { vm, v, a in
            let alias = v.object as! PyTypingAlias
            var items: [Value] = [a[0]]
            if case .obj(let o) = a[0], o.kind == .tuple { items = (o as! PyTuple).items }
            switch alias.name {
            case "Optional": return try union(vm, [items[0], .none])
            case "Union": return try union(vm, items)
            default: return .obj(PyTypingAlias(alias.name, args: items))
            }
        }
        TypeMethods.method(c, "__repr__") { vm, v, _ in
            let alias = v.object as! PyTypingAlias
            // typing prints a two-member Union with None as Optional.
            if alias.name == "Union", let args = alias.args, args.count == 2,
               let other = args.firstIndex(where: { !isNoneType($0) }), args.contains(where: isNoneType) {
                return .string("typing.Optional[\(try typeRepr(vm, args[other]))]")
            }
            var s = "typing." + alias.name
            if let args = alias.args { s += "[" + (try args.map { try typeRepr(vm, $0) }.joined(separator: ", ")) + "]" }
            return .string(s)
        }
        TypeMethods.method(c, "__call__") { _, _, a in a.count > 0 ? a[0] : .none }
        TypeMethods.method(c, "__hash__") { vm, v, _ in
            let alias = v.object as! PyTypingAlias
            return .int(PyHash.string(alias.name) ^ (alias.args?.count ?? -1))
        }
        TypeMethods.method(c, "__or__") { _, v, _ in v }
        TypeMethods.method(c, "__ror__") { _, v, _ in v }
        return c
    }()
}
