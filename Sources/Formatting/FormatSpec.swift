/// A parsed format-spec mini-language string:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
public struct FormatSpec: Equatable {
    public enum Grouping: Equatable { case none, comma, underscore }

    public var fill: Unicode.Scalar = " "
    public var align: Unicode.Scalar
    public var sign: Unicode.Scalar?
    public var noNegativeZero = false
    public var alternate = false
    /// nil when no width was given (CPython's -1).
    public var width: Int?
    public var grouping: Grouping = .none
    public var precision: Int?
    /// nil is CPython's '\0': no type given and no default for this object type.
    public var type: Unicode.Scalar?

    /// Parses `spec` as CPython's `parse_internal_render_format_spec` does.
    /// - Parameters:
    ///   - typeName: the object's type name, used in "Invalid format specifier" errors.
    ///   - defaultType: 'd' for ints, 's' for str, nil for floats.
    ///   - defaultAlign: '>' for numbers, '<' for str.
    public init(parsing spec: String, typeName: String,
                defaultType: Unicode.Scalar?, defaultAlign: Unicode.Scalar) throws {
        let s = Array(spec.unicodeScalars)
        align = defaultAlign
        type = defaultType
        var pos = 0
        var fillSpecified = false
        var alignSpecified = false
        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }

        if s.count >= 2 && isAlign(s[1]) {
            align = s[1]; fill = s[0]
            fillSpecified = true; alignSpecified = true
            pos = 2
        } else if s.count >= 1 && isAlign(s[0]) {
            align = s[0]; alignSpecified = true
            pos = 1
        }
        if pos < s.count && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
            sign = s[pos]; pos += 1
        }
        if pos < s.count && s[pos] == "z" { noNegativeZero = true; pos += 1 }
        if pos < s.count && s[pos] == "#" { alternate = true; pos += 1 }
        // Backwards-compatible zero padding: '0' before the width means fill '0', and
        // for numbers (default '>') sign-aware '=' alignment unless one was given.
        if !fillSpecified && pos < s.count && s[pos] == "0" {
            fill = "0"
            if !alignSpecified && defaultAlign == ">" { align = "=" }
            pos += 1
        }
        width = try FormatSpec.integer(s, &pos)
        if pos < s.count && s[pos] == "," { grouping = .comma; pos += 1 }
        if pos < s.count && s[pos] == "_" {
            if grouping != .none { throw PythonError.valueError("Cannot specify both ',' and '_'.") }
            grouping = .underscore; pos += 1
        }
        if pos < s.count && s[pos] == "," && grouping == .underscore {
            throw PythonError.valueError("Cannot specify both ',' and '_'.")
        }
        if pos < s.count && s[pos] == "." {
            pos += 1
            guard let p = try FormatSpec.integer(s, &pos) else {
                throw PythonError.valueError("Format specifier missing precision")
            }
            precision = p
        }
        if s.count - pos > 1 {
            throw PythonError.valueError(
                "Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if pos < s.count { type = s[pos] }
        if grouping != .none {
            switch type {
            case "d", "e", "f", "g", "E", "G", "%", "F", nil:
                break
            case "b", "o", "x", "X":
                // Only '_' (every four digits) is allowed for bin/oct/hex.
                if grouping == .underscore { break }
                fallthrough
            default:
                let mark = grouping == .comma ? "," : "_"
                throw PythonError.valueError("Cannot specify '\(mark)' with \(quotedCode(type!)).")
            }
        }
    }

    /// The value of a Unicode decimal digit (CPython's `Py_UNICODE_TODECIMAL`), ASCII first.
    @inline(__always)
    private static func decimalDigit(_ c: Unicode.Scalar) -> Int? {
        if c.value >= 48 && c.value <= 57 { return Int(c.value - 48) }
        if c.value < 128 { return nil }
        return c.properties.numericType == .decimal ? c.properties.numericValue.map { Int($0) } : nil
    }

    /// Reads a run of decimal digits; nil when there is none.
    private static func integer(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var value = 0
        var consumed = 0
        while pos < s.count, let digit = FormatSpec.decimalDigit(s[pos]) {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(digit))
            if o1 || o2 { throw PythonError.valueError("Too many decimal digits in format string") }
            value = sum
            pos += 1
            consumed += 1
        }
        return consumed == 0 ? nil : value
    }
}

extension FormatSpec {
    /// `init(parsing:…)` through a small cache of recent specs: an f-string in a loop formats
    /// with the same few specs again and again. (The interpreter runs on one thread; only
    /// successful parses are kept.)
    public static func parsed(_ spec: String, typeName: String, defaultType: Unicode.Scalar?,
                              defaultAlign: Unicode.Scalar) throws -> FormatSpec {
        for entry in recent where entry.text == spec && entry.defaultType == defaultType
            && entry.defaultAlign == defaultAlign {
            return entry.spec
        }
        let parsed = try FormatSpec(parsing: spec, typeName: typeName, defaultType: defaultType,
                                    defaultAlign: defaultAlign)
        if recent.count >= 8 { recent.removeFirst() }
        recent.append(RecentSpec(text: spec, defaultType: defaultType, defaultAlign: defaultAlign, spec: parsed))
        return parsed
    }

    private struct RecentSpec {
        var text: String
        var defaultType: Unicode.Scalar?
        var defaultAlign: Unicode.Scalar
        var spec: FormatSpec
    }

    nonisolated(unsafe) private static var recent: [RecentSpec] = []
}

/// A type code inside quotes the way CPython's error messages print it:
/// `'d'`, or `'\x1'` for control and non-ASCII characters.
func quotedCode(_ c: Unicode.Scalar) -> String {
    if c.value > 32 && c.value < 128 { return "'\(c)'" }
    return "'\\x\(String(c.value, radix: 16))'"
}

/// CPython's "Unknown format code" error for `typeName`.
func unknownFormatCode(_ c: Unicode.Scalar, _ typeName: String) -> PythonError {
    .valueError("Unknown format code \(quotedCode(c)) for object of type '\(typeName)'")
}
