import Compiler
import BigInt
import Formatting
import MersenneTwister

/// Bridges the `Formatting` target (CPython-exact number and string text) into VM values and
/// exceptions.
extension VM {
    /// Runs a Formatting/MersenneTwister call, turning its errors into Python exceptions.
    func py<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as PythonError {
            throw pythonError(e)
        } catch let e as RandomError {
            switch e.typeName {
            case "ValueError": throw valueError(e.message)
            case "TypeError": throw typeError(e.message)
            case "IndexError": throw indexError(e.message)
            case "OverflowError": throw overflowError(e.message)
            default: throw valueError(e.message)
            }
        }
    }

    func pythonError(_ e: PythonError) -> PyException {
        switch e {
        case .valueError(let m): return valueError(m)
        case .typeError(let m): return typeError(m)
        case .overflowError(let m): return overflowError(m)
        case .zeroDivisionError(let m): return zeroDivision(m)
        case .unsupported(let m): return valueError(m)
        }
    }

    /// `format(v, spec)`: builtin types use the format-spec mini-language; other objects their
    /// `__format__` (object's default accepts only an empty spec).
    public func format(_ v: Value, _ spec: String) throws -> String {
        switch v {
        case .int(let i): return try py { try formatInt(i, spec) }
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try py { try formatInt(b ? 1 : 0, spec, typeName: "bool") }
        case .float(let d): return try py { try formatFloat(d, spec) }
        case .str(let s): return try py { try formatString(s.value, spec) }
        case .obj(let o):
            if o.kind == .bigint { return try py { try formatInt(unsafeDowncast(o, to: PyBigInt.self).value, spec) } }
            if !o.cls.isBuiltin, let m = o.cls.lookup("__format__") {
                // PyObject_Format calls the bound __format__; object's is a builtin method,
                // whose call counts toward the recursion limit (a Python one is a frame).
                let native = nativeCallee(m) != nil
                if native { try enterDepth(" while calling a Python object") }
                defer { if native { depth -= 1 } }
                let r = try call(m, [v, .string(spec)])
                guard case .str(let s) = r else { throw typeError("__format__ must return a str, not \(typeName(r))") }
                return s.value
            }
        default: break
        }
        if !spec.isEmpty {
            throw typeError("unsupported format string passed to \(typeName(v)).__format__")
        }
        return try str(v)
    }

    /// `formatValue`: f-string replacement fields.
    func formatValue(_ v: Value, conversion: Int8, spec: Value) throws -> Value {
        // `{n}`, `{n!s}` and `{n!r}` of a small int: the shared decimal text (str values
        // compare by code points, so sharing one object is invisible to programs).
        if case .int(let i) = v, conversion != 3, let text = SmallIntText.cached(i) {
            if case .str(let s) = spec, !s.value.isEmpty {} else { return text }
        }
        var value = v
        switch conversion {
        case 1:
            if case .str(let s) = v, s.codePoints != nil { break }
            value = .string(try str(v))
        case 2: value = .string(try repr(v))
        case 3: value = .string(pythonASCII(fromRepr: try repr(v)))
        default: break
        }
        let specText: String
        if case .str(let s) = spec { specText = s.value } else { specText = "" }
        if specText.isEmpty, case .str = value { return value }
        do {
            if !SurrogateText.seen { return .string(try format(value, specText)) }
        } catch let e as PyException where SurrogateText.needsShadow(e) {}
        return try SurrogateText.binary(self, value, spec) { x, y in .string(try format(x, TypeMethods.s(y))) }
    }

    /// `str % args`.
    func percentFormat(_ format: String, _ args: Value) throws -> String {
        let arguments: PercentArguments
        if case .obj(let o) = args, o.kind == .tuple {
            arguments = PercentArguments(values: unsafeDowncast(o, to: PyTuple.self).items.map { percentValue($0) }, isTuple: true)
        } else if case .obj(let o) = args, isPercentMapping(o) {
            arguments = PercentArguments(values: [percentValue(args)], isTuple: false, lookup: { [unowned self] key in
                self.percentValue(try self.getItem(args, .string(key)))
            })
        } else {
            arguments = PercentArguments(values: [percentValue(args)], isTuple: false)
        }
        return try py { try pythonPercentFormat(format, arguments) }
    }

    /// `bytes % args`: str's %-formatting on the Latin-1 reading, where %s/%b take only bytes
    /// and %r/%a give the ASCII repr (CPython's bytes_format).
    func bytesPercentFormat(_ format: [UInt8], _ args: Value) throws -> [UInt8] {
        func value(_ v: Value) -> PercentValue {
            var p = percentValue(v)
            if case .str = p.kind { p.kind = .other }
            p.str = { [unowned self] in
                guard case .obj(let o) = v, o.kind == .bytes else {
                    throw self.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(self.typeName(v))'")
                }
                return TypeMethods.latin1String(unsafeDowncast(o, to: PyBytes.self).bytes)
            }
            p.repr = { [unowned self] in pythonASCII(fromRepr: try self.repr(v)) }
            return p
        }
        let arguments: PercentArguments
        if case .obj(let o) = args, o.kind == .tuple {
            arguments = PercentArguments(values: unsafeDowncast(o, to: PyTuple.self).items.map(value), isTuple: true)
        } else if case .obj(let o) = args, o.kind != .bytes, isPercentMapping(o) {
            arguments = PercentArguments(values: [value(args)], isTuple: false, lookup: { [unowned self] key in
                value(try self.getItem(args, .obj(PyBytes(key.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))))
            })
        } else {
            arguments = PercentArguments(values: [value(args)], isTuple: false)
        }
        var bytesArguments = arguments
        bytesArguments.formattedType = "bytes"
        let text = try py { try pythonPercentFormat(TypeMethods.latin1String(format), bytesArguments) }
        return text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    /// CPython's PyMapping_Check for the right operand of `%`: a type with a subscript (dict,
    /// list, bytes, range, a class defining `__getitem__`), tuples aside. Such an operand is
    /// not "an argument" to convert, so `"x" % []` is just "x".
    func isPercentMapping(_ o: PyObject) -> Bool {
        switch o.kind {
        case .dict, .list, .bytes, .range: return true
        case .tuple: return false
        default: return !o.cls.isBuiltin && o.cls.lookup("__getitem__") != nil
        }
    }

    func percentValue(_ v: Value) -> PercentValue {
        let kind: PercentValue.Kind
        switch v {
        case .int(let i): kind = .int(BigInt(i))
        case .bool(let b): kind = .int(b ? 1 : 0)
        case .float(let d): kind = .float(d)
        case .str(let s): kind = .str(s.value)
        case .obj(let o) where o.kind == .bigint: kind = .int(unsafeDowncast(o, to: PyBigInt.self).value)
        default: kind = .other
        }
        return PercentValue(kind: kind, typeName: typeName(v), str: { [unowned self] in try self.str(v) },
                            repr: { [unowned self] in try self.repr(v) })
    }
}

/// The decimal text of the ints CPython keeps as singletons (-5…256), made once per process.
enum SmallIntText {
    static let low = -5, high = 256
    private static let table: [Value] = (low...high).map { n in
        let text = String(n)
        return .str(PyStr(text, count: text.utf8.count))
    }

    @inline(__always)
    static func cached(_ i: Int) -> Value? {
        guard i >= low && i <= high else { return nil }
        return table[i - low]
    }
}
