/// How a float is written once its digits are known: CPython's `format_float_short`.
///
/// CPython chooses the digits with dtoa and then lays them out with a handful of
/// rules (exponent switch points, zero padding, the trailing `.0`); those rules
/// live here so repr, `format()` and `%`-formatting share them.
struct FloatLayout {
    /// 'e', 'f', 'g' or 'r' (repr), lower case.
    var code: Character
    /// Already adjusted as PyOS_double_to_string does (e.g. +1 for 'e').
    var precision: Int
    var addDot0IfInteger = false
    var alternate = false
    var upper = false
    var noNegativeZero = false

    /// Formats `x` like `PyOS_double_to_string(x, code, precision, flags)`.
    func format(_ x: Double) -> String {
        String(decoding: formatBytes(x), as: UTF8.self)
    }

    /// `format` as UTF-8 bytes (all ASCII), for callers that keep laying the text out.
    func formatBytes(_ x: Double) -> [UInt8] {
        if x.isNaN {
            return Array((upper ? "NAN" : "nan").utf8) // CPython never shows a NaN's sign
        }
        var negative = x.sign == .minus
        if x.isInfinite {
            return Array(((negative ? "-" : "") + (upper ? "INF" : "inf")).utf8)
        }
        let d: DecimalDigits
        switch code {
        case "r": d = .shortest(x)
        case "f": d = .fixed(x, places: precision)
        default: d = .significant(x, count: precision)
        }
        if negative && noNegativeZero && d.isZero { negative = false }
        var bytes: [UInt8] = []
        if negative { bytes.append(UInt8(ascii: "-")) }
        layout(d, into: &bytes)
        return bytes
    }

    /// Places the digits: mirrors the zero-padding and exponent rules of CPython.
    func layout(_ d: DecimalDigits) -> String {
        var bytes: [UInt8] = []
        layout(d, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `layout` appending to `bytes`.
    func layout(_ d: DecimalDigits, into bytes: inout [UInt8]) {
        let digits = d.digits
        var decpt = d.decpt
        let digitsLen = digits.count
        var vdigitsEnd = digitsLen
        var useExp = false
        switch code {
        case "e":
            useExp = true
            vdigitsEnd = precision
        case "f":
            vdigitsEnd = decpt + precision
        case "g":
            if decpt <= -4 || decpt > (addDot0IfInteger ? precision - 1 : precision) {
                useExp = true
            }
            if alternate { vdigitsEnd = precision }
        default: // 'r': switch to exponent at 1e16, as repr does.
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        var exp = 0
        if useExp {
            exp = decpt - 1
            decpt = 1
        }
        let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && addDot0IfInteger {
            vdigitsEnd = max(vdigitsEnd, decpt + 1)
        } else {
            vdigitsEnd = max(vdigitsEnd, decpt)
        }
        bytes.reserveCapacity(bytes.count + vdigitsEnd - vdigitsStart + 8)
        for position in vdigitsStart..<vdigitsEnd {
            if position == decpt { bytes.append(UInt8(ascii: ".")) }
            if position >= 0 && position < digitsLen {
                bytes.append(digits[position])
            } else {
                bytes.append(UInt8(ascii: "0"))
            }
        }
        if vdigitsEnd == decpt && alternate { bytes.append(UInt8(ascii: ".")) }
        if useExp {
            bytes.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            bytes.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = exp.magnitude
            if magnitude < 10 { bytes.append(UInt8(ascii: "0")) }
            bytes += String(magnitude).utf8
        }
    }
}

/// `repr(x)` (and `str(x)`) for a Python float: shortest round-trip digits, fixed
/// notation for 1e-4 <= |x| < 1e16, otherwise an exponent.
public func pythonFloatRepr(_ x: Double) -> String {
    FloatLayout(code: "r", precision: 0, addDot0IfInteger: true).format(x)
}
