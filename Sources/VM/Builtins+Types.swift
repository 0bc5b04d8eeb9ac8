import Compiler
import BigInt
import Formatting

/// Constructors of the builtin types (`int(x)`, `list(it)`, `dict(**kw)`, …).
extension VM {
    func installTypeConstructors() {
        let types: [PyClass] = [BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float, BuiltinTypes.str,
                                BuiltinTypes.bytes, BuiltinTypes.tuple, BuiltinTypes.list, BuiltinTypes.dict,
                                BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice,
                                BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.property,
                                BuiltinTypes.staticmethod, BuiltinTypes.classmethod, BuiltinTypes.enumerate,
                                BuiltinTypes.zip, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.reversed,
                                BuiltinTypes.superType]
        for t in types { builtins.setStr(t.name, .obj(t)) }
        builtins.setStr("super", .obj(BuiltinTypes.superType))
    }
}

/// Constructors installed once per process on the shared builtin type objects.
enum TypeConstructors {
    static func install() {
        BuiltinTypes.object.constructor = { vm, cls, a in
            if cls === BuiltinTypes.object {
                if a.count > 0 || !a.keywords.isEmpty { throw vm.typeError("object() takes no arguments") }
                return .obj(PyPlainObject(cls: cls))
            }
            return .obj(PyInstance(cls: cls))
        }
        // User classes deriving from object build plain instances (constructor nil = PyInstance path).
        BuiltinTypes.int.constructor = { vm, _, a in try vm.intConstructor(a) }
        BuiltinTypes.bool.constructor = { vm, _, a in
            try vm.expectRange("bool", a, 0, 1)
            return .bool(a.count == 0 ? false : try vm.isTrue(a[0]))
        }
        BuiltinTypes.float.constructor = { vm, _, a in try vm.floatConstructor(a) }
        BuiltinTypes.str.constructor = { vm, _, a in
            var a = a
            // str(object=x, encoding=..., errors=...): the keyword form of the first argument.
            if a.count == 0, let object = a.keyword("object") {
                a.positional = [object]
                a.keywords.removeAll { $0.0 == "object" }
            }
            if a.count == 0 { return .string("") }
            if a.count >= 2 || a.keyword("encoding") != nil {
                guard case .obj(let o) = a[0], let b = o as? PyBytes else {
                    throw vm.typeError("decoding str is not supported")
                }
                var rest = a
                rest.positional.removeFirst()
                let (codec, errors) = try vm.codecArguments(rest, "str")
                return try vm.decode(b.bytes, codec, errors: errors)
            }
            if case .str = a[0] { return a[0] }
            // PyObject_Str's recursion level is counted by `VM.str`; the call of `str` itself
            // by its caller (the class has no vectorcall in 3.11).
            return .string(try vm.str(a[0]))
        }
        BuiltinTypes.bytes.constructor = { vm, _, a in
            if a.count == 0 { return .obj(PyBytes([])) }
            switch a[0] {
            case .str(let s):
                guard a.count >= 2 || a.keyword("encoding") != nil else { throw vm.typeError("string argument without an encoding") }
                var rest = a
                rest.positional.removeFirst()
                let (codec, errors) = try vm.codecArguments(rest, "bytes")
                return .obj(PyBytes(try vm.encode(s, codec, errors: errors)))
            case .int(let n):
                if n < 0 { throw vm.valueError("negative count") }
                try vm.checkAllocation(n)
                return .obj(PyBytes([UInt8](repeating: 0, count: n)))
            default:
                var out: [UInt8] = []
                for x in try vm.iterate(a[0]) {
                    guard case .int(let i) = x else { throw vm.typeError("'\(vm.typeName(x))' object cannot be interpreted as an integer") }
                    guard i >= 0 && i < 256 else { throw vm.valueError("bytes must be in range(0, 256)") }
                    out.append(UInt8(i))
                }
                return .obj(PyBytes(out))
            }
        }
        BuiltinTypes.tuple.constructor = { vm, _, a in
            try vm.expectRange("tuple", a, 0, 1)
            if a.count == 0 { return .obj(PyTuple.empty) }
            if case .obj(let o) = a[0], o.kind == .tuple { return a[0] }
            let items = try vm.iterate(a[0])
            return .obj(items.isEmpty ? PyTuple.empty : PyTuple(items))
        }
        BuiltinTypes.list.constructor = { vm, _, a in
            try vm.expectRange("list", a, 0, 1)
            return .obj(PyList(a.count == 0 ? [] : try vm.iterate(a[0])))
        }
        BuiltinTypes.dict.constructor = { vm, _, a in
            try vm.expectRange("dict", a, 0, 1)
            let d = PyDict()
            if a.count == 1 { try vm.dictUpdateFrom(d, a[0]) }
            for (k, v) in a.keywords { d.setStr(k, v) }
            return .obj(d)
        }
        BuiltinTypes.set.constructor = { vm, _, a in
            try vm.expectRange("set", a, 0, 1)
            let s = PySet()
            if a.count == 1 { try vm.setFill(s, a[0]) }
            return .obj(s)
        }
        BuiltinTypes.frozenset.constructor = { vm, _, a in
            try vm.expectRange("frozenset", a, 0, 1)
            let s = PySet(frozen: true)
            if a.count == 1 { try vm.setFill(s, a[0]) }
            return .obj(s)
        }
        BuiltinTypes.range.constructor = { vm, _, a in
            try vm.expectRange("range", a, 1, 3)
            if a.count == 1, case .int(let n) = a[0] { return .obj(PyRange.make(0, BigInt(n), 1)) }
            let start = a.count == 1 ? 0 : try vm.indexBig(a[0])
            let stop = a.count == 1 ? try vm.indexBig(a[0]) : try vm.indexBig(a[1])
            let step = a.count == 3 ? try vm.indexBig(a[2]) : 1
            if step.isZero { throw vm.valueError("range() arg 3 must not be zero") }
            return .obj(PyRange.make(start, stop, step))
        }
        BuiltinTypes.slice.constructor = { vm, _, a in
            try vm.expectRange("slice", a, 1, 3)
            if a.count == 1 { return .obj(PySlice(start: .none, stop: a[0], step: .none)) }
            return .obj(PySlice(start: a[0], stop: a[1], step: a.count == 3 ? a[2] : .none))
        }
        BuiltinTypes.type.constructor = { vm, _, a in
            if a.count == 1 { return .obj(vm.typeOf(a[0])) }
            if a.count == 3 { throw LooplabStop("type() with three arguments is not supported in lessons") }
            throw vm.typeError("type() takes 1 or 3 arguments")
        }
        BuiltinTypes.property.constructor = { vm, _, a in
            let p = PyProperty(getter: a.count > 0 ? a[0] : (a.keyword("fget") ?? .none),
                               setter: a.count > 1 ? a[1] : (a.keyword("fset") ?? .none),
                               deleter: a.count > 2 ? a[2] : (a.keyword("fdel") ?? .none))
            return .obj(p)
        }
        BuiltinTypes.staticmethod.constructor = { vm, _, a in
            try vm.expectArgs("staticmethod", a, 1)
            return .obj(PyStaticMethod(a[0]))
        }
        BuiltinTypes.classmethod.constructor = { vm, _, a in
            try vm.expectArgs("classmethod", a, 1)
            return .obj(PyClassMethod(a[0]))
        }
        BuiltinTypes.superType.constructor = { vm, _, a in try vm.makeSuper(a) }
        ExceptionTypes.baseException.constructor = { vm, cls, a in
            if !a.keywords.isEmpty && cls.isBuiltin {
                throw vm.typeError("\(cls.name)() takes no keyword arguments")
            }
            let e = PyException(cls: cls, args: a.positional)
            if cls.isSubclass(of: ExceptionTypes.baseExceptionGroup) {
                try vm.initExceptionGroup(e, a)
            } else if cls.isSubclass(of: ExceptionTypes.unicodeError) {
                try vm.initUnicodeError(e, a)
            }
            return .obj(e)
        }
        for c in ExceptionTypes.all where c !== ExceptionTypes.baseException {
            c.constructor = ExceptionTypes.baseException.constructor
        }
    }
}

