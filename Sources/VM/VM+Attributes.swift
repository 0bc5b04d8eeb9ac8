import Compiler
/// Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and method lookup.
///
/// Order as in CPython's `PyObject_GenericGetAttr`: data descriptors on the type (properties),
/// then the instance's namespace, then other class attributes (functions bind to the instance),
/// then `__getattr__`.
extension VM {
    public func getAttr(_ v: Value, _ name: String) throws -> Value {
        if let r = try getAttrOptional(v, name) { return r }
        if case .obj(let o) = v, o.kind == .instance || o.kind == .exception,
           let hook = o.cls.lookup("__getattr__") {
            return try call(hook, [v, .string(name)])
        }
        if case .obj(let o) = v, o.kind == .module, let stop = unsupportedModuleAttribute(unsafeDowncast(o, to: PyModule.self), name) {
            throw stop
        }
        throw attributeError(v, name)
    }

    /// The attribute, or nil when it does not exist (AttributeError raised by properties and
    /// `__getattr__` also count as "does not exist" for `hasattr`-style callers).
    public func getAttrOptional(_ v: Value, _ name: String) throws -> Value? {
        if case .obj(let o) = v {
            switch o.kind {
            case .module:
                let m = unsafeDowncast(o, to: PyModule.self)
                if let r = m.dict.getStr(name) { return r }
                if name == "__dict__" { return .obj(m.dict) }
                return nil
            case .cls:
                return try classAttribute(unsafeDowncast(o, to: PyClass.self), name)
            case .superObject:
                return try superAttribute(unsafeDowncast(o, to: PySuper.self), name)
            default: break
            }
        }
        let cls = typeOf(v)
        let attr = cls.lookup(name)
        if let a = attr, case .obj(let ao) = a, ao.kind == .property {
            let p = unsafeDowncast(ao, to: PyProperty.self)
            if p.getter.isNone { throw attributeError(v, name) }  // unreadable property
            return try call(p.getter, [v])
        }
        if let d = v.object?.attributes, let r = d.getStr(name) { return r }
        if let a = attr { return bind(a, to: v, cls: cls) }
        return try specialAttribute(v, name)
    }

    /// Binds a class attribute found for an instance: functions become bound methods.
    @inline(__always)
    func bind(_ a: Value, to v: Value, cls: PyClass) -> Value {
        guard case .obj(let ao) = a else { return a }
        switch ao.kind {
        case .function: return .obj(PyBoundMethod(function: a, receiver: v))
        case .nativeFunction:
            return unsafeDowncast(ao, to: PyNativeFunction.self).isMethod ? .obj(PyBoundMethod(function: a, receiver: v)) : a
        case .staticMethod: return unsafeDowncast(ao, to: PyStaticMethod.self).function
        case .classMethod: return .obj(PyBoundMethod(function: unsafeDowncast(ao, to: PyClassMethod.self).function, receiver: .obj(cls)))
        default: return a
        }
    }

    /// `C.name`: along the MRO (functions stay plain functions), then `type`'s own attributes.
    func classAttribute(_ c: PyClass, _ name: String) throws -> Value? {
        if let a = c.lookup(name) {
            if case .obj(let ao) = a {
                switch ao.kind {
                case .staticMethod: return unsafeDowncast(ao, to: PyStaticMethod.self).function
                case .classMethod: return .obj(PyBoundMethod(function: unsafeDowncast(ao, to: PyClassMethod.self).function, receiver: .obj(c)))
                default: break
                }
            }
            return a
        }
        switch name {
        case "__name__": return .string(c.name)
        case "__qualname__": return .string(c.qualname)
        case "__module__": return .string(c.moduleName)
        case "__mro__": return .obj(PyTuple(c.mro.map { .obj($0) }))
        case "__bases__": return .obj(PyTuple(c.base.map { [.obj($0)] } ?? []))
        case "__base__": return c.base.map { .obj($0) } ?? Value.none
        case "__dict__": return .obj(c.dict)
        case "__class__": return .obj(c.cls)
        case "__doc__": return Value.none
        case "mro": return .obj(PyNativeFunction(name: "mro") { _, _ in .obj(PyList(c.mro.map { .obj($0) })) })
        case "__subclasses__": return .obj(PyNativeFunction(name: "__subclasses__") { _, _ in .obj(PyList()) })
        default:
            // Methods of `type` itself (e.g. type.__call__) are looked up on the metaclass.
            if let m = c.cls?.lookup(name), c !== c.cls { return bind(m, to: .obj(c), cls: c.cls) }
            return nil
        }
    }

