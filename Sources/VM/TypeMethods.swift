import Compiler
/// Methods of the builtin types, installed once per process into the shared type objects.
/// Each method receives `self` as its first argument (`Args` minus self is passed as `a`).
public enum TypeMethods {
    nonisolated(unsafe) static var installed = false

    static func installOnce() {
        guard !installed else { return }
        installed = true
        _ = BuiltinTypes.dict
        BuiltinTypes.patchBootstrapDicts()
        TypeConstructors.install()
        IteratorConstructors.install()
        installObjectMethods()
        installStrMethods()
        installListMethods()
        installTupleMethods()
        installDictMethods()
        installSetMethods()
        installNumberMethods()
        installGeneratorMethods()
        installBuiltinDunders()
        installAsyncGeneratorMethods()
        installBytesMethods()
        installBytesHexMethods()
    }

    public typealias Method = (VM, Value, Args) throws -> Value

    public static func method(_ cls: PyClass, _ name: String, _ body: @escaping Method) {
        // Methods of the core builtin types check what CPython's C code checks before the
        // body runs: the receiver's type (a method descriptor) and the number of arguments.
        let arity = MethodArity.table["\(cls.name).\(name)"]
        let checksReceiver = arity != nil
            || (!name.hasPrefix("__") && ["str", "bytes", "list", "tuple", "dict", "set", "frozenset", "int", "float"].contains(cls.name))
        // str methods also take lone surrogates (SurrogateText.swift); the dunders reach the
        // VM's own str operations, which handle them, and encode reports them.
        let body = cls === BuiltinTypes.str && !(name.hasPrefix("__") && !["__format__", "__mod__", "__rmod__"].contains(name))
            && name != "encode" ? SurrogateText.wrapMethod(name, body) : body
        // The call fast path (`items.append(x)`) found the method on the receiver's own type,
        // so only the argument count is left to check there.
        let counted: Method
        if let arity {
            counted = { vm, receiver, rest in
                try checkArity(arity, vm, rest.positional.count)
                return try body(vm, receiver, rest)
            }
        } else {
            counted = body
        }
        cls.dict.setStr(name, .obj(PyNativeFunction(name: name, owner: cls.name, isMethod: true, receiverBody: counted) { vm, a in
            guard let receiver = a.positional.first else {
                throw vm.typeError("unbound method \(cls.name).\(name)() needs an argument")
            }
            if checksReceiver && !vm.typeOf(receiver).isSubclass(of: cls) {
                throw vm.typeError("descriptor '\(name)' for '\(cls.name)' objects doesn't apply to a '\(vm.typeName(receiver))' object")
            }
            var rest = a
            rest.positional.removeFirst()
            return try counted(vm, receiver, rest)
        }))
    }

    /// CPython's wording for a builtin method given too few or too many arguments.
    private static func checkArity(_ arity: MethodArity, _ vm: VM, _ n: Int) throws {
        if n < arity.min { throw vm.typeError(arity.tooFew[n]) }
        if arity.max >= 0 && n > arity.max, !arity.tooMany.isEmpty {
            // Beyond the recorded counts, the last wording with the count given.
            let k = n - arity.max - 1
            if k < arity.tooMany.count { throw vm.typeError(arity.tooMany[k]) }
            let last = arity.tooMany[arity.tooMany.count - 1]
            throw vm.typeError(last.replacingOccurrences(of: "\(arity.max + arity.tooMany.count) given", with: "\(n) given")
                                   .replacingOccurrences(of: "got \(arity.max + arity.tooMany.count)", with: "got \(n)"))
        }
    }

