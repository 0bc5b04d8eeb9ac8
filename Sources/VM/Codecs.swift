/// `str.encode` / `bytes.decode` for the codecs lessons meet (utf-8, ascii, latin-1) with
/// CPython's error handlers (strict, replace, ignore, backslashreplace, xmlcharrefreplace,
/// namereplace, surrogatepass, surrogateescape) and its UnicodeEncodeError / UnicodeDecodeError.
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

    /// `s.encode(codec, errors)`. The error handlers see each maximal run of characters the
    /// codec cannot encode, as CPython's encoders pass them.
    func encode(_ s: PyStr, _ codec: Codec, errors: String) throws -> [UInt8] {
        if codec == .utf8 && s.codePoints == nil { return Array(s.value.utf8) }
        let u = SurrogateText.codePoints(s)
        let limit: UInt32 = codec == .ascii ? 0x80 : codec == .latin1 ? 0x100 : 0x110000
        func encodable(_ c: UInt32) -> Bool { c < limit && !(codec == .utf8 && SurrogateText.isSurrogate(c)) }
        func put(_ c: UInt32, into out: inout [UInt8]) {
            if codec == .utf8 {
                // Also a lone surrogate, for 'surrogatepass' (CPython writes its 3-byte form).
                if c < 0x80 { out.append(UInt8(c)) }
                else if c < 0x800 { out += [UInt8(0xC0 | c >> 6), UInt8(0x80 | c & 0x3F)] }
                else if c < 0x10000 { out += [UInt8(0xE0 | c >> 12), UInt8(0x80 | c >> 6 & 0x3F), UInt8(0x80 | c & 0x3F)] }
                else { out += [UInt8(0xF0 | c >> 18), UInt8(0x80 | c >> 12 & 0x3F), UInt8(0x80 | c >> 6 & 0x3F), UInt8(0x80 | c & 0x3F)] }
            } else {
                out.append(UInt8(c))
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            let c = u[i]
            if encodable(c) { put(c, into: &out); i += 1; continue }
            var end = i
            while end < u.count && !encodable(u[end]) { end += 1 }
            let reason = codec == .utf8 ? "surrogates not allowed" : "ordinal not in range(\(limit))"
            let failure = unicodeEncodeError(codecName(codec), .str(s), i, end, reason)
            let run = u[i..<end]
            switch errors {
            case "strict": throw failure
            case "replace": out += [UInt8](repeating: UInt8(ascii: "?"), count: end - i)
            case "ignore": break
            case "backslashreplace":
                for x in run { out += Array(SurrogateText.escape(x).utf8) }
            case "xmlcharrefreplace":
                for x in run { out += Array("&#\(x);".utf8) }
            case "namereplace":
                for x in run {
                    if let name = Unicode.Scalar(x)?.properties.name { out += Array("\\N{\(name)}".utf8) }
                    else { out += Array(SurrogateText.escape(x).utf8) }
                }
            case "surrogatepass":
                guard codec == .utf8 else { throw failure }
                for x in run { put(x, into: &out) }
            case "surrogateescape":
                // U+DC80...U+DCFF stand for the undecodable bytes 0x80...0xFF.
                guard run.allSatisfy({ $0 >= 0xDC80 && $0 <= 0xDCFF }) else { throw failure }
                for x in run { out.append(UInt8(x - 0xDC00)) }
            default:
                throw newException(ExceptionTypes.lookupError, "unknown error handler name '\(errors)'")
            }
            i = end
        }
        return out
    }

    /// `bytes.decode(codec, errors)`: a str, which holds lone surrogates after 'surrogateescape'
    /// or 'surrogatepass'.
    func decode(_ bytes: [UInt8], _ codec: Codec, errors: String) throws -> Value {
        if codec == .utf8, let s = String(validating: bytes, as: UTF8.self) { return .string(s) }
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        func fail(_ start: Int, _ end: Int, _ reason: String) throws {
            switch errors {
            case "strict":
                throw unicodeDecodeError(codecName(codec), bytes, start, end, reason)
            case "replace": out.append(0xFFFD)
            case "ignore": break
            case "backslashreplace":
                for b in bytes[start..<end] { out += SurrogateText.escape(UInt32(b)).unicodeScalars.map(\.value) }
            case "surrogateescape":
                for b in bytes[start..<end] { out.append(0xDC00 + UInt32(b)) }
            case "surrogatepass":
                throw unicodeDecodeError(codecName(codec), bytes, start, end, reason)
            default:
                throw newException(ExceptionTypes.lookupError, "unknown error handler name '\(errors)'")
            }
        }
        switch codec {
        case .latin1:
            return .string(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
        case .ascii:
            for (i, b) in bytes.enumerated() {
                if b < 0x80 { out.append(UInt32(b)) } else { try fail(i, i + 1, "ordinal not in range(128)") }
            }
        case .utf8:
            // CPython's decoder: each maximal invalid subsequence is one error.
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 { out.append(UInt32(b)); i += 1; continue }
                if errors == "surrogatepass", b == 0xED, i + 2 < bytes.count, bytes[i + 1] >= 0xA0, bytes[i + 1] <= 0xBF,
                   bytes[i + 2] >= 0x80, bytes[i + 2] <= 0xBF {
                    out.append(0xD000 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
                    i += 3
                    continue
                }
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
                    out += String(decoding: bytes[i..<j], as: UTF8.self).unicodeScalars.map(\.value)
                } else if j >= bytes.count {
                    try fail(i, j, "unexpected end of data")
                } else {
                    try fail(i, j, "invalid continuation byte")
                }
                i = j
            }
        }
        return SurrogateText.make(out)
    }
}
