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
    switch spec.type {
    case nil:
        // No type: like repr without a precision, else like 'g' keeping a ".0".
        code = "r"; addDot0 = true; defaultPrecision = 0
    case "n": code = "g"
    case "%": code = "f"; value *= 100; percent = true
    default: code = Character(spec.type!)
    }
    let upper = code.isUppercase
    code = Character(code.lowercased())
    if precision == nil {
        precision = defaultPrecision
    } else if code == "r" {
        code = "g"
    }
    var p = precision!
    // PyOS_double_to_string's precision adjustments per code.
    if code == "g" && p == 0 { p = 1 }
    if code == "e" { p += 1 }
    let layout = FloatLayout(code: code, precision: p, addDot0IfInteger: addDot0,
                             alternate: spec.alternate, upper: upper,
                             noNegativeZero: spec.noNegativeZero)
    var text = layout.format(value)
    if percent { text += "%" }
    var negative = false
    if text.hasPrefix("-") { negative = true; text.removeFirst() }
    // Split off the leading digit run: it alone is grouped.
    let bytes = Array(text.utf8)
    var digitEnd = 0
    while digitEnd < bytes.count && bytes[digitEnd] >= 48 && bytes[digitEnd] <= 57 { digitEnd += 1 }
    let parts = NumberParts(negative: negative, digits: Array(bytes[0..<digitEnd]),
                            remainder: String(decoding: bytes[digitEnd...], as: UTF8.self))
    return layoutNumber(parts, spec: spec, groupSize: spec.grouping == .none || spec.type == "n" ? 0 : 3)
}
