import Compiler
import Formatting

/// Methods of `str` (code-point semantics throughout).
extension TypeMethods {
    static func s(_ v: Value) -> String { if case .str(let x) = v { return x.value }; return "" }

    static func strArg(_ vm: VM, _ a: Args, _ i: Int, _ method: String) throws -> String {
        guard case .str(let x) = a[i] else {
            throw vm.typeError("\(method) arg must be None or str")
        }
        return x.value
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 9...13, 28...32, 0x85, 0xa0, 0x1680, 0x2000...0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000: return true
        default: return false
        }
    }

    static func strip(_ s: String, _ chars: Set<Unicode.Scalar>?, left: Bool, right: Bool) -> String {
        let u = Array(s.unicodeScalars)
        var lo = 0, hi = u.count
        func drop(_ c: Unicode.Scalar) -> Bool { chars.map { $0.contains(c) } ?? isSpace(c) }
        if left { while lo < hi && drop(u[lo]) { lo += 1 } }
        if right { while hi > lo && drop(u[hi - 1]) { hi -= 1 } }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: u[lo..<hi])
        return String(out)
    }

    static func find(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], from: Int, to: Int, reverse: Bool) -> Int {
        let n = needle.count
        if to - from < n { return -1 }
        if reverse {
            var i = to - n
            while i >= from {
                if Array(hay[i..<(i + n)]) == needle { return i }
                i -= 1
            }
        } else {
            var i = from
            while i + n <= to {
                if n == 0 || (hay[i] == needle[0] && Array(hay[i..<(i + n)]) == needle) { return i }
                i += 1
            }
        }
        return -1
    }

    /// Start/end arguments of find/count/startswith, clamped like slice indices.
    static func bounds(_ vm: VM, _ a: Args, _ first: Int, _ count: Int) throws -> (Int, Int) {
        var lo = 0, hi = count
        if a.count > first, !a[first].isNone {
            let v = try vm.indexValue(a[first], for: "slice")
            lo = v < 0 ? max(v + count, 0) : min(v, count)
        }
        if a.count > first + 1, !a[first + 1].isNone {
            let v = try vm.indexValue(a[first + 1], for: "slice")
            hi = v < 0 ? max(v + count, 0) : min(v, count)
        }
        return (lo, hi)
    }

    static func split(_ s: String, _ sep: String?, _ maxsplit: Int, fromRight: Bool) -> [String] {
        let u = Array(s.unicodeScalars)
        func str(_ r: ArraySlice<Unicode.Scalar>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: r); return String(v) }
        var parts: [String] = []
        if let sep = sep {
            let n = Array(sep.unicodeScalars)
            if fromRight {
                var end = u.count, splits = 0
                var i = u.count - n.count
                while i >= 0 && (maxsplit < 0 || splits < maxsplit) {
                    if Array(u[i..<(i + n.count)]) == n {
                        parts.append(str(u[(i + n.count)..<end]))
                        end = i
                        i -= n.count
                        splits += 1
                    } else { i -= 1 }
                }
                parts.append(str(u[0..<end]))
                return parts.reversed()
            }
            var start = 0, i = 0, splits = 0
            while i + n.count <= u.count && (maxsplit < 0 || splits < maxsplit) {
                if Array(u[i..<(i + n.count)]) == n {
                    parts.append(str(u[start..<i]))
                    i += n.count
                    start = i
                    splits += 1
                } else { i += 1 }
            }
            parts.append(str(u[start...]))
            return parts
        }
        // Whitespace splitting: runs of whitespace, no empty strings.
        if fromRight {
            var i = u.count, splits = 0
            while i > 0 {
                while i > 0 && isSpace(u[i - 1]) { i -= 1 }
                if i == 0 { break }
                if maxsplit >= 0 && splits == maxsplit {
                    parts.append(str(u[0..<i]))
                    return parts.reversed()
                }
                var j = i
                while j > 0 && !isSpace(u[j - 1]) { j -= 1 }
                parts.append(str(u[j..<i]))
                splits += 1
                i = j
            }
            return parts.reversed()
        }
        var i = 0, splits = 0
        while i < u.count {
            while i < u.count && isSpace(u[i]) { i += 1 }
            if i == u.count { break }
            if maxsplit >= 0 && splits == maxsplit {
                // The rest, trailing whitespace included (CPython's split_whitespace).
                parts.append(str(u[i...]))
                return parts
            }
            var j = i
            while j < u.count && !isSpace(u[j]) { j += 1 }
            parts.append(str(u[i..<j]))
            splits += 1
            i = j
        }
        return parts
    }

    static func installStrMethods() {
        let c = BuiltinTypes.str
        method(c, "join") { vm, v, a in
            var out = ""
            var first = true
            var i = 0
            for x in try vm.iterate(a[0]) {
                guard case .str(let xs) = x else {
                    throw vm.typeError("sequence item \(i): expected str instance, \(vm.typeName(x)) found")
                }
                if !first { out += s(v) }
                first = false
                out += xs.value
                i += 1
            }
            return .string(out)
        }
        method(c, "split") { vm, v, a in
            let sep = a.count > 0 ? a[0] : (a.keyword("sep") ?? .none)
            let maxv = a.count > 1 ? a[1] : (a.keyword("maxsplit") ?? .int(-1))
            var sepStr: String? = nil
            if case .str(let x) = sep { sepStr = x.value; if x.value.isEmpty { throw vm.valueError("empty separator") } }
            else if !sep.isNone { throw vm.typeError("must be str or None, not \(vm.typeName(sep))") }
            guard case .int(let m) = maxv else { throw vm.typeError("'\(vm.typeName(maxv))' object cannot be interpreted as an integer") }
            return .obj(PyList(split(s(v), sepStr, m, fromRight: false).map { .string($0) }))
        }
        method(c, "rsplit") { vm, v, a in
            let sep = a.count > 0 ? a[0] : (a.keyword("sep") ?? .none)
            let maxv = a.count > 1 ? a[1] : (a.keyword("maxsplit") ?? .int(-1))
            var sepStr: String? = nil
            if case .str(let x) = sep { sepStr = x.value; if x.value.isEmpty { throw vm.valueError("empty separator") } }
            else if !sep.isNone { throw vm.typeError("must be str or None, not \(vm.typeName(sep))") }
            guard case .int(let m) = maxv else { throw vm.typeError("integer argument expected") }
            return .obj(PyList(split(s(v), sepStr, m, fromRight: true).map { .string($0) }))
        }
        method(c, "splitlines") { vm, v, a in
            let keep = a.count > 0 ? try vm.isTrue(a[0]) : try vm.isTrue(a.keyword("keepends") ?? .bool(false))
            var out: [Value] = []
            var cur = String.UnicodeScalarView()
            let u = Array(s(v).unicodeScalars)
            var i = 0
            while i < u.count {
                let ch = u[i]
                let isBreak = [10, 13, 11, 12, 28, 29, 30, 0x85, 0x2028, 0x2029].contains(ch.value)
                if isBreak {
                    var end = String.UnicodeScalarView()
                    end.append(ch)
                    if ch == "\r" && i + 1 < u.count && u[i + 1] == "\n" { end.append("\n"); i += 1 }
                    if keep { cur.append(contentsOf: end) }
                    out.append(.string(String(cur)))
                    cur = String.UnicodeScalarView()
                } else {
                    cur.append(ch)
                }
                i += 1
            }
            if !cur.isEmpty { out.append(.string(String(cur))) }
            return .obj(PyList(out))
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(c, name) { vm, v, a in
                var chars: Set<Unicode.Scalar>? = nil
                if a.count > 0, case .str(let x) = a[0] { chars = Set(x.value.unicodeScalars) }
                else if a.count > 0 && !a[0].isNone { throw vm.typeError("\(name) arg must be None or str") }
                return .string(strip(s(v), chars, left: left, right: right))
            }
        }
        method(c, "upper") { _, v, _ in .string(StrCase.upper(s(v))) }
        method(c, "lower") { _, v, _ in .string(StrCase.lower(s(v))) }
        method(c, "casefold") { _, v, _ in .string(StrCase.casefold(s(v))) }
        method(c, "swapcase") { _, v, _ in .string(StrCase.swapcase(s(v))) }
        method(c, "isprintable") { _, v, _ in .bool(s(v).unicodeScalars.allSatisfy { isPythonPrintable($0) }) }
        method(c, "translate") { vm, v, a in
            var out = String.UnicodeScalarView()
            for u in s(v).unicodeScalars {
                let r: Value
                do { r = try vm.getItem(a[0], .int(Int(u.value))) } catch let e as PyException where e.isInstance(of: ExceptionTypes.lookupError) {
                    out.append(u); continue
                }
                switch r {
                case .none: continue
                case .int(let i): if let x = Unicode.Scalar(UInt32(clamping: i)) { out.append(x) }
                case .str(let t): out.append(contentsOf: t.value.unicodeScalars)
                default: throw vm.typeError("character mapping must return integer, None or str")
                }
            }
            return .string(String(out))
        }
        c.dict.setStr("maketrans", .obj(PyStaticMethod(.obj(PyNativeFunction(name: "maketrans") { vm, a in
            let d = PyDict()
            if a.count == 1 {
                guard case .obj(let o) = a[0], let src = o as? PyDict else {
                    throw vm.typeError("if you give only one argument to maketrans it must be a dict")
                }
                for (k, x) in src.entries {
                    if case .str(let ks) = k {
                        guard ks.count == 1 else { throw vm.valueError("string keys in translate table must be of length 1") }
                        try d.set(.int(Int(ks.scalars[0].value)), x, vm: vm)
                    } else { try d.set(k, x, vm: vm) }
                }
                return .obj(d)
            }
            guard case .str(let x) = a[0], case .str(let y) = a[1] else { throw vm.typeError("maketrans() argument must be str") }
            guard x.count == y.count else { throw vm.valueError("the first two maketrans arguments must have equal length") }
            for (p, q) in zip(x.scalars, y.scalars) { try d.set(.int(Int(p.value)), .int(Int(q.value)), vm: vm) }
            if a.count > 2, case .str(let z) = a[2] { for p in z.scalars { try d.set(.int(Int(p.value)), .none, vm: vm) } }
            return .obj(d)
        }))))
        method(c, "capitalize") { _, v, _ in .string(StrCase.capitalize(s(v))) }
        method(c, "title") { _, v, _ in .string(StrCase.title(s(v))) }
        method(c, "replace") { vm, v, a in
            guard a.count >= 2 else { throw vm.typeError("replace expected at least 2 arguments, got \(a.count)") }
            guard case .str(let old) = a[0] else { throw vm.typeError("replace() argument 1 must be str, not \(vm.typeName(a[0]))") }
            guard case .str(let new) = a[1] else { throw vm.typeError("replace() argument 2 must be str, not \(vm.typeName(a[1]))") }
            var count = -1
            if a.count > 2, case .int(let n) = a[2] { count = n }
            let parts = split(s(v), old.value.isEmpty ? nil : old.value, count, fromRight: false)
            if old.value.isEmpty {
                var out = ""
                var n = 0
                for ch in s(v).unicodeScalars {
                    if count < 0 || n < count { out += new.value; n += 1 }
                    out.unicodeScalars.append(ch)
                }
                if count < 0 || n < count { out += new.value }
                return .string(out)
            }
            return .string(parts.joined(separator: new.value))
        }
        method(c, "startswith") { vm, v, a in try affix(vm, v, a, "startswith", prefix: true) }
        method(c, "endswith") { vm, v, a in try affix(vm, v, a, "endswith", prefix: false) }
        for (name, rev, raise) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            method(c, name) { vm, v, a in
                guard a.count >= 1, case .str(let sub) = a[0] else {
                    throw vm.typeError("must be str, not \(a.count > 0 ? vm.typeName(a[0]) : "nothing")")
                }
                let u = (v.object as! PyStr).scalars
                let (lo, hi) = try bounds(vm, a, 1, u.count)
                let r = find(u, Array(sub.value.unicodeScalars), from: lo, to: hi, reverse: rev)
                if r < 0 && raise { throw vm.valueError("substring not found") }
                return .int(r)
            }
        }
        method(c, "count") { vm, v, a in
            guard a.count >= 1, case .str(let sub) = a[0] else { throw vm.typeError("must be str") }
            let u = (v.object as! PyStr).scalars
            let (lo, hi) = try bounds(vm, a, 1, u.count)
            let n = Array(sub.value.unicodeScalars)
            if n.isEmpty { return .int(max(hi - lo, 0) + 1) }
            var i = lo, k = 0
            while true {
                let r = find(u, n, from: i, to: hi, reverse: false)
                if r < 0 { break }
                k += 1
                i = r + n.count
            }
            return .int(k)
        }
        method(c, "format") { vm, v, a in .string(try vm.strFormat(s(v), a)) }
        method(c, "format_map") { vm, v, a in .string(try vm.strFormat(s(v), Args([]), mapping: a[0])) }
        let predicates: [(String, (Unicode.Scalar) -> Bool)] = [
            ("isdigit", { StrCase.inPythonUnicode($0) && ($0.properties.numericType == .digit || $0.properties.numericType == .decimal) }),
            ("isdecimal", { StrCase.inPythonUnicode($0) && $0.properties.numericType == .decimal }),
            ("isnumeric", { StrCase.inPythonUnicode($0) && $0.properties.numericType != nil }),
            // Python's letters are the L* categories (Swift's isAlphabetic adds Nl and marks).
            ("isalpha", { isPythonAlpha($0) }),
            ("isalnum", { isPythonAlpha($0) || (StrCase.inPythonUnicode($0) && $0.properties.numericType != nil) }),
            ("isspace", { isSpace($0) }),
        ]
        for (name, pred) in predicates {
            method(c, name) { _, v, _ in
                let u = s(v).unicodeScalars
                return .bool(!u.isEmpty && u.allSatisfy(pred))
            }
        }
        method(c, "isupper") { _, v, _ in .bool(StrCase.isUpper(s(v))) }
        method(c, "islower") { _, v, _ in .bool(StrCase.isLower(s(v))) }
        method(c, "isidentifier") { _, v, _ in
            let u = Array(s(v).unicodeScalars)
            guard let f = u.first, f == "_" || f.properties.isXIDStart else { return .bool(false) }
            return .bool(u.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        }
        method(c, "isascii") { _, v, _ in .bool(s(v).unicodeScalars.allSatisfy { $0.value < 128 }) }
        method(c, "istitle") { _, v, _ in .bool(StrCase.isTitle(s(v))) }
        for (name, mode) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            method(c, name) { vm, v, a in
                let width = try vm.sizeArgument(a[0])
                var fill: Unicode.Scalar = " "
                if a.count > 1 {
                    guard case .str(let f) = a[1], f.count == 1 else {
                        throw vm.typeError("The fill character must be exactly one character long")
                    }
                    fill = f.scalars[0]
                }
                let x = s(v)
                let n = x.unicodeScalars.count
                if width <= n { return v }
                let total = width - n
                let padStr = { (k: Int) in String(String.UnicodeScalarView(repeatElement(fill, count: k))) }
                switch mode {
                case 1: return .string(x + padStr(total))
                case 2: return .string(padStr(total) + x)
                default:
                    let left = total / 2 + (total & width & 1)
                    return .string(padStr(left) + x + padStr(total - left))
                }
            }
        }
        method(c, "zfill") { vm, v, a in
            let width = try vm.sizeArgument(a[0])
            var x = Array(s(v).unicodeScalars)
            if width <= x.count { return v }
            var sign: [Unicode.Scalar] = []
            if let f = x.first, f == "+" || f == "-" { sign = [f]; x.removeFirst() }
            var out = String.UnicodeScalarView(sign)
            out.append(contentsOf: repeatElement("0", count: width - x.count - sign.count))
            out.append(contentsOf: x)
            return .string(String(out))
        }
        for (name, rev) in [("partition", false), ("rpartition", true)] {
            method(c, name) { vm, v, a in
                guard case .str(let sep) = a[0] else { throw vm.typeError("must be str, not \(vm.typeName(a[0]))") }
                if sep.value.isEmpty { throw vm.valueError("empty separator") }
                let u = Array(s(v).unicodeScalars), n = Array(sep.value.unicodeScalars)
                let i = find(u, n, from: 0, to: u.count, reverse: rev)
                func str(_ r: ArraySlice<Unicode.Scalar>) -> Value { .string(String(String.UnicodeScalarView(r))) }
                if i < 0 {
                    return .obj(PyTuple(rev ? [.string(""), .string(""), v] : [v, .string(""), .string("")]))
                }
                return .obj(PyTuple([str(u[0..<i]), a[0], str(u[(i + n.count)...])]))
            }
        }
        method(c, "removeprefix") { vm, v, a in
            guard case .str(let p) = a[0] else { throw vm.typeError("removeprefix() argument must be str, not \(vm.typeName(a[0]))") }
            let x = s(v)
            if x.unicodeScalars.starts(with: p.value.unicodeScalars) {
                return .string(String(String.UnicodeScalarView(x.unicodeScalars.dropFirst(p.count))))
            }
            return v
        }
        method(c, "removesuffix") { vm, v, a in
            guard case .str(let p) = a[0] else { throw vm.typeError("removesuffix() argument must be str, not \(vm.typeName(a[0]))") }
            let x = Array(s(v).unicodeScalars), suf = Array(p.value.unicodeScalars)
            if !suf.isEmpty && x.count >= suf.count && Array(x[(x.count - suf.count)...]) == suf {
                return .string(String(String.UnicodeScalarView(x[0..<(x.count - suf.count)])))
            }
            return v
        }
        method(c, "encode") { vm, v, a in
            let (codec, errors) = try vm.codecArguments(a, "encode")
            guard case .str(let x) = v else { return .none }
            return .obj(PyBytes(try vm.encode(x, codec, errors: errors)))
        }
        method(c, "expandtabs") { vm, v, a in
            var size = 8
            if a.count > 0, case .int(let n) = a[0] { size = n }
            var out = "", col = 0
            for ch in s(v).unicodeScalars {
                if ch == "\t" {
                    if size > 0 { let k = size - col % size; out += String(repeating: " ", count: k); col += k }
                } else if ch == "\n" || ch == "\r" { out.unicodeScalars.append(ch); col = 0 } else { out.unicodeScalars.append(ch); col += 1 }
            }
            return .string(out)
        }
        method(c, "__format__") { vm, v, a in .string(try vm.format(v, s(a[0]))) }
        method(BuiltinTypes.bytes, "hex") { _, v, _ in
            .string((v.object as! PyBytes).bytes.map { String($0, radix: 16).leftPadded(to: 2, with: "0") }.joined())
        }
    }

    static func affix(_ vm: VM, _ v: Value, _ a: Args, _ name: String, prefix: Bool) throws -> Value {
        let u = (v.object as! PyStr).scalars
        let (lo, hi) = try bounds(vm, a, 1, u.count)
        var candidates: [Value]
        if case .obj(let o) = a[0], o.kind == .tuple { candidates = (o as! PyTuple).items } else { candidates = [a[0]] }
        for cnd in candidates {
            guard case .str(let p) = cnd else {
                throw vm.typeError("\(name) first arg must be str or a tuple of str, not \(vm.typeName(cnd))")
            }
            let n = Array(p.value.unicodeScalars)
            if hi - lo < n.count { continue }
            if prefix ? Array(u[lo..<(lo + n.count)]) == n : Array(u[(hi - n.count)..<hi]) == n { return .bool(true) }
        }
        return .bool(false)
    }
}

/// CPython's Py_UNICODE_ISALPHA: general category Lu, Ll, Lt, Lm or Lo.
func isPythonAlpha(_ c: Unicode.Scalar) -> Bool {
    guard StrCase.inPythonUnicode(c) else { return false }
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}