extension VM {
    func initExceptionGroup(_ e: PyException, _ a: Args) throws {
        guard a.count == 2 else {
            throw typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(a.count) given)")
        }
        guard case .str = a[0] else {
            throw typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(typeName(a[0]))")
        }
        guard case .obj(let so) = a[1], so.kind == .list || so.kind == .tuple else {
            throw typeError("second argument (exceptions) must be a sequence")
        }
        let items = try iterate(a[1])
        if items.isEmpty { throw valueError("second argument (exceptions) must be a non-empty sequence") }
        var excs: [PyException] = []
        for (i, x) in items.enumerated() {
            guard let ex = x.object as? PyException else {
                throw valueError("Item \(i) of second argument (exceptions) is not an exception")
            }
            excs.append(ex)
        }
        if e.cls === ExceptionTypes.exceptionGroup, let bad = excs.first(where: { !$0.isInstance(of: ExceptionTypes.exception) }) {
            _ = bad
            throw typeError("Cannot nest BaseExceptions in an ExceptionGroup")
        }
        if e.cls === ExceptionTypes.baseExceptionGroup && excs.allSatisfy({ $0.isInstance(of: ExceptionTypes.exception) }) {
            e.cls = ExceptionTypes.exceptionGroup
        }
        e.groupExceptions = excs
        e.args = [a[0], a[1]]
    }

    func decodeUTF8(_ bytes: [UInt8]) throws -> String {
        guard let s = String(validating: bytes, as: UTF8.self) else {
            throw newException(ExceptionTypes.unicodeDecodeError, "'utf-8' codec can't decode bytes")
        }
        return s
    }

    func intConstructor(_ a: Args) throws -> Value {
        if a.count == 0 { return .int(0) }
        let base = a.count > 1 ? a[1] : a.keyword("base")
        if let base = base {
            guard case .str(let s) = a[0] else {
                if case .obj(let o) = a[0], let b = o as? PyBytes {
                    return .bigint(try py { try pythonParseInt(String(decoding: b.bytes, as: UTF8.self), base: Int(clamping: try indexBig(base))) })
                }
                throw typeError("int() can't convert non-string with explicit base")
            }
            let b = Int(clamping: try indexBig(base))
            return .bigint(try parsing(s) { try py { try pythonParseInt(s.value, base: b) } })
        }
        let x = a[0]
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .bigint(try py { try pythonFloatToInt(d) })
        case .str(let s): return .bigint(try parsing(s) { try py { try pythonParseInt(s.value) } })
        case .obj(let o):
            if o.kind == .bigint { return x }
            if o.kind == .bytes {
                return .bigint(try py { try pythonParseInt(String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self)) })
            }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = o.cls.lookup(name), !o.cls.isBuiltin {
                    let r = try call(m, [x])
                    if let n = asNum(r), !n.isFloat { return .bigint(big(n)) }
                    throw typeError("\(name) returned non-int (type \(typeName(r)))")
                }
            }
        default: break
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    }

    /// Floats are unboxed, so identity (`is`, and the identity shortcut of `in` and dict
    /// lookups) compares bit patterns. Each `float("nan")` is a new object in CPython, so it
    /// gets a NaN payload of its own: `float("nan") in [float("nan")]` is False, as there.
    func freshNaN(negative: Bool) -> Double {
        nanSerial = nanSerial % ((1 << 50) - 1) + 1
        let d = Double(nan: Double.RawSignificand(nanSerial), signaling: false)
        return negative ? -d : d
    }

    func floatConstructor(_ a: Args) throws -> Value {
        try expectRange("float", a, 0, 1)
        if a.count == 0 { return .float(0) }
        let x = a[0]
        if let n = asNum(x) { return .float(try toDouble(n)) }
        if case .str(let s) = x {
            let d = try parsing(s) { try py { try pythonParseFloat(s.value) } }
            return .float(d.isNaN ? freshNaN(negative: d.sign == .minus) : d)
        }
        if case .obj(let o) = x, !o.cls.isBuiltin {
            if let m = o.cls.lookup("__float__") {
                let r = try call(m, [x])
                guard case .float = r else { throw typeError("\(o.cls.name).__float__ returned non-float (type \(typeName(r)))") }
                return r
            }
            if let m = o.cls.lookup("__index__") {
                let r = try call(m, [x])
                if let n = asNum(r) { return .float(try toDouble(n)) }
            }
        }
        throw typeError("float() argument must be a string or a real number, not '\(typeName(x))'")
    }

    /// `dict(x)`/`dict.update(x)`: a mapping or an iterable of pairs.
    func dictUpdateFrom(_ d: PyDict, _ x: Value) throws {
        if case .obj(let o) = x, o.kind == .dict {
            for (k, v) in unsafeDowncast(o, to: PyDict.self).entries { try d.set(k, v, vm: self) }
            return
        }
        if case .obj(let o) = x, !o.cls.isBuiltin, o.cls.lookup("keys") != nil {
            try dictUpdate(.obj(d), x, merge: false)
            return
        }
        var i = 0
        for item in try iterate(x) {
            let pair: [Value]
            do { pair = try iterate(item) } catch let e as PyException where e.isInstance(of: ExceptionTypes.typeError) {
                throw typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            guard pair.count == 2 else {
                throw valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], vm: self)
            i += 1
        }
    }

    /// Fills a new set as CPython's `set_update_internal` does (sets and dicts merged in one go).
    func setFill(_ s: PySet, _ x: Value) throws {
        if case .obj(let o) = x {
            if o.kind == .set || o.kind == .frozenset { try s.merge(unsafeDowncast(o, to: PySet.self), vm: self); return }
            if o.kind == .dict { try s.mergeDict(unsafeDowncast(o, to: PyDict.self), vm: self); return }
        }
        let it = try getIter(x)
        while let v = try next(it) { try s.add(v, vm: self) }
    }
}
