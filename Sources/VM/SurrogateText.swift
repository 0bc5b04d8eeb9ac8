import Formatting

/// Strs holding lone surrogates (U+D800–U+DFFF), which Python allows and Swift's String cannot
/// hold. Such a `PyStr` keeps its code points in `codePoints` (and a lossy `value`); everything
/// here is the one place that knows how to work on them:
///
/// * the core operations (len, indexing, slicing, iteration, `in`, `+`, `*`, comparison, repr,
///   ord, chr, encode, print) check `codePoints` and take a code-point path;
/// * the str methods go through `wrapMethod`: operands are mapped to *shadow* strings in which
///   each lone surrogate U+D800+k is the private-use code point U+10F800+k, the ordinary
///   method runs on those (every str method works per code point, and private-use code points
///   behave like surrogates: no case, not alphanumeric, not printable, not space), and shadow
///   code points in the result are mapped back.
///
/// `seen` stays false until the first such str is made, so programs without one (nearly all)
/// pay one global load in the method wrapper and nothing else.
enum SurrogateText {
    nonisolated(unsafe) static var seen = false
    /// Greater than zero while an operation runs on shadow strings: repr() then shows shadow
    /// code points as the surrogates they stand for (`"%r" % s`, `"{!r}".format(s)`).
    nonisolated(unsafe) static var shadowing = 0

    static func isSurrogate(_ c: UInt32) -> Bool { c >= 0xD800 && c <= 0xDFFF }

    /// First shadow code point; U+10F800...U+10FFFF are the shadows of U+D800...U+DFFF.
    static let shadowBase: UInt32 = 0x10F800

    /// The code points of any str.
    static func codePoints(_ s: PyStr) -> [UInt32] {
        s.codePoints ?? s.value.unicodeScalars.map(\.value)
    }

    /// A str value from code points: a plain Swift string unless a lone surrogate is present.
    static func make(_ cps: [UInt32]) -> Value {
        if !cps.contains(where: isSurrogate) {
            var v = String.UnicodeScalarView()
            for c in cps { v.append(Unicode.Scalar(c)!) }
            return .string(String(v))
        }
        return .str(PyStr(surrogateCodePoints: cps))
    }

    static func make<S: Sequence>(_ cps: S) -> Value where S.Element == UInt32 { make(Array(cps)) }

    // MARK: str methods

    /// Wraps a str method so surrogate operands work (see the type's comment).
    static func wrapMethod(_ name: String, _ body: @escaping TypeMethods.Method) -> TypeMethods.Method {
        func run(_ vm: VM, _ receiver: Value, _ args: Args, force: Bool = false) throws -> Value {
            var args = args
            // `"".join(generator)`: the items are only seen by iterating, so iterate first.
            if seen, name == "join", args.count == 1, case .obj(let o) = args[0], o.kind != .list && o.kind != .tuple,
               let iterator = try? vm.getIter(args[0]) {
                var items: [Value] = []
                while let x = try vm.next(iterator) { items.append(x) }
                args.positional[0] = .obj(PyList(items))
            }
            guard force || seen && (involvesSurrogates(receiver) || args.positional.contains(where: involvesSurrogates)
                    || args.keywords.contains(where: { involvesSurrogates($0.1) })) else {
                return try body(vm, receiver, args)
            }
            var shadowArgs = args
            shadowArgs.positional = try args.positional.map { try shadow($0, vm) }
            shadowArgs.keywords = try args.keywords.map { ($0.0, try shadow($0.1, vm)) }
            let shadowReceiver = try shadow(receiver, vm)
            return try shadowed { unshadow(try body(vm, shadowReceiver, shadowArgs)) }
        }
        // Formatting methods can make a surrogate themselves (`"{:c}".format(0xd800)`): that
        // fails outside shadow mode and is redone in it.
        guard ["format", "format_map", "__format__", "__mod__", "__rmod__"].contains(name) else {
            return { vm, receiver, args in try run(vm, receiver, args) }
        }
        return { vm, receiver, args in
            do {
                return try run(vm, receiver, args)
            } catch let e as PyException where needsShadow(e) {
                return try run(vm, receiver, args, force: true)
            }
        }
    }

