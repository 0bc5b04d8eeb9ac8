// Decoding the body of a string or bytes literal: escape sequences as CPython 3.11's
// `unicode_escape`/`bytes` decoders process them, with the same error messages.

/// What a literal's prefix says.
struct StringPrefix {
    var isBytes = false
    var isRaw = false
    var isFormatted = false
}

/// An escape decoding failure: the message CPython prints after "(unicode error) " or
/// "(value error) ".
struct EscapeError: Error {
    var message: String
}

enum StringLiteral {
    /// Decodes a str literal body. Positions in error messages count the body the way CPython's
    /// decoder sees it (each non-ASCII character as a 10-byte `\UXXXXXXXX` escape).
    static func decodeString(_ body: ArraySlice<Unicode.Scalar>) throws -> String {
        guard case .text(let s) = try decodeText(body) else {
            throw EscapeError(message: "unsupported: lone surrogate")
        }
        return s
    }

    /// A decoded str literal: text, or code points when it holds a lone surrogate (which a
    /// Swift String cannot).
    enum Decoded {
        case text(String)
        case codePoints([UInt32])
    }

    /// Decodes a str literal body, keeping lone surrogates (`"\ud800"`).
    static func decodeText(_ body: ArraySlice<Unicode.Scalar>) throws -> Decoded {
        var out = String.UnicodeScalarView()
        // Set from the first lone surrogate on; `out` is no longer used then.
        var codePoints: [UInt32]? = nil
        func put(_ c: Unicode.Scalar) {
            if codePoints != nil { codePoints!.append(c.value) } else { out.append(c) }
        }
        func put(codePoint value: Int) {
            if let c = Unicode.Scalar(UInt32(value)) { return put(c) }
            if codePoints == nil { codePoints = out.map(\.value) }
            codePoints!.append(UInt32(value))
        }
        var i = body.startIndex
        let end = body.endIndex
        var bytePos = 0  // CPython's position in its escaped buffer
        func width(_ c: Unicode.Scalar) -> Int { c.value < 128 ? 1 : 10 }
        func fail(_ start: Int, _ endPos: Int, _ reason: String) -> EscapeError {
            let range = endPos - start <= 1 ? "byte 0x5c in position \(start)" : "bytes in position \(start)-\(endPos - 1)"
            return EscapeError(message: "(unicode error) 'unicodeescape' codec can't decode \(range): \(reason)")
        }
        while i < end {
            let c = body[i]
            if c != "\\" {
                put(c)
                bytePos += width(c)
                i += 1
                continue
            }
            let escStart = bytePos
            i += 1
            bytePos += 1
            guard i < end else {
                throw fail(escStart, bytePos, "\\ at end of string")
            }
            let e = body[i]
            i += 1
            bytePos += width(e)
            switch e {
            case "\n": break
            case "\\": put("\\")
            case "'": put("'")
            case "\"": put("\"")
            case "a": put("\u{07}")
            case "b": put("\u{08}")
            case "f": put("\u{0C}")
            case "n": put("\n")
            case "r": put("\r")
            case "t": put("\t")
            case "v": put("\u{0B}")
            case "0"..."7":
                var value = Int(e.value - 48)
                var n = 1
                while n < 3, i < end, body[i].value >= 48, body[i].value <= 55 {
                    value = value * 8 + Int(body[i].value - 48)
                    i += 1; bytePos += 1; n += 1
                }
                put(codePoint: value)
            case "x", "u", "U":
                let digits = e == "x" ? 2 : e == "u" ? 4 : 8
                var value = 0
                var n = 0
                while n < digits, i < end, let d = hexValue(body[i]) {
                    value = value * 16 + d
                    i += 1; bytePos += 1; n += 1
                }
                if n < digits {
                    let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw fail(escStart, bytePos, "truncated \(name) escape")
                }
                if value > 0x10FFFF { throw fail(escStart, bytePos, "illegal Unicode character") }
                put(codePoint: value)
            case "N":
                guard i < end, body[i] == "{" else { throw fail(escStart, bytePos, "malformed \\N character escape") }
                var j = i + 1
                var name = ""
                var closed = false
                var p = bytePos + 1
                while j < end {
                    let ch = body[j]
                    p += width(ch)
                    j += 1
                    if ch == "}" { closed = true; break }
                    name.unicodeScalars.append(ch)
                }
                if !closed || name.isEmpty {
                    throw fail(escStart, closed ? p : p, "malformed \\N character escape")
                }
                i = j
                bytePos = p
                guard let s = UnicodeNames.lookup(name) else {
                    throw fail(escStart, bytePos, "unknown Unicode character name")
                }
                put(s)
            default:
                // Unknown escapes keep the backslash (CPython warns; the warning is not shown).
                put("\\")
                put(e)
            }
        }
        if let codePoints { return .codePoints(codePoints) }
        return .text(String(out))
    }

