import Compiler
/// Classes: the `class` statement (`__build_class__`), instantiation, and `super()`.
extension VM {
    /// `__build_class__(body, name, *bases, **keywords)`.
    func buildClass(_ args: Args) throws -> Value {
        guard args.count >= 2, case .obj(let fo) = args[0], let body = fo as? PyFunction,
              case .str(let nameStr) = args[1] else {
            throw typeError("__build_class__: func must be a function")
        }
        let name = nameStr.value
        let bases = Array(args.positional.dropFirst(2))
        if !args.keywords.isEmpty {
            throw LooplabStop("class keyword arguments (\(args.keywords.map { $0.0 }.joined(separator: ", "))) are not supported in lessons")
        }
        if bases.count > 1 {
            // Allow the harmless `class C(Base, object)`.
            let nonObject = bases.filter { if case .obj(let o) = $0 { return o !== BuiltinTypes.object }; return true }
            if nonObject.count > 1 { throw LooplabStop("multiple inheritance (class \(name)) is not supported in lessons") }
        }
        var base = BuiltinTypes.object
        for b in bases {
            guard case .obj(let bo) = b, bo.kind == .cls else {
                throw typeError("bases must be types")
            }
            let c = unsafeDowncast(bo, to: PyClass.self)
            if c !== BuiltinTypes.object { base = c }
        }
        if base.isBuiltin && base !== BuiltinTypes.object && !base.isException {
            if base === BuiltinTypes.bool || base === BuiltinTypes.function || base === BuiltinTypes.noneType {
                throw typeError("type '\(base.name)' is not an acceptable base type")
            }
            throw LooplabStop("subclassing the builtin type '\(base.name)' is not supported in lessons")
        }
        let ns = PyDict()
        let frame = Frame(code: body.code, globals: body.globals, namespace: ns, constants: constants(for: body.code))
        setupCells(frame, body)
        _ = try runNested(frame)
        // Hooks the attribute machinery would have to call but does not: refusing them beats
        // silently skipping them (a descriptor's __get__ never running).
        for hook in ["__get__", "__set__", "__delete__", "__set_name__", "__getattribute__", "__class_getitem__"]
        where ns.getStr(hook) != nil {
            throw unsupportedHere("class \(name) defines \(hook): descriptors and custom attribute lookup are not supported in lessons")
        }
        if ns.getStr("__eq__") != nil && ns.getStr("__hash__") == nil { ns.setStr("__hash__", .none) }
        var module = "__main__"
        if case .str(let m)? = ns.getStr("__module__") { module = m.value }
        // type_new makes a plain `__init_subclass__` function a classmethod.
        if case .obj(let hook)? = ns.getStr("__init_subclass__"), hook.kind == .function {
            ns.setStr("__init_subclass__", .obj(PyClassMethod(.obj(hook))))
        }
        let slots = try instanceSlots(ns, base: base)
        let cls = PyClass(name: name, base: base, isBuiltin: false, module: module, dict: ns)
        cls.instanceSlots = slots
        if base === BuiltinTypes.object || base.constructor == nil { cls.constructor = nil }
        if case .str(let q)? = ns.getStr("__qualname__") { cls.qualname = q.value; ns.removeStr("__qualname__") }
        if case .obj(let cellObj)? = ns.removeStr("__classcell__"), let cell = cellObj as? PyCell {
            cell.value = .obj(cls)
        }
        try initSubclass(cls)
        return .obj(cls)
    }

    /// CPython's `init_subclass`: `super(cls, cls).__init_subclass__()` once the class exists,
    /// so a base can register or check every subclass.
    func initSubclass(_ cls: PyClass) throws {
        for c in cls.mro.dropFirst() {
            guard let hook = c.dict.getStr("__init_subclass__") else { continue }
            switch hook {
            case .obj(let o) where o.kind == .classMethod:
                _ = try call(unsafeDowncast(o, to: PyClassMethod.self).function, [.obj(cls)])
            case .obj(let o) where o.kind == .staticMethod:
                _ = try call(unsafeDowncast(o, to: PyStaticMethod.self).function, [])
            default:
                _ = try call(hook, [])
            }
            return
        }
    }

    /// An uninitialised instance of a Python class (before `__init__`).
    func allocateInstance(_ c: PyClass, _ args: Args) throws -> Value {
        if c.lookup("__new__") != nil { return try callNew(c, args) }
        return .obj(PyInstance(cls: c))
    }

    func callNew(_ c: PyClass, _ args: Args) throws -> Value {
        guard let newFn = c.lookup("__new__") else { return .obj(PyInstance(cls: c)) }
        var fn = newFn
        if case .obj(let o) = newFn, o.kind == .staticMethod { fn = unsafeDowncast(o, to: PyStaticMethod.self).function }
        var a = args
        a.positional.insert(.obj(c), at: 0)
        return try call(fn, a)
    }

