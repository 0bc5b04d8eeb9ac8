import BigInt

/// `bytes.hex` and `bytes.maketrans` (`bytes.fromhex` is in TypeMethods+Bytes.swift), with CPython's argument checks and
/// messages (Objects/bytesobject.c, Python/pystrhex.c).
extension TypeMethods {
    static func installBytesHexMethods() {
        let c = BuiltinTypes.bytes
        method(c, "hex") { vm, v, a in
            let sepValue = a.count > 0 ? a[0] : a.keyword("sep")
            let perValue = a.count > 1 ? a[1] : a.keyword("bytes_per_sep")
            return .string(try hexText(vm, bytesOf(v), sep: sepValue, bytesPerSep: perValue))
        }
        c.dict.setStr("maketrans", .obj(PyStaticMethod(.obj(PyNativeFunction(name: "maketrans") { vm, a in
            guard a.count == 2 else { throw vm.typeError("maketrans expected 2 arguments, got \(a.count)") }
            let from = try bytesLike(vm, a[0]), to = try bytesLike(vm, a[1])
            guard from.count == to.count else { throw vm.valueError("maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (f, t) in zip(from, to) { table[Int(f)] = t }
            return .obj(PyBytes(table))
        }))))
    }

    /// `b.hex(sep, bytes_per_sep)`: two lowercase digits per byte; with a separator, groups of
    /// `bytes_per_sep` counted from the right (from the left when negative).
    static func hexText(_ vm: VM, _ bytes: [UInt8], sep: Value?, bytesPerSep: Value?) throws -> String {
        let digits = Array("0123456789abcdef")
        func hex(_ b: ArraySlice<UInt8>) -> String {
            var s = ""
            for x in b { s.append(digits[Int(x >> 4)]); s.append(digits[Int(x & 15)]) }
            return s
        }
        guard let sep, !sep.isNone else { return hex(bytes[...]) }
        let sepText: String
        switch sep {
        case .str(let s): sepText = s.value
        case .obj(let o) where o.kind == .bytes: sepText = latin1String(unsafeDowncast(o, to: PyBytes.self).bytes)
        default: throw vm.typeError("object of type '\(vm.typeName(sep))' has no len()")
        }
        guard sepText.unicodeScalars.count == 1 else { throw vm.valueError("sep must be length 1.") }
        guard sepText.unicodeScalars.first!.isASCII else { throw vm.valueError("sep must be ASCII.") }
        let per = try bytesPerSep.map { Int(clamping: try vm.indexBig($0)) } ?? 1
        if per == 0 || bytes.isEmpty { return hex(bytes[...]) }
        let n = abs(per)
        var groups: [String] = []
        if per > 0 {
            var end = bytes.count
            while end > 0 { groups.insert(hex(bytes[max(0, end - n)..<end]), at: 0); end -= n }
        } else {
            var start = 0
            while start < bytes.count { groups.append(hex(bytes[start..<min(bytes.count, start + n)])); start += n }
        }
        return groups.joined(separator: sepText)
    }
}
