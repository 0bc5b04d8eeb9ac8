/// `format(s, spec)` for a Python str; `s` is counted in code points as Python does.
public func formatString(_ s: String, _ specText: String, typeName: String = "str") throws -> String {
    if specText.isEmpty { return s }
    let spec = try FormatSpec.parsed(specText, typeName: typeName, defaultType: "s", defaultAlign: "<")
    if spec.type != "s" { throw unknownFormatCode(spec.type ?? "\0", typeName) }
    if spec.sign == " " {
        throw PythonError.valueError("Space not allowed in string format specifier")
    }
    if spec.sign != nil {
        throw PythonError.valueError("Sign not allowed in string format specifier")
    }
    if spec.noNegativeZero {
        throw PythonError.valueError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
        throw PythonError.valueError("Alternate form (#) not allowed in string format specifier")
    }
    if spec.align == "=" {
        throw PythonError.valueError("'=' alignment not allowed in string format specifier")
    }
    var scalars = s.unicodeScalars
    var length = scalars.count
    if let precision = spec.precision, precision < length {
        scalars = String.UnicodeScalarView(scalars.prefix(precision))
        length = precision
    }
    if let width = spec.width, width > length {
        return padText(String(scalars), length: length, spec: spec)
    }
    return String(scalars)
}
