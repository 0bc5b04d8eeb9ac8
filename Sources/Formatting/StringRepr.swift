/// `repr(s)` for a Python str: single quotes unless the text has `'` and no `"`,
/// backslash escapes for non-printable characters as CPython's `unicode_repr`.
public func pythonStrRepr(_ s: String) -> String {
    pythonStrRepr(s.unicodeScalars)
}

/// `repr(s)` for a str held as Unicode scalars.
public func pythonStrRepr<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var hasSingle = false
    var hasDouble = false
    for c in scalars {
        if c == "'" { hasSingle = true } else if c == "\"" { hasDouble = true }
    }
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for c in scalars {
        switch c {
        case quote, "\\":
            out.append("\\"); out.append(c)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        default:
            if c.value < 0x20 || c.value == 0x7F {
                out.append(contentsOf: hexEscape(c.value).unicodeScalars)
            } else if c.value < 0x7F || isPythonPrintable(c) {
                out.append(c)
            } else {
                out.append(contentsOf: hexEscape(c.value).unicodeScalars)
            }
        }
    }
    out.append(quote)
    return String(out)
}

/// `ascii(obj)` given `repr(obj)`: every non-ASCII character becomes an escape.
public func pythonASCII(fromRepr repr: String) -> String {
    var out = ""
    for c in repr.unicodeScalars {
        if c.isASCII { out.unicodeScalars.append(c) } else { out += hexEscape(c.value) }
    }
    return out
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest form CPython allows for `code`.
func hexEscape(_ code: UInt32) -> String {
    let hex = String(code, radix: 16)
    if code <= 0xFF { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
    if code <= 0xFFFF { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
    return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
}

/// `str.isprintable()` for one character, per the Unicode 14.0 database that
/// CPython 3.11 ships: not printable are the categories Cc, Cf, Cs, Co, Cn, Zl,
/// Zp and Zs (except the space). Characters assigned after Unicode 14.0 are still
/// unassigned (Cn) for CPython 3.11, whatever Swift's newer tables say.
public func isPythonPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    let properties = c.properties
    guard let age = properties.age, age.major < 14 || (age.major == 14 && age.minor == 0) else {
        return false
    }
    switch properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

/// `repr(b)` for a Python bytes object.
public func pythonBytesRepr(_ bytes: [UInt8]) -> String {
    let hasSingle = bytes.contains(UInt8(ascii: "'"))
    let hasDouble = bytes.contains(UInt8(ascii: "\""))
    let quote: UInt8 = hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    var out: [UInt8] = [UInt8(ascii: "b"), quote]
    for b in bytes {
        switch b {
        case quote, UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
        case UInt8(ascii: "\t"): out += Array("\\t".utf8)
        case UInt8(ascii: "\n"): out += Array("\\n".utf8)
        case UInt8(ascii: "\r"): out += Array("\\r".utf8)
        default:
            if b < 0x20 || b >= 0x7F { out += Array(hexEscape(UInt32(b)).utf8) } else { out.append(b) }
        }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
}
