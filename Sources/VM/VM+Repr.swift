import Compiler
import BigInt
import Formatting

/// `repr()` and `str()` of every value.
extension VM {
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return floatRepr(d)
        case .str(let s):
            if s.codePoints == nil && SurrogateText.shadowing == 0 { return stringRepr(s.value) }
            return SurrogateText.repr(s)
        case .null: return "<NULL>"
        case .obj(let o): return try objectRepr(o, v)
        }
    }

    public func str(_ v: Value) throws -> String {
        if case .str(let s) = v { return s.value }
        // PyObject_Str counts one recursion level for every object but an exact str.
        try enterDepth(" while getting the str of an object")
        defer { depth -= 1 }
        switch v {
        case .obj(let o):
            if o.kind == .exception { return try exceptionStr(unsafeDowncast(o, to: PyException.self), levelCounted: true) }
            if !o.cls.isBuiltin, var m = o.cls.lookup("__str__") {
                // object.__str__ calls the type's repr slot directly: PyObject_Str's level is
                // the only one before the Python __repr__ frame.
                if isObjectDefault(m) {
                    guard let r = o.cls.lookup("__repr__"), !isObjectDefault(r) else { return try repr(v) }
                    m = r
                }
                let r = try call(m, [v])
                guard case .str(let s) = r else { throw typeError("__str__ returned non-string (type \(typeName(r)))") }
                return s.value
            }
            if o.kind == .bigint { return try bigIntString(unsafeDowncast(o, to: PyBigInt.self).value) }
            // object_str calls the type's repr slot directly, not PyObject_Repr: a container's
            // own repr level is PyObject_Str's, counted above.
            depth -= 1
            defer { depth += 1 }
            return try repr(v)
        default: return try repr(v)
        }
    }

    /// Calls a user `__repr__`/`__str__`; counts as a nested call for the recursion limit.
    func callRepr(_ m: Value, _ v: Value, suffix: String) throws -> Value {
        try enterDepth(suffix)
        defer { depth -= 1 }
        return try call(m, [v])
    }

    func bigIntString(_ b: BigInt) throws -> String {
        try py { try pythonIntString(b) }
    }

    /// `str(e)`; `levelCounted` when the caller (`str`) already counted PyObject_Str's level.
    func exceptionStr(_ e: PyException, levelCounted: Bool = false) throws -> String {
        if !e.cls.isBuiltin, let m = e.cls.lookup("__str__") {
            let r = levelCounted ? try call(m, [.obj(e)])
                : try callRepr(m, .obj(e), suffix: " while getting the str of an object")
            guard case .str(let s) = r else { throw typeError("__str__ returned non-string (type \(typeName(r)))") }
            return s.value
        }
        if e.isInstance(of: ExceptionTypes.unicodeError), let s = unicodeErrorStr(e) { return s }
        if e.isInstance(of: ExceptionTypes.baseExceptionGroup) {
            let msg = try e.args.first.map { try str($0) } ?? ""
            let n = e.groupExceptions.count
            return "\(msg) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        switch e.args.count {
        case 0: return ""
        case 1:
            if e.isInstance(of: ExceptionTypes.keyError) { return try repr(e.args[0]) }
            return try str(e.args[0])
        default: return try repr(.obj(PyTuple(e.args)))
        }
    }

    /// `%p` of an object, as default reprs show it: the same number as `id(o)`.
    func address(_ o: PyObject) -> String { VM.addressText(VM.identity(o)) }

    /// CPython's `id()`: the object's address (unique among live objects, never negative).
    @inline(__always) static func identity(_ o: AnyObject) -> UInt { UInt(bitPattern: ObjectIdentifier(o)) }

    static func addressText(_ a: UInt) -> String {
        "0x" + String(a, radix: 16, uppercase: false).leftPadded(to: 12, with: "0")
    }

    func objectRepr(_ o: PyObject, _ v: Value) throws -> String {
        if !o.cls.isBuiltin || o.cls.moduleName != "builtins", let m = o.cls.lookup("__repr__"), !isObjectDefault(m) {
            let r = try callRepr(m, v, suffix: " while getting the repr of an object")
            guard case .str(let s) = r else { throw typeError("__repr__ returned non-string (type \(typeName(r)))") }
            return s.value
        }
        switch o.kind {
        case .bigint: return try bigIntString(unsafeDowncast(o, to: PyBigInt.self).value)
        case .list:
            return try reprContainer(o, "[", "]", unsafeDowncast(o, to: PyList.self).items)
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            if items.count == 1 { return try reprContainer(o, "(", ",)", items) }
            return try reprContainer(o, "(", ")", items)
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            if d.count == 0 { return "{}" }
            let id = ObjectIdentifier(o)
            if reprActive.contains(id) { return "{...}" }
            reprActive.insert(id)
            defer { reprActive.remove(id) }
            try enterDepth(" while getting the repr of an object")
            defer { depth -= 1 }
            var parts: [String] = []
            for (k, x) in d.entries { parts.append(try repr(k) + ": " + repr(x)) }
            return "{" + parts.joined(separator: ", ") + "}"
        case .set, .frozenset:
            let s = unsafeDowncast(o, to: PySet.self)
            let name = o.kind == .set ? "set" : "frozenset"
            if s.count == 0 { return "\(name)()" }
            let inner = try reprContainer(o, "{", "}", s.orderedKeys)
            return o.kind == .set ? inner : "frozenset(\(inner))"
        case .bytes: return bytesRepr(unsafeDowncast(o, to: PyBytes.self).bytes)
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            if r.big == nil { return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))" }
            let step = r.bigStep == 1 ? "" : ", \(r.bigStep)"
            return "range(\(r.bigStart), \(r.bigStop)\(step))"
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case .function:
            let fn = unsafeDowncast(o, to: PyFunction.self)
            return "<function \(fn.qualname) at \(address(o))>"
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            if case .obj(let fo) = m.function, let nf = fo as? PyNativeFunction {
                return "<built-in method \(nf.name) of \(typeName(m.receiver)) object at \(address(m.receiver.object ?? o))>"
            }
            let qn = (try? getAttr(m.function, "__qualname__")).flatMap { v -> String? in
                if case .str(let s) = v { return s.value }; return nil } ?? "?"
            return "<bound method \(qn) of \(try repr(m.receiver))>"
        case .nativeFunction:
            return "<built-in function \(unsafeDowncast(o, to: PyNativeFunction.self).name)>"
        case .cls:
            return "<class '\(unsafeDowncast(o, to: PyClass.self).fullName)'>"
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            return "<module '\(m.name)' (built-in)>"
        case .exception:
            // BaseException_repr for groups too: their args are (message, the sequence as
            // given) — a list from derive() and TaskGroup, a tuple when except* wraps a naked
            // exception.
            let e = unsafeDowncast(o, to: PyException.self)
            if e.args.count == 1 { return "\(e.cls.name)(\(try repr(e.args[0])))" }
            return "\(e.cls.name)" + (try reprContainer(o, "(", ")", e.args))
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            return "<\(generatorWord(g).replacingOccurrences(of: " ", with: "_")) object \(g.qualname) at \(address(o))>"
        case .cell: return "<cell at \(address(o))>"
        case .property: return "<property object at \(address(o))>"
        case .staticMethod: return "<staticmethod(\(try repr(unsafeDowncast(o, to: PyStaticMethod.self).function)))>"
        case .classMethod: return "<classmethod(\(try repr(unsafeDowncast(o, to: PyClassMethod.self).function)))>"
        case .iterator:
            return "<\(o.cls.name) object at \(address(o))>"
        default:
            if o === BuiltinTypes.notImplemented { return "NotImplemented" }
            if o === BuiltinTypes.ellipsis { return "Ellipsis" }
            if let view = o as? PyDictView { return try dictViewRepr(view) }
            let cls = o.cls!
            return "<\(cls.fullName) object at \(address(o))>"
        }
    }

    func dictViewRepr(_ view: PyDictView) throws -> String {
        let items: [Value]
        switch view.view {
        case .keys: items = view.dict.orderedKeys
        case .values: items = view.dict.orderedValues
        case .items: items = view.dict.entries.map { .obj(PyTuple([$0.key, $0.value])) }
        }
        return "\(view.cls.name)(" + (try reprContainer(view, "[", "]", items)) + ")"
    }

    func reprContainer(_ o: PyObject, _ open: String, _ close: String, _ items: [Value]) throws -> String {
        let id = ObjectIdentifier(o)
        if reprActive.contains(id) { return open + "..." + String(close.last!) }
        reprActive.insert(id)
        defer { reprActive.remove(id) }
        try enterDepth(" while getting the repr of an object")
        defer { depth -= 1 }
        var out = open
        var first = true
        for x in items {
            if !first { out += ", " }
            first = false
            out += try repr(x)
        }
        return out + close
    }

    public func stringRepr(_ s: String) -> String { pythonStrRepr(s) }

    func bytesRepr(_ b: [UInt8]) -> String { pythonBytesRepr(b) }

    public func floatRepr(_ d: Double) -> String { pythonFloatRepr(d) }
}

extension String {
    func leftPadded(to n: Int, with c: Character) -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}

/// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
public final class PyDictView: PyObject {
    let dict: PyDict
    let view: VM.DictView
    init(_ dict: PyDict, _ view: VM.DictView) {
        self.dict = dict
        self.view = view
        let cls: PyClass
        switch view {
        case .keys: cls = BuiltinTypes.dictKeys
        case .values: cls = BuiltinTypes.dictValues
        case .items: cls = BuiltinTypes.dictItems
        }
        super.init(cls: cls, kind: .other)
    }
}