    static func installObjectMethods() {
        let object = BuiltinTypes.object
        method(object, "__init__") { vm, _, a in
            return .none
        }
        method(object, "__repr__") { vm, v, _ in
            guard let o = v.object else { return .string(try vm.repr(v)) }
            return .string("<\(o.cls.fullName) object at \(vm.address(o))>")
        }
        method(object, "__str__") { vm, v, _ in .string(try vm.repr(v)) }
        // The hook `class` statements call on the new class's base (VM.buildClass); object's
        // does nothing.
        object.dict.setStr("__init_subclass__", .obj(PyClassMethod(.obj(PyNativeFunction(name: "__init_subclass__") { vm, a in
            if !a.keywords.isEmpty { throw vm.typeError("object.__init_subclass__() takes no keyword arguments") }
            if a.count > 1 { throw vm.typeError("object.__init_subclass__() takes no arguments (\(a.count - 1) given)") }
            return .none
        }))))
        method(object, "__eq__") { vm, v, a in
            a[0].isIdentical(v) ? .bool(true) : .obj(BuiltinTypes.notImplemented)
        }
        method(object, "__ne__") { vm, v, a in
            a[0].isIdentical(v) ? .bool(false) : .obj(BuiltinTypes.notImplemented)
        }
        method(object, "__setattr__") { vm, v, a in
            guard case .str(let name) = a[0], let d = v.object?.attributes else { throw vm.attributeError(v, "\(a[0])") }
            if case .obj(let o) = v, o.kind == .instance { try vm.checkSlotAssignment(o, name.value) }
            if case .obj(let o) = v, o.kind == .exception {
                // Let the exception's special fields be set through object.__setattr__ too.
                let saved = o.cls.dict.getStr("__setattr__")
                _ = saved
            }
            d.setStr(name.value, a[1])
            return .none
        }
        // What `del obj.x` does without a Python `__delattr__` (so a class's own
        // `__delattr__` can end with `object.__delattr__(self, name)`).
        method(object, "__delattr__") { vm, v, a in
            guard case .str(let name) = a[0] else { throw vm.typeError("attribute name must be string, not '\(vm.typeName(a[0]))'") }
            if let o = v.object, let d = o.attributes, d.removeStr(name.value) != nil { return .none }
            throw vm.attributeError(v, name.value)
        }
        method(object, "__getattribute__") { vm, v, a in
            guard case .str(let name) = a[0] else { throw vm.typeError("attribute name must be string") }
            return try vm.getAttr(v, name.value)
        }
        method(object, "__format__") { vm, v, a in
            guard case .str(let spec) = a[0] else { throw vm.typeError("format spec must be str") }
            if !spec.value.isEmpty { throw vm.typeError("unsupported format string passed to \(vm.typeName(v)).__format__") }
            return .string(try vm.str(v))
        }
        object.dict.setStr("__new__", .obj(PyStaticMethod(.obj(PyNativeFunction(name: "__new__") { vm, a in
            guard case .obj(let co)? = a.positional.first, let cls = co as? PyClass else {
                throw vm.typeError("object.__new__(X): X is not a type object")
            }
            if let ctor = cls.builtinBase.constructor, cls.builtinBase !== BuiltinTypes.object {
                return try ctor(vm, cls, Args(Array(a.positional.dropFirst())))
            }
            return .obj(PyInstance(cls: cls))
        }))))

        let exc = ExceptionTypes.baseException
        method(exc, "__init__") { vm, v, a in
            if let e = v.object as? PyException, !e.isInstance(of: ExceptionTypes.baseExceptionGroup) { e.args = a.positional }
            return .none
        }
        method(exc, "with_traceback") { vm, v, a in
            if let e = v.object as? PyException { e.traceback = a[0].object as? PyTraceback }
            return v
        }
        method(exc, "add_note") { vm, v, a in
            guard case .str(let s) = a[0] else { throw vm.typeError("note must be a str, not '\(vm.typeName(a[0]))'") }
            (v.object as? PyException)?.notes.append(s.value)
            return .none
        }
        method(exc, "__str__") { vm, v, _ in
            guard let e = v.object as? PyException else { return .string("") }
            switch e.args.count {
            case 0: return .string("")
            case 1: return .string(try vm.str(e.args[0]))
            default: return .string(try vm.repr(.obj(PyTuple(e.args))))
            }
        }
        method(exc, "__repr__") { vm, v, _ in
            guard let e = v.object as? PyException else { return .string("") }
            if e.args.count == 1 { return .string("\(e.cls.name)(\(try vm.repr(e.args[0])))") }
            return .string(e.cls.name + (try vm.repr(.obj(PyTuple(e.args)))).replacingOccurrences(of: ",)", with: ")"))
        }

        let group = ExceptionTypes.baseExceptionGroup
        method(group, "split") { vm, v, a in
            let (m, r) = try vm.splitGroupMethod(v.object as! PyException, a[0], constructRest: true)
            return .obj(PyTuple([m.map { .obj($0) } ?? .none, r.map { .obj($0) } ?? .none]))
        }
        method(group, "subgroup") { vm, v, a in
            let (m, _) = try vm.splitGroupMethod(v.object as! PyException, a[0], constructRest: false)
            return m.map { .obj($0) } ?? .none
        }
        method(group, "derive") { vm, v, a in
            // BaseExceptionGroup.derive: always the base class (which becomes an
            // ExceptionGroup when every member is an Exception), never the subclass.
            let e = v.object as! PyException
            return try vm.call(.obj(ExceptionTypes.baseExceptionGroup), [e.args.first ?? .string(""), a[0]])
        }
        let prop = BuiltinTypes.property
        method(prop, "setter") { vm, v, a in
            let p = v.object as! PyProperty
            return .obj(PyProperty(getter: p.getter, setter: a[0], deleter: p.deleter))
        }
        method(prop, "getter") { vm, v, a in
            let p = v.object as! PyProperty
            return .obj(PyProperty(getter: a[0], setter: p.setter, deleter: p.deleter))
        }
        method(prop, "deleter") { vm, v, a in
            let p = v.object as! PyProperty
            return .obj(PyProperty(getter: p.getter, setter: p.setter, deleter: a[0]))
        }
        method(prop, "__get__") { vm, v, a in
            let p = v.object as! PyProperty
            if a[0].isNone { return v }
            return try vm.call(p.getter, [a[0]])
        }
        method(BuiltinTypes.type, "mro") { vm, v, _ in
            guard case .obj(let o) = v, let c = o as? PyClass else { return .none }
            return .obj(PyList(c.mro.map { .obj($0) }))
        }
    }

