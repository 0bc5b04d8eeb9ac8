import BigInt

/// `int(s, base)` for a str: whitespace around, a sign, `0x`/`0o`/`0b` prefixes
/// (matching the base, or chosen by base 0), single underscores between digits,
/// and 3.11's limit on decimal digits. Errors carry CPython's exact text.
public func pythonParseInt(_ s: String, base: Int = 10,
                           maxStrDigits: Int = defaultMaxStrDigits) throws -> BigInt {
    if (base != 0 && base < 2) || base > 36 {
        throw PythonError.valueError("int() base must be >= 2 and <= 36, or 0")
    }
    let invalid = PythonError.valueError(
        "invalid literal for int() with base \(base): \(String(pythonStrRepr(s).unicodeScalars.prefix(200)))")
    let text = asciiNumericText(s)
    var i = 0
    func at(_ k: Int) -> UInt8 { k < text.count ? text[k] : 0 }
    while i < text.count && isASCIISpace(text[i]) { i += 1 }
    var negative = false
    if at(i) == UInt8(ascii: "+") {
        i += 1
    } else if at(i) == UInt8(ascii: "-") {
        negative = true
        i += 1
    }
    var radix = base
    var mustBeZero = false
    if radix == 0 {
        if at(i) != UInt8(ascii: "0") {
            radix = 10
        } else {
            switch at(i + 1) | 0x20 {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default:
                // A C-style octal literal such as "010" is invalid unless it is zero.
                mustBeZero = true
                radix = 10
            }
        }
    }
    if at(i) == UInt8(ascii: "0") {
        let marker = at(i + 1) | 0x20
        if (radix == 16 && marker == UInt8(ascii: "x")) || (radix == 8 && marker == UInt8(ascii: "o"))
            || (radix == 2 && marker == UInt8(ascii: "b")) {
            i += 2
            if at(i) == UInt8(ascii: "_") { i += 1 } // one underscore may follow a prefix
        }
    }
    if at(i) == UInt8(ascii: "_") { throw invalid }
    var digits: [UInt8] = []
    var previous: UInt8 = 0
    while i < text.count, let value = digitValue(text[i]), value < radix || text[i] == UInt8(ascii: "_") {
        if text[i] == UInt8(ascii: "_") {
            if previous == UInt8(ascii: "_") { throw invalid }
        } else {
            digits.append(text[i])
        }
        previous = text[i]
        i += 1
    }
    if previous == UInt8(ascii: "_") { throw invalid }
    if radix & (radix - 1) != 0 && maxStrDigits > 0 && digits.count > maxStrDigits {
        throw PythonError.valueError(
            "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has "
            + "\(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    if digits.isEmpty { throw invalid }
    while i < text.count && isASCIISpace(text[i]) { i += 1 }
    if i != text.count { throw invalid }
    let magnitude = BigInt(accumulateDigits(digits, radix: radix))
    if mustBeZero && !magnitude.isZero { throw invalid }
    return negative ? -magnitude : magnitude
}

/// The unsigned value of validated ASCII digits in `radix` (2...36), taken in
/// chunks that fit a machine word (attaswift's parser rejects radix 36).
private func accumulateDigits(_ digits: [UInt8], radix: Int) -> BigUInt {
    let chunkLength = 12 // 36**12 < 2**64
    var result = BigUInt(0)
    var index = 0
    while index < digits.count {
        let end = min(index + chunkLength, digits.count)
        var chunk: UInt = 0
        var scale: UInt = 1
        for c in digits[index..<end] {
            chunk = chunk * UInt(radix) + UInt(digitValue(c)!)
            scale *= UInt(radix)
        }
        result = result * BigUInt(scale) + BigUInt(chunk)
        index = end
    }
    return result
}

/// The value of an ASCII digit or letter (a/A = 10 …), 99 for `_` so the scanner
/// can see it, nil for anything else.
private func digitValue(_ c: UInt8) -> Int? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
    case UInt8(ascii: "_"): return 99
    default: return nil
    }
}
