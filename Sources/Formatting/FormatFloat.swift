/// `format(x, spec)` for a Python float (`float.__format__`).
public func formatFloat(_ x: Double, _ specText: String, typeName: String = "float") throws -> String {
    if specText.isEmpty { return pythonFloatRepr(x) }
    let spec = try FormatSpec.parsed(specText, typeName: typeName, defaultType: nil, defaultAlign: ">")
    switch spec.type {
    case nil, "e", "E", "f", "F", "g", "G", "n", "%":
        return try formatDouble(x, spec: spec)
    default:
        throw unknownFormatCode(spec.type!, typeName)
    }
}

/// CPython's `format_float_internal`: digits from the layout rules, then padding.
func formatDouble(_ x: Double, spec: FormatSpec) throws -> String {
    var value = x
    var code: Character
    var precision = spec.precision
    if let p = precision, p > Int(Int32.max) { throw PythonError.valueError("precision too big") }
    var addDot0 = false
    var percent = false
    var defaultPrecision = 6
    var upper = false
    // Type codes are ASCII letters: upper case picks upper-case output (INF, E).
    switch spec.type {
    case nil:
        // No type: like repr without a precision, else like 'g' keeping a ".0".
        code = "r"; addDot0 = true; defaultPrecision = 0
    case "n": code = "g"
    case "%": code = "f"; value *= 100; percent = true
    case "e": code = "e"
    case "E": code = "e"; upper = true
    case "f": code = "f"
    case "F": code = "f"; upper = true
    case "g": code = "g"
    case "G": code = "g"; upper = true
    default: code = Character(spec.type!)
    }
    if precision == nil {
        precision = defaultPrecision
    } else if code == "r" {
        code = "g"
    }
    var p = precision!
    // PyOS_double_to_string's precision adjustments per code.
    if code == "g" && p == 0 { p = 1 }
    if code == "e" { p += 1 }
    if code == "f", let text = fixedPointFast(value, places: p, spec: spec, percent: percent) { return text }
    let layout = FloatLayout(code: code, precision: p, addDot0IfInteger: addDot0,
                             alternate: spec.alternate, upper: upper,
                             noNegativeZero: spec.noNegativeZero)
    var bytes = layout.formatBytes(value)
    if percent { bytes.append(UInt8(ascii: "%")) }
    var start = 0
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { start = 1 }
    // Split off the leading digit run: it alone is grouped.
    var digitEnd = start
    while digitEnd < bytes.count && bytes[digitEnd] >= 48 && bytes[digitEnd] <= 57 { digitEnd += 1 }
    return bytes.withUnsafeBufferPointer { text in
        let parts = NumberParts(negative: negative, digits: UnsafeBufferPointer(rebasing: text[start..<digitEnd]),
                                remainder: UnsafeBufferPointer(rebasing: text[digitEnd...]))
        return layoutNumber(parts, spec: spec, groupSize: spec.grouping == .none || spec.type == "n" ? 0 : 3)
    }
}

/// 'f' (and '%') for the common case, all in a stack buffer: the exact integer |x|·10^p
/// when it fits 64 bits, its digits split into the integer part (grouped) and the fraction.
/// Nil sends the caller down the general path.
private func fixedPointFast(_ x: Double, places p: Int, spec: FormatSpec, percent: Bool) -> String? {
    guard p <= 27, let q = exactFixedInteger(x, places: p), let small = UInt64(exactly: q) else { return nil }
    let negative = x.sign == .minus && !(spec.noNegativeZero && small == 0)
    // Up to 20 digits, zero-padded to p + 1, then '.', the fraction and '%'.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer -> String in
        let base = buffer.baseAddress!
        let digitsEnd = base + 30
        var start = writeDecimalDigits(small, endingAt: digitsEnd)
        while digitsEnd - start < p + 1 { start -= 1; start.pointee = UInt8(ascii: "0") }
        let pointAt = digitsEnd - p
        // The fraction moves one place right to make room for the point.
        var end = digitsEnd
        if p > 0 || spec.alternate {
            var k = p
            while k > 0 { pointAt[k] = pointAt[k - 1]; k -= 1 }
            pointAt.pointee = UInt8(ascii: ".")
            end += 1
        }
        if percent { end.pointee = UInt8(ascii: "%"); end += 1 }
        let parts = NumberParts(negative: negative, digits: UnsafeBufferPointer(start: start, count: pointAt - start),
                                remainder: UnsafeBufferPointer(start: pointAt, count: end - pointAt))
        return layoutNumber(parts, spec: spec, groupSize: spec.grouping == .none || spec.type == "n" ? 0 : 3)
    }
}
