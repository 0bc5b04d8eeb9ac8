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

/// A name from `typing`: subscriptable and callable-as-annotation, no runtime effect.
final class PyTypingAlias: PyObject {
    let name: String
    init(_ name: String) {
        self.name = name
        super.init(cls: PyTypingAlias.type, kind: .other)
    }
    static let type: PyClass = {
        let c = PyClass(name: "_SpecialForm", base: BuiltinTypes.object, isBuiltin: true, module: "typing")
        TypeMethods.method(c, "__getitem__") { _, v, _ in v }
        TypeMethods.method(c, "__repr__") { _, v, _ in .string("typing." + (v.object as! PyTypingAlias).name) }
        TypeMethods.method(c, "__call__") { _, _, a in a.count > 0 ? a[0] : .none }
        TypeMethods.method(c, "__or__") { _, v, _ in v }
        TypeMethods.method(c, "__ror__") { _, v, _ in v }
        return c
    }()
}
