#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `float(s)` for a str: surrounding whitespace, one underscore between digits,
/// `inf`/`infinity`/`nan` in any case with an optional sign; no hex. Raises
/// `could not convert string to float: <repr>` otherwise.
public func pythonParseFloat(_ s: String) throws -> Double {
    let failure = PythonError.valueError("could not convert string to float: \(pythonStrRepr(s))")
    var text = Array(trimmedASCII(asciiNumericText(s)))
    if text.contains(UInt8(ascii: "_")) {
        guard let cleaned = removeDigitUnderscores(text) else { throw failure }
        text = cleaned
    }
    guard let value = parseDecimalFloat(text) else { throw failure }
    return value
}

/// Underscores are allowed only between two digits; nil when misplaced.
private func removeDigitUnderscores(_ text: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    var previous: UInt8 = 0
    for c in text {
        if c == UInt8(ascii: "_") {
            if !isDigit(previous) { return nil }
        } else {
            if previous == UInt8(ascii: "_") && !isDigit(c) { return nil }
            out.append(c)
        }
        previous = c
    }
    return previous == UInt8(ascii: "_") ? nil : out
}

@inline(__always)
private func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

/// Validates `[sign] (digits [. digits] | . digits) [e [sign] digits]` or the
/// inf/nan spellings, then lets the C library's correctly rounded strtod convert.
private func parseDecimalFloat(_ text: [UInt8]) -> Double? {
    var i = 0
    var negative = false
    if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
    }
    let word = String(decoding: text[i...], as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
    if word == "nan" { return negative ? -Double.nan : .nan } // CPython keeps the sign bit
    var mantissaDigits = 0
    while i < text.count && isDigit(text[i]) { i += 1; mantissaDigits += 1 }
    if i < text.count && text[i] == UInt8(ascii: ".") {
        i += 1
        while i < text.count && isDigit(text[i]) { i += 1; mantissaDigits += 1 }
    }
    if mantissaDigits == 0 { return nil }
    if i < text.count && (text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E")) {
        i += 1
        if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) { i += 1 }
        var exponentDigits = 0
        while i < text.count && isDigit(text[i]) { i += 1; exponentDigits += 1 }
        if exponentDigits == 0 { return nil }
    }
    if i != text.count { return nil }
    let cString = String(decoding: text, as: UTF8.self)
    return strtod(cString, nil)
}
