import VM

/// `reprlib.repr(x)` with the module's default `Repr` limits (CPython 3.11 Lib/reprlib.py).
/// asyncio shows user values through it: a Future's `result=` (base_futures._future_repr_info)
/// and a callback's arguments (format_helpers._format_args_and_kwargs).
///
/// `Repr.repr1` dispatches on the *exact* type name (`type(x).__name__`), so a subclass of
/// `list` is formatted by `repr_instance` (its `repr()` cut to `maxother`), like CPython.
struct Reprlib {
    let vm: VM
    let fill = "..."
    let maxlevel = 6, maxtuple = 6, maxlist = 6, maxdict = 4, maxset = 6, maxfrozenset = 6
    let maxstring = 30, maxlong = 40, maxother = 30

    func repr(_ x: Value) -> String { repr1(x, level: maxlevel) }

    func repr1(_ x: Value, level: Int) -> String {
        switch vm.typeName(x) {
        case "tuple":
            if case .obj(let o) = x, let t = o as? PyTuple {
                return iterable(t.items, level, "(", ")", maxtuple, trail: ",")
            }
        case "list":
            if case .obj(let o) = x, let l = o as? PyList { return iterable(l.items, level, "[", "]", maxlist) }
        case "set":
            if case .obj(let o) = x, let s = o as? PySet {
                if s.used == 0 { return "set()" }
                return iterable(possiblySorted(s.orderedKeys), level, "{", "}", maxset)
            }
        case "frozenset":
            if case .obj(let o) = x, let s = o as? PySet {
                if s.used == 0 { return "frozenset()" }
                return iterable(possiblySorted(s.orderedKeys), level, "frozenset({", "})", maxfrozenset)
            }
        case "dict":
            if case .obj(let o) = x, let d = o as? PyDict { return dict(d, level) }
        case "str":
            if case .str(let s) = x { return string(s) }
        case "int":
            return cut(builtinRepr(x), maxlong)
        default:
            break
        }
        return instance(x)
    }

    /// `Repr._repr_iterable`: at most `maxiter` items, then the fill value.
    func iterable(_ xs: [Value], _ level: Int, _ left: String, _ right: String, _ maxiter: Int,
                  trail: String = "") -> String {
        var right = right
        let s: String
        if level <= 0 && !xs.isEmpty {
            s = fill
        } else {
            var pieces = xs.prefix(maxiter).map { repr1($0, level: level - 1) }
            if xs.count > maxiter { pieces.append(fill) }
            s = pieces.joined(separator: ", ")
            if xs.count == 1 && !trail.isEmpty { right = trail + right }
        }
        return left + s + right
    }

    /// `Repr.repr_dict`: the first `maxdict` keys in sorted order (insertion order when the
    /// keys do not compare).
    func dict(_ d: PyDict, _ level: Int) -> String {
        let keys = d.orderedKeys
        if keys.isEmpty { return "{}" }
        if level <= 0 { return "{" + fill + "}" }
        var pieces: [String] = []
        for key in possiblySorted(keys).prefix(maxdict) {
            var value = Value.none
            if let found = try? d.get(key, vm: vm) { value = found }
            pieces.append(repr1(key, level: level - 1) + ": " + repr1(value, level: level - 1))
        }
        if keys.count > maxdict { pieces.append(fill) }
        return "{" + pieces.joined(separator: ", ") + "}"
    }

    /// `Repr.repr_str`: the repr of the first `maxstring` characters; if that is still too
    /// long, the repr of the two ends, cut again around the fill value.
    func string(_ s: PyStr) -> String {
        let scalars = Array(s.value.unicodeScalars)
        let r = builtinRepr(.string(String(String.UnicodeScalarView(scalars.prefix(maxstring)))))
        if r.unicodeScalars.count <= maxstring { return r }
        let i = max(0, (maxstring - 3) / 2), j = max(0, maxstring - 3 - i)
        let ends = String(String.UnicodeScalarView(scalars.prefix(i) + scalars.suffix(j)))
        let r2 = Array(builtinRepr(.string(ends)).unicodeScalars)
        return String(String.UnicodeScalarView(r2.prefix(i))) + fill
            + String(String.UnicodeScalarView(r2.suffix(min(j, r2.count))))
    }

    /// `Repr.repr_instance`: `repr(x)` cut to `maxother`; a failing `__repr__` gives a
    /// placeholder instead of an error.
    func instance(_ x: Value) -> String {
        guard let r = try? vm.repr(x) else {
            var address = "0x0"
            if case .obj(let o) = x { address = "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16) }
            return "<\(vm.typeName(x)) instance at \(address)>"
        }
        return cut(r, maxother)
    }

    func builtinRepr(_ x: Value) -> String { (try? vm.repr(x)) ?? "" }

    /// `s[:i] + fill + s[len(s)-j:]` once `s` is longer than `limit` (code points, as `len`).
    func cut(_ s: String, _ limit: Int) -> String {
        let cs = Array(s.unicodeScalars)
        if cs.count <= limit { return s }
        let i = max(0, (limit - 3) / 2), j = max(0, limit - 3 - i)
        return String(String.UnicodeScalarView(cs.prefix(i))) + fill
            + String(String.UnicodeScalarView(cs.suffix(j)))
    }

    /// `reprlib._possibly_sorted`: `sorted(x)`, or `list(x)` if the items do not compare.
    func possiblySorted(_ xs: [Value]) -> [Value] {
        // Swift's sort is stable, as `sorted` is; it only uses `<`, as `sorted` does.
        (try? xs.sorted { try vm.lessThan($0, $1) }) ?? xs
    }
}
