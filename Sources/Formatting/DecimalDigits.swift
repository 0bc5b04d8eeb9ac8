/// A finite, non-negative decimal value as dtoa hands it out: value = 0.DIGITS × 10^decpt.
///
/// `digits` are ASCII digits without leading or trailing zeros; zero is `"0"` with
/// `decpt == 1`, matching CPython's `_Py_dg_dtoa`, so the layout code can mirror
/// CPython's `format_float_short` exactly.
struct DecimalDigits {
    var digits: [UInt8]
    var decpt: Int

    var isZero: Bool { digits.allSatisfy { $0 == UInt8(ascii: "0") } }

    /// Normalises a digit run whose first digit sits just after the point at `decpt`.
    init(rawDigits: [UInt8], decpt: Int) {
        var start = 0
        var point = decpt
        while start < rawDigits.count && rawDigits[start] == UInt8(ascii: "0") {
            start += 1
            point -= 1
        }
        var end = rawDigits.count
        while end > start && rawDigits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if start == end {
            digits = [UInt8(ascii: "0")]
            self.decpt = 1
        } else {
            digits = start == 0 && end == rawDigits.count ? rawDigits : Array(rawDigits[start..<end])
            self.decpt = point
        }
    }

    /// Shortest digits that round-trip (dtoa mode 0), taken from Swift's own
    /// shortest-and-closest printer and re-read, so only the layout is ours.
    static func shortest(_ x: Double) -> DecimalDigits {
        parse(Array(x.magnitude.description.utf8))
    }

    /// `count` significant digits, correctly rounded (dtoa mode 2).
    static func significant(_ x: Double, count: Int) -> DecimalDigits {
        parse(Array(cFormat("e", precision: max(count, 1) - 1, x.magnitude).utf8))
    }

    /// Rounded to `places` digits after the point (dtoa mode 3).
    static func fixed(_ x: Double, places: Int) -> DecimalDigits {
        if let digits = exactFixedDigits(x.magnitude, places: places) {
            return DecimalDigits(rawDigits: digits, decpt: digits.count - places)
        }
        return parse(Array(cFormat("f", precision: places, x.magnitude).utf8))
    }

    /// Reads `123.45`, `1.5e-05` or `12e+16` style text (no sign) into digits.
    private static func parse(_ text: [UInt8]) -> DecimalDigits {
        var mantissa: [UInt8] = []
        var intDigits = 0
        var seenPoint = false
        var exponent = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == UInt8(ascii: ".") {
                seenPoint = true
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[(i + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                mantissa.append(c)
                if !seenPoint { intDigits += 1 }
            }
            i += 1
        }
        return DecimalDigits(rawDigits: mantissa, decpt: intDigits + exponent)
    }
}