    /// Attributes that live in Swift fields rather than a namespace.
    func specialAttribute(_ v: Value, _ name: String) throws -> Value? {
        if name == "__class__" { return .obj(typeOf(v)) }
        if let n = asNum(v) {
            switch name {
            case "real": return n.isFloat ? v : .bigint(big(n))
            case "imag": return n.isFloat ? .float(0) : .int(0)
            case "numerator" where !n.isFloat: return .bigint(big(n))
            case "denominator" where !n.isFloat: return .int(1)
            default: break
            }
        }
        guard case .obj(let o) = v else {
            if case .str = v, name == "__doc__" { return Value.none }
            return nil
        }
        switch o.kind {
        case .exception:
            let e = unsafeDowncast(o, to: PyException.self)
            switch name {
            case "args": return .obj(PyTuple(e.args))
            case "__traceback__": return e.traceback.map { .obj($0) } ?? Value.none
            case "__cause__": return e.cause.map { .obj($0) } ?? Value.none
            case "__context__": return e.context.map { .obj($0) } ?? Value.none
            case "__suppress_context__": return .bool(e.suppressContext)
            case "__notes__": return e.notes.isEmpty ? nil : .obj(PyList(e.notes.map { .string($0) }))
            case "value" where e.isInstance(of: ExceptionTypes.stopIteration): return e.args.first ?? Value.none
            case "exceptions" where e.isInstance(of: ExceptionTypes.baseExceptionGroup):
                return .obj(PyTuple(e.groupExceptions.map { .obj($0) }))
            case "message" where e.isInstance(of: ExceptionTypes.baseExceptionGroup):
                return e.args.first ?? .string("")
            case "__dict__": return .obj(e.dict)
            // AttributeError's `name`/`obj` and NameError's `name` are members that are None
            // until the raising code (or a keyword argument) sets them.
            case "name" where e.isInstance(of: ExceptionTypes.attributeError) || e.isInstance(of: ExceptionTypes.nameError),
                 "obj" where e.isInstance(of: ExceptionTypes.attributeError):
                return e.dict.getStr(name) ?? Value.none
            default: return nil
            }
        case .function:
            let fn = unsafeDowncast(o, to: PyFunction.self)
            switch name {
            case "__name__": return .string(fn.name)
            case "__qualname__": return .string(fn.qualname)
            case "__module__": return fn.module
            case "__doc__": return docstring(fn)
            case "__defaults__": return fn.defaults.isEmpty ? Value.none : .obj(PyTuple(fn.defaults))
            case "__kwdefaults__": return fn.kwDefaults.map { .obj($0) } ?? Value.none
            case "__annotations__":
                if fn.annotations == nil { fn.annotations = PyDict() }
                return .obj(fn.annotations!)
            case "__dict__": return .obj(fn.dict)
            case "__globals__": return .obj(fn.globals)
            case "__closure__": return fn.closure.isEmpty ? Value.none : .obj(PyTuple(fn.closure.map { .obj($0) }))
            default: return nil
            }
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            switch name {
            case "__self__": return m.receiver
            case "__func__": return m.function
            default: return try getAttrOptional(m.function, name)
            }
        case .nativeFunction:
            let fn = unsafeDowncast(o, to: PyNativeFunction.self)
            switch name {
            case "__name__": return .string(fn.name)
            case "__qualname__":
                // Methods of types are qualified (`list.append`); module functions are not.
                if fn.isMethod, let owner = fn.ownerName { return .string("\(owner).\(fn.name)") }
                return .string(fn.name)
            case "__doc__": return Value.none
            case "__module__": return fn.ownerName == nil ? .string("builtins") : Value.none
            default: return nil
            }
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            switch name {
            case "__name__": return .string(g.name)
            case "__qualname__": return .string(g.qualname)
            case "gi_running", "cr_running", "ag_running": return .bool(g.running)
            case "gi_frame", "cr_frame", "ag_frame": return g.frame == nil ? Value.none : .obj(g)
            case "cr_await", "gi_yieldfrom":
                if let fr = g.frame, fr.delegating { return fr.top }
                return Value.none
            default: return nil
            }
        case .property:
            let p = unsafeDowncast(o, to: PyProperty.self)
            switch name {
            case "fget": return p.getter
            case "fset": return p.setter
            case "fdel": return p.deleter
            case "__doc__": return (try? getAttrOptional(p.getter, "__doc__")) ?? Value.none
            default: return nil
            }
        case .staticMethod, .classMethod:
            if name == "__func__" {
                return o.kind == .staticMethod ? unsafeDowncast(o, to: PyStaticMethod.self).function
                    : unsafeDowncast(o, to: PyClassMethod.self).function
            }
            return nil
        case .instance:
            if name == "__dict__", o.cls.instanceSlots == nil, let d = o.attributes ?? o.makeAttributes() { return .obj(d) }
            return nil
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: return nil
            }
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            switch name {
            case "start": return .bigint(r.bigStart)
            case "stop": return .bigint(r.bigStop)
            case "step": return .bigint(r.bigStep)
            default: return nil
            }
        default:
            // A traceback's chain and line (tb_frame/tb_lasti have no looplab counterpart).
            if let tb = o as? PyTraceback {
                switch name {
                case "tb_next": return tb.next.map { .obj($0) } ?? Value.none
                case "tb_lineno": return .int(Int(tb.code.locations[min(tb.instruction, tb.code.locations.count - 1)].line))
                default: return nil
                }
            }
            return nil
        }
    }

    func docstring(_ fn: PyFunction) -> Value {
        if let d = fn.dict.getStr("__doc__") { return d }
        return .none
    }

    public func setAttr(_ target: Value, _ name: String, _ v: Value) throws {
        guard case .obj(let o) = target else {
            throw attributeError(target, name)
        }
        if let a = o.cls.lookup(name), case .obj(let ao) = a, ao.kind == .property {
            let p = unsafeDowncast(ao, to: PyProperty.self)
            if p.setter.isNone {
                throw newException(ExceptionTypes.attributeError, "property '\(propertyName(p))' of '\(o.cls.name)' object has no setter")
            }
            _ = try call(p.setter, [target, v])
            return
        }
        if o.kind == .instance || o.kind == .exception {
            if let hook = o.cls.lookup("__setattr__"), case .obj(let h) = hook, h.kind == .function {
                _ = try call(hook, [target, .string(name), v])
                return
            }
        }
        switch o.kind {
        case .exception:
            let e = unsafeDowncast(o, to: PyException.self)
            switch name {
            case "__cause__":
                if v.isNone { e.cause = nil } else if let c = v.object as? PyException { e.cause = c } else {
                    throw typeError("exception cause must be None or derive from BaseException")
                }
                e.suppressContext = true
                return
            case "__context__": e.context = v.object as? PyException; return
            case "__suppress_context__": e.suppressContext = try isTrue(v); return
            case "__traceback__": e.traceback = v.object as? PyTraceback; return
            case "args": e.args = try iterate(v); return
            default: e.dict.setStr(name, v); return
            }
        case .cls:
            let c = unsafeDowncast(o, to: PyClass.self)
            if c.isBuiltin {
                throw typeError("cannot set '\(name)' attribute of immutable type '\(c.name)'")
            }
            if name == "__name__", case .str(let s) = v { c.name = s.value; return }
            if name == "__qualname__", case .str(let s) = v { c.qualname = s.value; return }
            // A replaced special method (say `__setattr__`) changes what `AttrCache` remembers.
            if name.hasPrefix("__") { PyDict.typeEpoch &+= 1 }
            c.dict.setStr(name, v)
            return
        case .function:
            let fn = unsafeDowncast(o, to: PyFunction.self)
            switch name {
            case "__name__": if case .str(let s) = v { fn.name = s.value }; return
            case "__qualname__": if case .str(let s) = v { fn.qualname = s.value }; return
            case "__defaults__": fn.defaults = v.isNone ? [] : try iterate(v); return
            case "__module__": fn.module = v; return
            default: fn.dict.setStr(name, v); return
            }
        default:
            if o.kind == .instance { try checkSlotAssignment(o, name) }
            if let d = o.attributes ?? o.makeAttributes() {
                d.setStr(name, v)
                return
            }
        }
        if o.cls.lookup(name) != nil {
            throw newException(ExceptionTypes.attributeError, "'\(o.cls.name)' object attribute '\(name)' is read-only")
        }
        throw attributeError(target, name)
    }

    func propertyName(_ p: PyProperty) -> String {
        if case .obj(let g) = p.getter, let fn = g as? PyFunction { return fn.name }
        return "?"
    }

    public func deleteAttr(_ target: Value, _ name: String) throws {
        guard case .obj(let o) = target else { throw attributeError(target, name) }
        if let a = o.cls.lookup(name), case .obj(let ao) = a, ao.kind == .property {
            let p = unsafeDowncast(ao, to: PyProperty.self)
            if p.deleter.isNone {
                throw newException(ExceptionTypes.attributeError, "property '\(propertyName(p))' of '\(o.cls.name)' object has no deleter")
            }
            _ = try call(p.deleter, [target])
            return
        }
        if o.kind == .instance || o.kind == .exception,
           let hook = o.cls.lookup("__delattr__"), case .obj(let h) = hook, h.kind == .function {
            _ = try call(hook, [target, .string(name)])
            return
        }
        if o.kind == .cls, unsafeDowncast(o, to: PyClass.self).isBuiltin {
            throw typeError("cannot delete '\(name)' attribute of immutable type '\((o as! PyClass).name)'")
        }
        if let d = o.attributes, d.removeStr(name) != nil { return }
        throw attributeError(target, name)
    }

    // MARK: instruction fast paths (interned names, per-instruction caches)

    /// The class attribute `name` of `cls` through the instruction's cache (see `AttrCache`),
    /// then the VM's `TypeAttributeCache`.
    @inline(__always)
    func lookupCached(_ cls: PyClass, _ name: PyStr, _ cache: UnsafeMutablePointer<AttrCache>) -> Value? {
        let c = cache.pointee
        if c.matches(cls) { return c.value }
        let filled = typeLookup(cls, name)
        cache.pointee = filled
        return filled.value
    }

    /// `loadAttr`: instances of Python classes take `getAttrOptional`'s route (a property on
    /// the type, the instance dict, a class attribute) with the instruction's interned name and
    /// cache, so no string is hashed; anything else, or a miss, goes through `getAttr`.
    @inline(__always)
    func loadAttr(_ v: Value, _ name: PyStr, _ cache: UnsafeMutablePointer<AttrCache>) throws -> Value {
        if case .obj(let o) = v, o.kind == .instance {
            let cls = o.cls!
            let attr = lookupCached(cls, name, cache)
            if isProperty(attr) { return try getAttr(v, name.value) }
            if let d = o.attributes, let r = d.getStr(name) { return r }
            if let a = attr { return bind(a, to: v, cls: cls) }
        }
        return try getAttr(v, name.value)
    }

    /// `storeAttr`: a plain instance with no property of that name and no Python `__setattr__`
    /// stores into its dict directly; the rest goes through `setAttr`.
    @inline(__always)
    func storeAttr(_ target: Value, _ name: PyStr, _ v: Value, _ cache: UnsafeMutablePointer<AttrCache>) throws {
        if case .obj(let o) = target, o.kind == .instance, let d = o.attributes {
            let cls = o.cls!
            if !isProperty(lookupCached(cls, name, cache)) && !hasPythonSetattr(cls) {
                if cls.instanceSlots != nil { try checkSlotAssignment(o, name.value) }
                d.setStr(name, v)
                return
            }
        }
        try setAttr(target, name.value, v)
    }

    @inline(__always)
    func isProperty(_ attr: Value?) -> Bool {
        if case .obj(let ao)? = attr, ao.kind == .property { return true }
        return false
    }

    @inline(__always)
    func hasPythonSetattr(_ cls: PyClass) -> Bool {
        if case .obj(let h)? = typeLookup(cls, setattrName).value, h.kind == .function { return true }
        return false
    }

    /// `loadMethod`: pushes `function self` for methods found on the type (no bound-method
    /// allocation), else `attribute NULL`.
    @inline(__always)
    func loadMethod(_ f: Frame, _ iname: PyStr, _ cache: UnsafeMutablePointer<AttrCache>) throws {
        let name = iname.value
        let obj = f.pop()
        switch obj {
        case .obj(let o) where o.kind == .superObject:
            let s = unsafeDowncast(o, to: PySuper.self)
            if let fn = superMethod(s, iname) {
                f.push(fn)
                f.push(s.obj)
            } else {
                f.push(try getAttr(obj, name))
                f.push(.null)
            }
            return
        case .obj(let o) where o.kind == .module:
            // `asyncio.sleep(0)`: the module's namespace first, as `getAttrOptional` looks it
            // up, through the instruction's cache (the entry position, while the namespace's
            // layout holds), else with the interned name (its hash is cached).
            let d = unsafeDowncast(o, to: PyModule.self).dict
            let c = cache.pointee
            if c.cls == AttrCache.moduleEntry && c.epoch == d.layoutVersion
                && c.owner?.toOpaque() == Unmanaged.passUnretained(d).toOpaque() {
                f.push(d.value(at: c.entry))
                f.push(.null)
                return
            }
            if let e = d.position(ofStr: iname) {
                cache.pointee = AttrCache(cls: AttrCache.moduleEntry, name: AttrCache.address(iname), epoch: d.layoutVersion,
                                          owner: Unmanaged.passUnretained(d), entry: e)
                f.push(d.value(at: e))
                f.push(.null)
                return
            }
            f.push(try getAttr(obj, name))
            f.push(.null)
            return
        case .obj(let o) where o.kind == .cls:
            f.push(try getAttr(obj, name))
            f.push(.null)
            return
        default: break
        }
        let cls = typeOf(obj)
        if let a = lookupCached(cls, iname, cache), case .obj(let ao) = a {
            let isPlainMethod = ao.kind == .function || (ao.kind == .nativeFunction && unsafeDowncast(ao, to: PyNativeFunction.self).isMethod)
            if isPlainMethod {
                if let d = obj.object?.attributes, let shadow = d.getStr(iname) {
                    f.push(shadow)
                    f.push(.null)
                    return
                }
                f.push(a)
                f.push(obj)
                return
            }
        }
        f.push(try getAttr(obj, name))
        f.push(.null)
    }

    /// A special method looked up on the type (as CPython does for dunders), bound to `v`.
    func lookupMethodOptional(_ v: Value, _ name: String) throws -> Value? {
        let cls = typeOf(v)
        guard let a = cls.lookup(name) else {
            if case .obj(let o) = v, o.kind == .module || o.kind == .cls { return try getAttrOptional(v, name) }
            return nil
        }
        return bind(a, to: v, cls: cls)
    }

    /// `lookupMethodOptional` for a special method named by a long-lived str object (the
    /// `with`/`async with` protocol): found through the type attribute cache, not by hashing
    /// and comparing the name along the MRO on every statement.
    @inline(__always)
    func lookupSpecialOptional(_ v: Value, _ name: PyStr) throws -> Value? {
        let cls = typeOf(v)
        guard let a = typeLookup(cls, name).value else {
            if case .obj(let o) = v, o.kind == .module || o.kind == .cls { return try getAttrOptional(v, name.value) }
            return nil
        }
        return bind(a, to: v, cls: cls)
    }

    /// `hasattr`-style lookup that treats AttributeError as absence.
    public func hasAttribute(_ v: Value, _ name: String) throws -> Bool {
        do {
            return try getAttr(v, name).isNull == false
        } catch let e as PyException where e.isInstance(of: ExceptionTypes.attributeError) {
            return false
        }
    }
}