    /// Runs `body` in shadow mode: repr() and Formatting's `%c` know shadow code points.
    private static func shadowed(_ body: () throws -> Value) rethrows -> Value {
        let saved = LoneSurrogates.shadowBase
        shadowing += 1
        LoneSurrogates.shadowBase = shadowBase
        defer { shadowing -= 1; LoneSurrogates.shadowBase = saved }
        return try body()
    }

    /// The error Formatting raises for a surrogate code point it cannot write outside shadow
    /// mode: the operation is retried in shadow mode.
    static func needsShadow(_ e: PyException) -> Bool {
        guard LoneSurrogates.shadowBase == nil, e.cls === ExceptionTypes.valueError,
              case .str(let m)? = e.args.first else { return false }
        return m.value == LoneSurrogates.unsupportedMessage
    }

    /// `body(a, b)` on shadow strings when `a` or `b` involves lone surrogates (`"%s" % s`).
    static func binary(_ vm: VM, _ a: Value, _ b: Value, _ body: (Value, Value) throws -> Value) throws -> Value {
        if !(seen && (involvesSurrogates(a) || involvesSurrogates(b))) {
            do {
                return try body(a, b)
            } catch let e as PyException where needsShadow(e) {
                // `"%c" % 0xd800`: formatting makes the surrogate; redo it in shadow mode.
            }
        }
        let (x, y) = (try shadow(a, vm), try shadow(b, vm))
        return try shadowed { unshadow(try body(x, y)) }
    }

    /// True for a str with a lone surrogate, or a tuple/list holding one (`startswith((a, b))`,
    /// `"".join([a, b])`).
    static func involvesSurrogates(_ v: Value) -> Bool {
        switch v {
        case .str(let s): return s.codePoints != nil
        case .obj(let o) where o.kind == .tuple:
            return unsafeDowncast(o, to: PyTuple.self).items.contains(where: involvesSurrogates)
        case .obj(let o) where o.kind == .list:
            return unsafeDowncast(o, to: PyList.self).items.contains(where: involvesSurrogates)
        default: return false
        }
    }

    private static func shadow(_ v: Value, _ vm: VM) throws -> Value {
        switch v {
        case .str(let s):
            // A real U+10F800... beside lone surrogates would be mistaken for one on the way back.
            if s.value.unicodeScalars.contains(where: { $0.value >= shadowBase }) {
                throw vm.newException(ExceptionTypes.systemError,
                                      "str methods on text mixing lone surrogates and code points above U+10F7FF are not supported")
            }
            guard let cps = s.codePoints else { return v }
            var out = String.UnicodeScalarView()
            for c in cps { out.append(Unicode.Scalar(isSurrogate(c) ? c - 0xD800 + shadowBase : c)!) }
            return .string(String(out))
        case .obj(let o) where o.kind == .tuple:
            return .obj(PyTuple(try unsafeDowncast(o, to: PyTuple.self).items.map { try shadow($0, vm) }))
        case .obj(let o) where o.kind == .list:
            return .obj(PyList(try unsafeDowncast(o, to: PyList.self).items.map { try shadow($0, vm) }))
        default: return v
        }
    }

    private static func unshadow(_ v: Value) -> Value {
        switch v {
        case .str(let s):
            guard s.value.unicodeScalars.contains(where: { $0.value >= shadowBase }) else { return v }
            return make(s.value.unicodeScalars.map { $0.value >= shadowBase ? $0.value - shadowBase + 0xD800 : $0.value })
        case .obj(let o) where o.kind == .tuple:
            return .obj(PyTuple(unsafeDowncast(o, to: PyTuple.self).items.map(unshadow)))
        case .obj(let o) where o.kind == .list:
            let l = unsafeDowncast(o, to: PyList.self)
            l.items = l.items.map(unshadow)
            return v
        default: return v
        }
    }

    // MARK: core operations

    /// `s[k]` for a str with surrogates.
    static func item(_ vm: VM, _ s: PyStr, _ k: Value) throws -> Value {
        let cps = codePoints(s)
        if case .obj(let ko) = k, ko.kind == .slice {
            let idx = try vm.sliceIndices(unsafeDowncast(ko, to: PySlice.self), count: cps.count)
            return make(idx.map { cps[$0] })
        }
        guard vm.asNum(k).map({ !$0.isFloat }) ?? false || vm.typeOf(k).lookup("__index__") != nil else {
            throw vm.typeError("string indices must be integers, not '\(vm.typeName(k))'")
        }
        let i = try vm.indexValue(k, for: "string")
        guard let j = vm.normalizeIndex(i, count: cps.count) else { throw vm.indexError("string index out of range") }
        return make([cps[j]])
    }

