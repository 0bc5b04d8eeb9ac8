/// A Python value as the engine sees it. The engine builds only the structural cases it needs
/// (results of `gather`, `wait`, `Event.wait` …); everything else is an opaque VM object.
public enum EngineValue {
    case none
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    /// A Python list.
    case list([EngineValue])
    /// A Python tuple.
    case tuple([EngineValue])
    /// A Python set, in the engine's deterministic order (creation order, asyncio-semantics §23.3).
    case set([EngineValue])
    /// A Future or Task.
    case future(Future)
    /// An exception object used as a value (e.g. `gather(..., return_exceptions=True)`).
    case error(EngineError)
    /// Any VM object, passed through untouched.
    case host(AnyObject)

    public var isNone: Bool { if case .none = self { return true } else { return false } }
}

extension EngineValue {
    /// `repr()` for the structural cases; VM objects go through `AsyncioRuntime.reprHook`.
    public func repr(_ hook: ((AnyObject) -> String)? = nil) -> String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return pyFloatRepr(d)
        case .string(let s): return pyStringRepr(s)
        case .list(let xs): return "[" + xs.map { $0.repr(hook) }.joined(separator: ", ") + "]"
        case .tuple(let xs):
            if xs.count == 1 { return "(" + xs[0].repr(hook) + ",)" }
            return "(" + xs.map { $0.repr(hook) }.joined(separator: ", ") + ")"
        case .set(let xs):
            return xs.isEmpty ? "set()" : "{" + xs.map { $0.repr(hook) }.joined(separator: ", ") + "}"
        case .future(let f): return f.repr
        case .error(let e): return e.repr
        case .host(let o): return hook?(o) ?? "<object>"
        }
    }
}

/// Python's `repr(str)` (quote choice and the common escapes).
func pyStringRepr(_ s: String) -> String {
    let useDouble = s.contains("'") && !s.contains("\"")
    let q: Character = useDouble ? "\"" : "'"
    var out = String(q)
    for ch in s.unicodeScalars {
        switch ch {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "'" where !useDouble: out += "\\'"
        default:
            if ch.value < 0x20 || ch.value == 0x7f {
                let h = String(ch.value, radix: 16)
                out += "\\x" + (h.count < 2 ? "0" + h : h)
            } else {
                out.unicodeScalars.append(ch)
            }
        }
    }
    out.append(q)
    return out
}

/// A float repr good enough for engine-made messages (the VM owns the exact algorithm).
func pyFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == d.rounded() && abs(d) < 1e16 { return String(Int64(d)) + ".0" }
    return String(d)
}