    /// Decodes a bytes literal body (ASCII only — checked by the caller).
    static func decodeBytes(_ body: ArraySlice<Unicode.Scalar>, raw: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        let end = body.endIndex
        while i < end {
            let c = body[i]
            if raw || c != "\\" {
                out.append(UInt8(truncatingIfNeeded: c.value))
                i += 1
                continue
            }
            let escPos = i - body.startIndex
            i += 1
            guard i < end else { throw EscapeError(message: "(value error) Trailing \\ in string") }
            let e = body[i]
            i += 1
            switch e {
            case "\n": break
            case "\\": out.append(0x5C)
            case "'": out.append(0x27)
            case "\"": out.append(0x22)
            case "a": out.append(7)
            case "b": out.append(8)
            case "f": out.append(12)
            case "n": out.append(10)
            case "r": out.append(13)
            case "t": out.append(9)
            case "v": out.append(11)
            case "0"..."7":
                var value = Int(e.value - 48)
                var n = 1
                while n < 3, i < end, body[i].value >= 48, body[i].value <= 55 {
                    value = value * 8 + Int(body[i].value - 48)
                    i += 1; n += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            case "x":
                guard i + 1 < end, let h = hexValue(body[i]), let l = hexValue(body[i + 1]) else {
                    throw EscapeError(message: "(value error) invalid \\x escape at position \(escPos)")
                }
                out.append(UInt8(h * 16 + l))
                i += 2
            default:
                out.append(0x5C)
                out.append(UInt8(truncatingIfNeeded: e.value))
            }
        }
        return out
    }

    static func hexValue(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 48...57: return Int(c.value - 48)
        case 97...102: return Int(c.value - 87)
        case 65...70: return Int(c.value - 55)
        default: return nil
        }
    }

    /// A code point as a scalar; lone surrogates cannot be held by Swift strings.
    static func scalar(_ value: Int) throws -> Unicode.Scalar {
        guard let s = Unicode.Scalar(UInt32(value)) else {
            throw EscapeError(message: "unsupported: lone surrogate")
        }
        return s
    }
}

/// `\N{NAME}` lookups: a reverse table of Unicode names and aliases, built on first use.
enum UnicodeNames {
    private static let table: [String: Unicode.Scalar] = {
        var t: [String: Unicode.Scalar] = [:]
        t.reserveCapacity(300_000)
        // Planes 0-3 and the tag/variation-selector block hold every named code point.
        for v in Array(UInt32(0x20)...UInt32(0x3FFFF)) + Array(UInt32(0xE0000)...UInt32(0xE01EF)) {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            if let n = p.name { t[n] = s }
            if let a = p.nameAlias, t[a] == nil { t[a] = s }
        }
        return t
    }()

    /// The code point named `name` (case-insensitive, like `unicodedata.lookup`).
    static func lookup(_ name: String) -> Unicode.Scalar? {
        table[name.uppercased()]
    }
}