    /// `sub in s` when either has surrogates.
    static func contains(_ s: PyStr, _ sub: PyStr) -> Bool {
        let a = codePoints(s), b = codePoints(sub)
        if b.isEmpty { return true }
        if b.count > a.count { return false }
        for i in 0...(a.count - b.count) where a[i] == b[0] && a[i..<(i + b.count)].elementsEqual(b) { return true }
        return false
    }

    /// `a < b` etc.: code-point order (the lossy texts would put U+FFFD where the surrogate was).
    static func less(_ a: PyStr, _ b: PyStr) -> Bool {
        codePoints(a).lexicographicallyPrecedes(codePoints(b))
    }

    /// `a + b` when either has surrogates; a high and a low surrogate stay two code points.
    static func concat(_ a: PyStr, _ b: PyStr) -> Value { make(codePoints(a) + codePoints(b)) }

    /// `s * n`.
    static func repeated(_ s: PyStr, _ n: Int) -> Value {
        let cps = codePoints(s)
        var out: [UInt32] = []
        out.reserveCapacity(cps.count * max(n, 0))
        for _ in 0..<max(n, 0) { out += cps }
        return make(out)
    }

    /// repr(s): CPython's unicode_repr, where a lone surrogate is not printable (`'\ud800'`).
    static func repr(_ s: PyStr) -> String {
        var cps = codePoints(s)
        if shadowing > 0 { cps = cps.map { $0 >= shadowBase ? $0 - shadowBase + 0xD800 : $0 } }
        let quote: UInt32 = cps.contains(0x27) && !cps.contains(0x22) ? 0x22 : 0x27
        var out = String.UnicodeScalarView()
        out.append(Unicode.Scalar(quote)!)
        for c in cps {
            switch c {
            case quote, 0x5C: out.append("\\"); out.append(Unicode.Scalar(c)!)
            case 9: out.append(contentsOf: "\\t".unicodeScalars)
            case 10: out.append(contentsOf: "\\n".unicodeScalars)
            case 13: out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if let u = Unicode.Scalar(c), c >= 0x20 && c != 0x7F && (c < 0x7F || isPythonPrintable(u)) {
                    out.append(u)
                } else {
                    out.append(contentsOf: escape(c).unicodeScalars)
                }
            }
        }
        out.append(Unicode.Scalar(quote)!)
        return String(out)
    }

    /// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`: how CPython's reprs and codec messages show a code point.
    static func escape(_ c: UInt32) -> String {
        let hex = String(c, radix: 16)
        if c <= 0xFF { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        if c <= 0xFFFF { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The text as sys.stderr writes it (errors='backslashreplace'): lone surrogates as `\udXXX`.
    static func backslashReplaced(_ s: PyStr) -> String {
        var out = String.UnicodeScalarView()
        for c in codePoints(s) {
            if let u = Unicode.Scalar(c) { out.append(u) } else { out.append(contentsOf: escape(c).unicodeScalars) }
        }
        return String(out)
    }

    /// The UnicodeEncodeError a codec without surrogate support raises for the lone surrogates
    /// of `cps` starting at `i` (CPython reports the whole run, as one error).
    static func runEnd(_ cps: [UInt32], from i: Int) -> Int {
        var end = i
        while end < cps.count && isSurrogate(cps[end]) { end += 1 }
        return end
    }
}

extension VM {
    /// Runs a parse of `s.value` (int(), float()). A str with a lone surrogate is never a
    /// number; its ValueError shows the real text, not the lossy one the parser saw.
    func parsing<T>(_ s: PyStr, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as PyException where s.codePoints != nil && e.isInstance(of: ExceptionTypes.valueError) {
            guard case .str(let message)? = e.args.first else { throw e }
            let lossy = String(String.UnicodeScalarView(stringRepr(s.value).unicodeScalars.prefix(200)))
            let real = String(String.UnicodeScalarView(SurrogateText.repr(s).unicodeScalars.prefix(200)))
            e.args = [.string(message.value.replacingOccurrences(of: lossy, with: real))]
            throw e
        }
    }
}
