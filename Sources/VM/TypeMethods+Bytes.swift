/// Methods of `bytes`. Searching, splitting on a separator, padding and replacing behave as
/// the str methods do on the Latin-1 reading of the bytes (one code point per byte), so those
/// run the str implementation on that reading; whitespace, case and line breaks are ASCII-only
/// for bytes and are implemented here. Arguments must be bytes (or an int 0-255 where CPython
/// accepts one) with CPython's TypeErrors.
extension TypeMethods {
    static func bytesOf(_ v: Value) -> [UInt8] { (v.object as? PyBytes)?.bytes ?? [] }

    static func isBytes(_ v: Value) -> Bool { if case .obj(let o) = v { return o.kind == .bytes }; return false }

    /// The Latin-1 reading of some bytes.
    static func latin1(_ b: [UInt8]) -> Value { .string(latin1String(b)) }

    static func latin1String(_ b: [UInt8]) -> String {
        var u = String.UnicodeScalarView()
        for x in b { u.append(Unicode.Scalar(x)) }
        return String(u)
    }

    /// A str result of a bridged method back as bytes (lists and tuples element-wise).
    static func unlatin1(_ v: Value) -> Value {
        switch v {
        case .str(let s): return .obj(PyBytes(s.value.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
        case .obj(let o) where o.kind == .list: return .obj(PyList(unsafeDowncast(o, to: PyList.self).items.map(unlatin1)))
        case .obj(let o) where o.kind == .tuple: return .obj(PyTuple(unsafeDowncast(o, to: PyTuple.self).items.map(unlatin1)))
        default: return v
        }
    }

    static func bytesLike(_ vm: VM, _ v: Value) throws -> [UInt8] {
        guard case .obj(let o) = v, o.kind == .bytes else {
            throw vm.typeError("a bytes-like object is required, not '\(vm.typeName(v))'")
        }
        return unsafeDowncast(o, to: PyBytes.self).bytes
    }

    /// Runs str's method `name` on the Latin-1 readings of the receiver and `args`.
    static func bridged(_ vm: VM, _ name: String, _ v: Value, _ args: [Value], keywords: [(String, Value)] = []) throws -> Value {
        guard case .obj(let m)? = BuiltinTypes.str.dict.getStr(name), let fn = m as? PyNativeFunction else {
            throw vm.attributeError(v, name)
        }
        var a = Args([latin1(bytesOf(v))] + args.map { isBytes($0) ? latin1(bytesOf($0)) : $0 })
        a.keywords = keywords
        return unlatin1(try fn.body(vm, a))
    }

    static let asciiWhitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]

    static func installBytesMethods() {
        let c = BuiltinTypes.bytes
        // bytes.fromhex (_PyBytes_FromHex): pairs of hex digits, ASCII whitespace between pairs.
        c.dict.setStr("fromhex", .obj(PyClassMethod(.obj(PyNativeFunction(name: "fromhex") { vm, a in
            guard a.count == 2 else { throw vm.typeError("fromhex() takes exactly one argument (\(a.count - 1) given)") }
            guard case .str(let s) = a[1] else {
                throw vm.typeError("fromhex() argument must be str, not \(vm.typeName(a[1]))")
            }
            let chars = Array(s.value.unicodeScalars)
            func digit(_ i: Int) -> UInt8? {
                guard i < chars.count, chars[i].isASCII, let d = UInt8(String(chars[i]), radix: 16) else { return nil }
                return d
            }
            func isSpace(_ c: Unicode.Scalar) -> Bool { " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains(c) }
            var out: [UInt8] = []
            var i = 0
            while i < chars.count {
                if isSpace(chars[i]) { i += 1; continue }
                guard let hi = digit(i) else { throw vm.valueError("non-hexadecimal number found in fromhex() arg at position \(i)") }
                guard let lo = digit(i + 1) else { throw vm.valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)") }
                out.append(hi << 4 | lo)
                i += 2
            }
            return .obj(PyBytes(out))
        }))))
        // Substring searches: the needle is bytes or one byte given as an int.
        for name in ["find", "rfind", "index", "rindex", "count"] {
            method(c, name) { vm, v, a in
                var args = a.positional
                if case .int(let i) = args[0] {
                    guard i >= 0 && i < 256 else { throw vm.valueError("byte must be in range(0, 256)") }
                    args[0] = .obj(PyBytes([UInt8(i)]))
                } else if case .bool(let b) = args[0] {
                    args[0] = .obj(PyBytes([b ? 1 : 0]))
                } else if !isBytes(args[0]) {
                    throw vm.typeError("argument should be integer or bytes-like object, not '\(vm.typeName(args[0]))'")
                }
                do {
                    return try bridged(vm, name, v, args)
                } catch let e as PyException where e.isInstance(of: ExceptionTypes.valueError) && name.hasSuffix("index") {
                    throw vm.valueError("subsection not found")
                }
            }
        }
        for name in ["replace", "partition", "rpartition", "removeprefix", "removesuffix"] {
            method(c, name) { vm, v, a in
                for x in a.positional.prefix(name == "replace" ? 2 : 1) { _ = try bytesLike(vm, x) }
                return try bridged(vm, name, v, a.positional)
            }
        }
        for name in ["startswith", "endswith"] {
            method(c, name) { vm, v, a in
                let candidates: [Value]
                if case .obj(let o) = a[0], o.kind == .tuple { candidates = unsafeDowncast(o, to: PyTuple.self).items } else { candidates = [a[0]] }
                for x in candidates where !isBytes(x) {
                    throw vm.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(vm.typeName(x))")
                }
                var args = a.positional
                if candidates.count > 1 || { if case .obj(let o) = a[0] { return o.kind == .tuple }; return false }() {
                    args[0] = .obj(PyTuple(candidates.map { latin1(bytesOf($0)) }))
                }
                return try bridged(vm, name, v, args)
            }
        }
        for name in ["center", "ljust", "rjust"] {
            method(c, name) { vm, v, a in
                if a.count > 1 {
                    guard case .obj(let o) = a[1], o.kind == .bytes, bytesOf(a[1]).count == 1 else {
                        throw vm.typeError("\(name)() argument 2 must be a byte string of length 1, not \(vm.typeName(a[1]))")
                    }
                }
                return try bridged(vm, name, v, a.positional)
            }
        }
        method(c, "zfill") { vm, v, a in try bridged(vm, "zfill", v, a.positional) }
        method(c, "expandtabs") { vm, v, a in try bridged(vm, "expandtabs", v, a.positional, keywords: a.keywords) }
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            method(c, name) { vm, v, a in
                let sep = a.count > 0 ? a[0] : (a.keyword("sep") ?? .none)
                let maxsplit = a.count > 1 ? try vm.sizeArgument(a[1]) : try a.keyword("maxsplit").map { try vm.sizeArgument($0) } ?? -1
                if !sep.isNone {
                    if try bytesLike(vm, sep).isEmpty { throw vm.valueError("empty separator") }
                    return try bridged(vm, name, v, [sep, .int(maxsplit)])
                }
                return .obj(PyList(splitWhitespace(bytesOf(v), maxsplit, fromRight: fromRight).map { .obj(PyBytes($0)) }))
            }
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(c, name) { vm, v, a in
                let chars: Set<UInt8> = a.count > 0 && !a[0].isNone ? Set(try bytesLike(vm, a[0])) : asciiWhitespace
                let b = bytesOf(v)
                var lo = 0, hi = b.count
                if left { while lo < hi && chars.contains(b[lo]) { lo += 1 } }
                if right { while hi > lo && chars.contains(b[hi - 1]) { hi -= 1 } }
                return .obj(PyBytes(Array(b[lo..<hi])))
            }
        }
        method(c, "splitlines") { vm, v, a in
            let keep = try vm.isTrue(a.count > 0 ? a[0] : (a.keyword("keepends") ?? .bool(false)))
            let b = bytesOf(v)
            var out: [Value] = []
            var start = 0, i = 0
            while i < b.count {
                if b[i] == 0x0A || b[i] == 0x0D {
                    let eol = b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A ? i + 2 : i + 1
                    out.append(.obj(PyBytes(Array(b[start..<(keep ? eol : i)]))))
                    start = eol
                    i = eol
                } else {
                    i += 1
                }
            }
            if start < b.count { out.append(.obj(PyBytes(Array(b[start...])))) }
            return .obj(PyList(out))
        }
        method(c, "join") { vm, v, a in
            let sep = bytesOf(v)
            var out: [UInt8] = []
            for (i, x) in try vm.iterate(a[0]).enumerated() {
                guard case .obj(let o) = x, o.kind == .bytes else {
                    throw vm.typeError("sequence item \(i): expected a bytes-like object, \(vm.typeName(x)) found")
                }
                if i > 0 { out += sep }
                out += unsafeDowncast(o, to: PyBytes.self).bytes
            }
            return .obj(PyBytes(out))
        }
        // ASCII-only case conversions and predicates.
        func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        let mappings: [(String, ([UInt8]) -> [UInt8])] = [
            ("upper", { $0.map { isLower($0) ? $0 - 32 : $0 } }),
            ("lower", { $0.map { isUpper($0) ? $0 + 32 : $0 } }),
            ("swapcase", { $0.map { isLower($0) ? $0 - 32 : isUpper($0) ? $0 + 32 : $0 } }),
            ("capitalize", { b in b.enumerated().map { i, x in i == 0 ? (isLower(x) ? x - 32 : x) : (isUpper(x) ? x + 32 : x) } }),
            ("title", { b in
                var previousCased = false
                return b.map { x in
                    let r = previousCased ? (isUpper(x) ? x + 32 : x) : (isLower(x) ? x - 32 : x)
                    previousCased = isUpper(x) || isLower(x)
                    return r
                }
            }),
        ]
        for (name, f) in mappings { method(c, name) { _, v, _ in .obj(PyBytes(f(bytesOf(v)))) } }
        let predicates: [(String, (UInt8) -> Bool)] = [
            ("isdigit", isDigit), ("isalpha", { isLower($0) || isUpper($0) }),
            ("isalnum", { isLower($0) || isUpper($0) || isDigit($0) }), ("isspace", { asciiWhitespace.contains($0) }),
        ]
        for (name, p) in predicates {
            method(c, name) { _, v, _ in let b = bytesOf(v); return .bool(!b.isEmpty && b.allSatisfy(p)) }
        }
        method(c, "isascii") { _, v, _ in .bool(bytesOf(v).allSatisfy { $0 < 0x80 }) }
        method(c, "islower") { _, v, _ in let b = bytesOf(v); return .bool(b.contains(where: isLower) && !b.contains(where: isUpper)) }
        method(c, "isupper") { _, v, _ in let b = bytesOf(v); return .bool(b.contains(where: isUpper) && !b.contains(where: isLower)) }
        method(c, "istitle") { vm, v, _ in try bridged(vm, "istitle", v, []) }
        method(c, "translate") { vm, v, a in
            let table = a.count > 0 ? a[0] : .none
            var map: [UInt8]? = nil
            if !table.isNone {
                let t = try bytesLike(vm, table)
                guard t.count == 256 else { throw vm.valueError("translation table must be 256 characters long") }
                map = t
            }
            let delete = Set(a.count > 1 ? try bytesLike(vm, a[1]) : (try a.keyword("delete").map { try bytesLike(vm, $0) } ?? []))
            return .obj(PyBytes(bytesOf(v).compactMap { delete.contains($0) ? nil : (map?[Int($0)] ?? $0) }))
        }
        method(c, "decode") { vm, v, a in
            let (codec, errors) = try vm.codecArguments(a, "decode")
            return try vm.decode(bytesOf(v), codec, errors: errors)
        }
    }

    /// bytes.split()/rsplit() without a separator: runs of ASCII whitespace.
    static func splitWhitespace(_ b: [UInt8], _ maxsplit: Int, fromRight: Bool) -> [[UInt8]] {
        var words: [[UInt8]] = []
        if !fromRight {
            var i = 0
            while i < b.count {
                while i < b.count && asciiWhitespace.contains(b[i]) { i += 1 }
                if i == b.count { break }
                if maxsplit >= 0 && words.count == maxsplit {
                    // The rest, trailing whitespace included (as CPython).
                    words.append(Array(b[i...]))
                    break
                }
                let start = i
                while i < b.count && !asciiWhitespace.contains(b[i]) { i += 1 }
                words.append(Array(b[start..<i]))
            }
            return words
        }
        var i = b.count
        while i > 0 {
            while i > 0 && asciiWhitespace.contains(b[i - 1]) { i -= 1 }
            if i == 0 { break }
            if maxsplit >= 0 && words.count == maxsplit {
                words.append(Array(b[..<i]))
                break
            }
            let end = i
            while i > 0 && !asciiWhitespace.contains(b[i - 1]) { i -= 1 }
            words.append(Array(b[i..<end]))
        }
        return words.reversed()
    }
}
