/// `str.encode` / `bytes.decode` for the codecs lessons meet (utf-8, ascii, latin-1) with
/// CPython's error handlers (strict, replace, ignore, backslashreplace) and its exact
/// UnicodeEncodeError / UnicodeDecodeError messages.
extension VM {
    enum Codec { case utf8, ascii, latin1 }

    /// CPython's normalised codec names for the three codecs.
    func codec(_ name: String) throws -> Codec {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch n {
        case "utf-8", "utf8", "u8", "utf": return .utf8
        case "ascii", "us-ascii", "646": return .ascii
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "latin", "8859", "cp819": return .latin1
        default: throw newException(ExceptionTypes.lookupError, "unknown encoding: \(name)")
        }
    }

    private func codecName(_ c: Codec) -> String {
        switch c {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    /// encoding and errors arguments (positional or keyword) of encode/decode.
    func codecArguments(_ a: Args, _ method: String) throws -> (Codec, String) {
        func text(_ v: Value?, _ what: String, _ position: Int) throws -> String? {
            guard let v else { return nil }
            guard case .str(let s) = v else {
                throw typeError("\(method)() argument '\(what)' must be str, not \(typeName(v))")
            }
            return s.value
        }
        let encoding = try text(a.count > 0 ? a[0] : a.keyword("encoding"), "encoding", 1) ?? "utf-8"
        let errors = try text(a.count > 1 ? a[1] : a.keyword("errors"), "errors", 2) ?? "strict"
        return (try codec(encoding), errors)
    }

    func encode(_ s: String, _ codec: Codec, errors: String) throws -> [UInt8] {
        if codec == .utf8 { return Array(s.utf8) }
        let limit: UInt32 = codec == .ascii ? 0x80 : 0x100
        let u = Array(s.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            let c = u[i]
            if c.value < limit { out.append(UInt8(c.value)); i += 1; continue }
            var end = i
            while end < u.count && u[end].value >= limit { end += 1 }
            switch errors {
            case "strict":
                let what = end - i == 1 ? "character '\(escapedCodePoint(c))' in position \(i)" : "characters in position \(i)-\(end - 1)"
                throw newException(ExceptionTypes.unicodeEncodeError,
                                   "'\(codecName(codec))' codec can't encode \(what): ordinal not in range(\(limit))")
            case "replace": out += [UInt8](repeating: UInt8(ascii: "?"), count: end - i)
            case "ignore": break
            case "backslashreplace":
                for x in u[i..<end] { out += Array(escapedCodePoint(x).utf8) }
            default:
                throw newException(ExceptionTypes.lookupError, "unknown error handler name '\(errors)'")
            }
            i = end
        }
        return out
    }

    /// `\xe9`, `\u20ac`, `\U0001f600`: how CPython's messages show a code point.
    private func escapedCodePoint(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16)
        if c.value < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        if c.value < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    func decode(_ bytes: [UInt8], _ codec: Codec, errors: String) throws -> String {
        var out = String.UnicodeScalarView()
        func fail(_ start: Int, _ end: Int, _ reason: String) throws {
            switch errors {
            case "strict":
                let what = end - start == 1 ? "byte 0x\(String(bytes[start], radix: 16).leftPadded(to: 2, with: "0")) in position \(start)"
                                            : "bytes in position \(start)-\(end - 1)"
                throw newException(ExceptionTypes.unicodeDecodeError, "'\(codecName(codec))' codec can't decode \(what): \(reason)")
            case "replace": out.append("\u{FFFD}")
            case "ignore": break
            case "backslashreplace":
                for b in bytes[start..<end] { out.append(contentsOf: ("\\x" + String(b, radix: 16).leftPadded(to: 2, with: "0")).unicodeScalars) }
            default:
                throw newException(ExceptionTypes.lookupError, "unknown error handler name '\(errors)'")
            }
        }
        switch codec {
        case .latin1:
            for b in bytes { out.append(Unicode.Scalar(b)) }
        case .ascii:
            for (i, b) in bytes.enumerated() {
                if b < 0x80 { out.append(Unicode.Scalar(b)) } else { try fail(i, i + 1, "ordinal not in range(128)") }
            }
        case .utf8:
            if let s = String(validating: bytes, as: UTF8.self) { return s }
            // CPython's decoder: each maximal invalid subsequence is one error.
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 { out.append(Unicode.Scalar(b)); i += 1; continue }
                let need: Int
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE, 0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default:
                    try fail(i, i + 1, "invalid start byte"); i += 1; continue
                }
                var j = i + 1
                var ok = true
                for k in 0..<need {
                    guard j < bytes.count else { ok = false; break }
                    let c = bytes[j]
                    let (l, h) = k == 0 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                    guard c >= l && c <= h else { ok = false; break }
                    j += 1
                }
                if ok {
                    out.append(contentsOf: String(decoding: bytes[i..<j], as: UTF8.self).unicodeScalars)
                } else if j >= bytes.count {
                    try fail(i, j, "unexpected end of data")
                } else {
                    try fail(i, j, "invalid continuation byte")
                }
                i = j
            }
        }
        return String(out)
    }
}
