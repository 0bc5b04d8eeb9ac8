/// UnicodeEncodeError and UnicodeDecodeError as CPython builds them: five arguments
/// (encoding, object, start, end, reason), kept as attributes that the program may change, and
/// a str() made from those attributes (not from `args`), as CPython's exceptions.c does.
extension VM {
    /// The error a codec raises for `object[start..<end]` (a str or a bytes value).
    func unicodeError(_ cls: PyClass, encoding: String, object: Value, start: Int, end: Int, reason: String) -> PyException {
        let args: [Value] = [.string(encoding), object, .int(start), .int(end), .string(reason)]
        let e = PyException(cls: cls, args: args)
        setUnicodeErrorAttributes(e, args)
        return e
    }

    func unicodeEncodeError(_ encoding: String, _ object: Value, _ start: Int, _ end: Int, _ reason: String) -> PyException {
        unicodeError(ExceptionTypes.unicodeEncodeError, encoding: encoding, object: object, start: start, end: end, reason: reason)
    }

    func unicodeDecodeError(_ encoding: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyException {
        unicodeError(ExceptionTypes.unicodeDecodeError, encoding: encoding, object: .obj(PyBytes(bytes)), start: start, end: end,
                     reason: reason)
    }

    private func setUnicodeErrorAttributes(_ e: PyException, _ args: [Value]) {
        for (name, v) in zip(["encoding", "object", "start", "end", "reason"], args) { e.dict.setStr(name, v) }
    }

    /// `UnicodeEncodeError(...)` / `UnicodeDecodeError(...)` called from Python: CPython's
    /// argument checks (`PyArg_ParseTuple` with "UOnnU"), then the attributes.
    func initUnicodeError(_ e: PyException, _ a: Args) throws {
        let decoding = e.cls.isSubclass(of: ExceptionTypes.unicodeDecodeError)
        guard decoding || e.cls.isSubclass(of: ExceptionTypes.unicodeEncodeError) else { return }
        guard a.count == 5 else { throw typeError("function takes exactly 5 arguments (\(a.count) given)") }
        func text(_ i: Int) throws {
            guard case .str = a[i] else { throw typeError("argument \(i + 1) must be str, not \(typeName(a[i]))") }
        }
        try text(0)
        if decoding {
            // (looplab has no bytearray or memoryview: bytes is the only bytes-like type.)
            guard case .obj(let o) = a[1], o.kind == .bytes else {
                throw typeError("a bytes-like object is required, not '\(typeName(a[1]))'")
            }
        } else {
            try text(1)
        }
        for i in 2...3 where asNum(a[i]).map({ $0.isFloat }) ?? true {
            throw typeError("'\(typeName(a[i]))' object cannot be interpreted as an integer")
        }
        try text(4)
        setUnicodeErrorAttributes(e, a.positional)
    }

    /// CPython's str() of a UnicodeEncodeError / UnicodeDecodeError, from its attributes; nil
    /// when they are not all there with their types (then the generic str applies).
    func unicodeErrorStr(_ e: PyException) -> String? {
        let decoding = e.isInstance(of: ExceptionTypes.unicodeDecodeError)
        guard decoding || e.isInstance(of: ExceptionTypes.unicodeEncodeError),
              case .str(let encoding)? = e.dict.getStr("encoding"), case .str(let reason)? = e.dict.getStr("reason"),
              let object = e.dict.getStr("object"),
              let startValue = e.dict.getStr("start"), let endValue = e.dict.getStr("end"),
              let startNum = asNum(startValue), !startNum.isFloat, let endNum = asNum(endValue), !endNum.isFloat,
              let start = Int(exactly: big(startNum)), let end = Int(exactly: big(endNum)) else { return nil }
        let codec = "'\(encoding.value)' codec can't \(decoding ? "decode" : "encode")"
        if decoding {
            guard case .obj(let o) = object, o.kind == .bytes else { return nil }
            let bytes = unsafeDowncast(o, to: PyBytes.self).bytes
            if start >= 0 && start < bytes.count && end == start + 1 {
                let hex = String(bytes[start], radix: 16)
                return "\(codec) byte 0x\(hex.count == 1 ? "0" : "")\(hex) in position \(start): \(reason.value)"
            }
            return "\(codec) bytes in position \(start)-\(end - 1): \(reason.value)"
        }
        guard case .str(let s) = object else { return nil }
        let cps = SurrogateText.codePoints(s)
        if start >= 0 && start < cps.count && end == start + 1 {
            return "\(codec) character '\(SurrogateText.escape(cps[start]))' in position \(start): \(reason.value)"
        }
        return "\(codec) characters in position \(start)-\(end - 1): \(reason.value)"
    }
}
