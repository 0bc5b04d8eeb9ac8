/// `"%.3f" % x` for the non-negative durations the engine logs.
func formatFixed3(_ x: Double) -> String {
    let ms = Int64((x * 1000).rounded(.toNearestOrEven))
    let frac = ms % 1000
    return "\(ms / 1000)." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + "\(frac)"
}

extension EngineValue {
    /// `reprlib.repr(x)` with CPython 3.11's default limits (maxlevel 6, maxlist/maxtuple/
    /// maxset 6, maxstring 30, maxlong 40, maxother 30), as Future/Task reprs use it.
    public func reprlib(_ hook: ((AnyObject) -> String)? = nil, level: Int = 6) -> String {
        func cut(_ s: String, _ limit: Int) -> String {
            let cs = Array(s)
            if cs.count <= limit { return s }
            let i = max(0, (limit - 3) / 2), j = max(0, limit - 3 - i)
            return String(cs[0..<i]) + "..." + String(cs[(cs.count - j)...])
        }
        func iterable(_ xs: [EngineValue], _ open: String, _ close: String, trail: String = "") -> String {
            if level <= 0 { return open + "..." + close }
            var pieces = xs.prefix(6).map { $0.reprlib(hook, level: level - 1) }
            if xs.count > 6 { pieces.append("...") }
            let t = xs.count == 1 ? trail : ""
            return open + pieces.joined(separator: ", ") + t + close
        }
        switch self {
        case .string(let s):
            return cut(pyStringRepr(String(s.unicodeScalars.prefix(30).map(Character.init))), 30)
        case .int(let i):
            return cut(String(i), 40)
        case .list(let xs): return iterable(xs, "[", "]")
        case .tuple(let xs): return iterable(xs, "(", ")", trail: ",")
        case .set(let xs): return xs.isEmpty ? "set()" : iterable(xs, "{", "}")
        default:
            return cut(repr(hook), 30)
        }
    }
}