    /// `C(args)` called from Swift: create, then `__init__`.
    func construct(_ c: PyClass, _ args: Args) throws -> Value {
        if let ctor = c.constructor {
            let instance = try ctor(self, c, args)
            let nativeModuleClass = c.isBuiltin && c.moduleName != "builtins"
            if !c.isBuiltin || nativeModuleClass, let initFn = c.lookup("__init__"), !isObjectDefault(initFn),
               case .obj(let io) = initFn, io.kind == .function || nativeModuleClass {
                var a = args
                a.positional.insert(instance, at: 0)
                let r = try call(initFn, a)
                if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
            }
            return instance
        }
        let hasNew = c.lookup("__new__") != nil
        let instance = try allocateInstance(c, args)
        if hasNew && !typeOf(instance).isSubclass(of: c) { return instance }
        if let initFn = c.lookup("__init__"), !isObjectDefault(initFn) {
            var a = args
            a.positional.insert(instance, at: 0)
            let r = try call(initFn, a)
            if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
        } else if (!args.positional.isEmpty || !args.keywords.isEmpty) && !hasNew {
            throw typeError("\(c.name)() takes no arguments")
        }
        return instance
    }

    /// `super()` with no arguments: the `__class__` cell and the first argument of the caller.
    func makeSuper(_ args: Args) throws -> Value {
        if args.count == 2, case .obj(let co) = args[0], let cls = co as? PyClass {
            try superCheck(cls, args[1])
            return .obj(PySuper(cls: cls, obj: args[1]))
        }
        guard let f = current else { throw runtimeError("super(): no current frame") }
        let code = f.code
        let classCell = code.cellvars.firstIndex(of: "__class__")
            ?? code.freevars.firstIndex(of: "__class__").map { code.cellvars.count + $0 }
        guard let idx = classCell,
              case .obj(let co) = f.cells[idx].value, let cls = co as? PyClass else {
            throw runtimeError("super(): __class__ cell not found")
        }
        guard code.argCount > 0 else { throw runtimeError("super(): no arguments") }
        var selfValue = f.slots[0]
        if selfValue.isNull, let ci = code.cellToArg.firstIndex(of: 0) { selfValue = f.cells[ci].value }
        if selfValue.isNull { throw runtimeError("super(): arg[0] deleted") }
        try superCheck(cls, selfValue)
        return .obj(PySuper(cls: cls, obj: selfValue))
    }

    /// CPython's `supercheck`: the second argument (or, for `super()`, the frame's first
    /// argument — a comprehension's iterator inside a comprehension) must be an instance or a
    /// subclass of the class.
    func superCheck(_ cls: PyClass, _ obj: Value) throws {
        if case .obj(let o) = obj, let c = o as? PyClass, c.isSubclass(of: cls) { return }
        if typeOf(obj).isSubclass(of: cls) { return }
        throw typeError("super(type, obj): obj must be an instance or subtype of type")
    }

    /// `super().name(...)` on an instance when `name` is a plain Python function: the function,
    /// to be called with the instance and no bound method (nil for everything else, which goes
    /// through `superAttribute`).
    func superMethod(_ s: PySuper, _ name: PyStr) -> Value? {
        if case .obj(let o) = s.obj, o.kind == .cls { return nil }
        var found = false
        for c in typeOf(s.obj).mro {
            if found, let a = c.dict.getStr(name) {
                if case .obj(let ao) = a, ao.kind == .function { return a }
                return nil
            }
            if c === s.thisClass { found = true }
        }
        return nil
    }

    /// Attribute lookup through `super()`: the MRO of the object's type after `cls`.
    func superAttribute(_ s: PySuper, _ name: String) throws -> Value {
        // super_getattro skips the MRO search for `__class__`: the super object's own type.
        if name == "__class__" { return .obj(BuiltinTypes.superType) }
        let startType: PyClass
        var isClassReceiver = false
        if case .obj(let o) = s.obj, let c = o as? PyClass, c.isSubclass(of: s.thisClass) {
            startType = c
            isClassReceiver = true
        } else {
            startType = typeOf(s.obj)
        }
        let mro = startType.mro
        var found = false
        for c in mro {
            if found, let a = c.dict.getStr(name) {
                if case .obj(let ao) = a {
                    switch ao.kind {
                    case .function: return isClassReceiver ? a : .obj(PyBoundMethod(function: a, receiver: s.obj))
                    case .nativeFunction:
                        if unsafeDowncast(ao, to: PyNativeFunction.self).isMethod && !isClassReceiver {
                            return .obj(PyBoundMethod(function: a, receiver: s.obj))
                        }
                        return a
                    case .classMethod:
                        return .obj(PyBoundMethod(function: unsafeDowncast(ao, to: PyClassMethod.self).function,
                                                  receiver: isClassReceiver ? s.obj : .obj(startType)))
                    case .staticMethod: return unsafeDowncast(ao, to: PyStaticMethod.self).function
                    case .property: return try call(unsafeDowncast(ao, to: PyProperty.self).getter, [s.obj])
                    default: return a
                    }
                }
                return a
            }
            if c === s.thisClass { found = true }
        }
        throw newException(ExceptionTypes.attributeError, "'super' object has no attribute '\(name)'")
    }
}

/// The object `super()` returns.
public final class PySuper: PyObject {
    let thisClass: PyClass
    let obj: Value
    init(cls: PyClass, obj: Value) {
        thisClass = cls
        self.obj = obj
        super.init(cls: BuiltinTypes.superType, kind: .superObject)
    }
}
