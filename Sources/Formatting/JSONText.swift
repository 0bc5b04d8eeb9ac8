/// A str as `json.dumps` writes it, quotes included. With `ensureASCII` (the
/// default) everything outside printable ASCII becomes `\uXXXX` (surrogate pairs
/// above U+FFFF); otherwise only `"`, `\` and control characters are escaped.
public func jsonString(_ s: String, ensureASCII: Bool = true) -> String {
    var out = String.UnicodeScalarView()
    out.append("\"")
    for c in s.unicodeScalars {
        switch c {
        case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
        case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        case "\u{08}": out.append(contentsOf: "\\b".unicodeScalars)
        case "\u{0C}": out.append(contentsOf: "\\f".unicodeScalars)
        default:
            if c.value < 0x20 || (ensureASCII && c.value > 0x7E) {
                if c.value > 0xFFFF {
                    let v = c.value - 0x10000
                    out.append(contentsOf: jsonUnicodeEscape(0xD800 | (v >> 10)).unicodeScalars)
                    out.append(contentsOf: jsonUnicodeEscape(0xDC00 | (v & 0x3FF)).unicodeScalars)
                } else {
                    out.append(contentsOf: jsonUnicodeEscape(c.value).unicodeScalars)
                }
            } else {
                out.append(c)
            }
        }
    }
    out.append("\"")
    return String(out)
}

private func jsonUnicodeEscape(_ unit: UInt32) -> String {
    let hex = String(unit, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
}

/// A float as `json.dumps` writes it: `float.__repr__`, or `NaN`, `Infinity`,
/// `-Infinity` (json's allow_nan=True default).
public func jsonFloat(_ x: Double) -> String {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x > 0 ? "Infinity" : "-Infinity" }
    return pythonFloatRepr(x)
}