    static func installGeneratorMethods() {
        for cls in [BuiltinTypes.generator, BuiltinTypes.coroutine] {
            method(cls, "send") { vm, v, a in
                let g = v.object as! PyGenerator
                if g.flavor == .coroutine { g.wasAwaited = true }
                switch try vm.resumeGenerator(g, sending: a.count > 0 ? a[0] : .none) {
                case .yielded(let y): return y
                case .returned(let r): throw vm.stopIteration(r)
                }
            }
            method(cls, "throw") { vm, v, a in
                let g = v.object as! PyGenerator
                guard a.count >= 1 else { throw vm.typeError("throw expected at least 1 argument, got 0") }
                var exc: PyException
                if case .obj(let o) = a[0], let e = o as? PyException {
                    exc = e
                } else if case .obj(let o) = a[0], let c = o as? PyClass, c.isException {
                    exc = try vm.makeException(a.count > 1 ? try vm.call(a[0], [a[1]]) : a[0])
                } else {
                    throw vm.typeError("exceptions must be classes or instances deriving from BaseException, not \(vm.typeName(a[0]))")
                }
                switch try vm.throwIntoGenerator(g, exc) {
                case .yielded(let y): return y
                case .returned(let r): throw vm.stopIteration(r)
                }
            }
            method(cls, "close") { vm, v, _ in
                try vm.closeGenerator(v.object as! PyGenerator)
                return .none
            }
        }
        method(BuiltinTypes.generator, "__next__") { vm, v, _ in
            let g = v.object as! PyGenerator
            switch try vm.resumeGenerator(g, sending: .none) {
            case .yielded(let y): return y
            case .returned(let r): throw vm.stopIteration(r)
            }
        }
        method(BuiltinTypes.generator, "__iter__") { _, v, _ in v }
        method(BuiltinTypes.coroutine, "__await__") { _, v, _ in
            (v.object as! PyGenerator).wasAwaited = true
            return .obj(CoroutineWrapper(v.object as! PyGenerator))
        }
        method(BuiltinTypes.iterator, "__next__") { vm, v, _ in
            guard let it = v.object as? PyIterator else { throw vm.typeError("not an iterator") }
            if let x = try vm.iteratorNext(it) { return x }
            throw vm.stopIteration()
        }
        method(BuiltinTypes.iterator, "__iter__") { _, v, _ in v }
        for cls in [BuiltinTypes.enumerate, BuiltinTypes.zip, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.reversed,
                    BuiltinTypes.listIterator, BuiltinTypes.listReverseIterator, BuiltinTypes.tupleIterator,
                    BuiltinTypes.strAsciiIterator, BuiltinTypes.strIterator, BuiltinTypes.rangeIterator,
                    BuiltinTypes.longRangeIterator, BuiltinTypes.dictKeyIterator, BuiltinTypes.dictValueIterator,
                    BuiltinTypes.dictItemIterator, BuiltinTypes.setIterator, BuiltinTypes.bytesIterator,
                    BuiltinTypes.callableIterator, BuiltinTypes.dictReverseKeyIterator,
                    BuiltinTypes.dictReverseValueIterator, BuiltinTypes.dictReverseItemIterator] {
            cls.dict.setStr("__next__", BuiltinTypes.iterator.dict.getStr("__next__")!)
            cls.dict.setStr("__iter__", BuiltinTypes.iterator.dict.getStr("__iter__")!)
        }
    }
}

/// What `coroutine.__await__()` returns: an iterator that drives the coroutine.
final class CoroutineWrapper: PyObject {
    let coroutine: PyGenerator
    init(_ g: PyGenerator) {
        coroutine = g
        super.init(cls: CoroutineWrapper.type, kind: .other)
    }
    static let type: PyClass = {
        let c = PyClass(name: "coroutine_wrapper", base: BuiltinTypes.object, isBuiltin: true)
        TypeMethods.method(c, "__next__") { vm, v, _ in
            let w = v.object as! CoroutineWrapper
            switch try vm.resumeGenerator(w.coroutine, sending: .none) {
            case .yielded(let y): return y
            case .returned(let r): throw vm.stopIteration(r)
            }
        }
        TypeMethods.method(c, "send") { vm, v, a in
            let w = v.object as! CoroutineWrapper
            switch try vm.resumeGenerator(w.coroutine, sending: a[0]) {
            case .yielded(let y): return y
            case .returned(let r): throw vm.stopIteration(r)
            }
        }
        TypeMethods.method(c, "throw") { vm, v, a in
            let w = v.object as! CoroutineWrapper
            switch try vm.throwIntoGenerator(w.coroutine, try vm.makeException(a[0])) {
            case .yielded(let y): return y
            case .returned(let r): throw vm.stopIteration(r)
            }
        }
        TypeMethods.method(c, "close") { vm, v, _ in
            try vm.closeGenerator((v.object as! CoroutineWrapper).coroutine)
            return .none
        }
        TypeMethods.method(c, "__iter__") { _, v, _ in v }
        return c
    }()
}
