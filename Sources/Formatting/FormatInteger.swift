import BigInt

/// `format(value, spec)` for a Python int held in a machine word.
/// An empty spec gives `str(int)`; for bool the VM must answer `str(value)` itself.
public func formatInt(_ value: Int, _ spec: String, typeName: String = "int",
                      maxStrDigits: Int = defaultMaxStrDigits) throws -> String {
    try formatInteger(IntegerValue(value), spec, typeName: typeName, maxStrDigits: maxStrDigits)
}

/// `format(value, spec)` for a Python int of any size.
public func formatInt(_ value: BigInt, _ spec: String, typeName: String = "int",
                      maxStrDigits: Int = defaultMaxStrDigits) throws -> String {
    try formatInteger(IntegerValue(value), spec, typeName: typeName, maxStrDigits: maxStrDigits)
}

/// An int in whichever representation the caller had, so small ints stay fast.
enum IntegerValue {
    case small(Int)
    case big(BigInt)

    init(_ value: Int) { self = .small(value) }
    init(_ value: BigInt) { self = Int(exactly: value).map { .small($0) } ?? .big(value) }

    var isNegative: Bool {
        switch self {
        case .small(let n): return n < 0
        case .big(let n): return n.sign == .minus && !n.isZero
        }
    }

    /// The value if it fits a machine word.
    var small: Int? {
        if case .small(let n) = self { return n }
        return nil
    }

    /// Calls `body` with the digits of |value| in `radix`, lower case unless `uppercase`:
    /// a machine word's digits are written into a stack buffer.
    func withMagnitudeDigits<R>(radix: Int, uppercase: Bool, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch self {
        case .small(let n):
            return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
                let start = writeMagnitudeDigits(n.magnitude, radix: radix, uppercase: uppercase, endingAt: buffer.baseAddress! + 64)
                return try body(UnsafeBufferPointer(start: start, count: buffer.baseAddress! + 64 - start))
            }
        case .big(let n):
            return try Array(String(n.magnitude, radix: radix, uppercase: uppercase).utf8).withUnsafeBufferPointer(body)
        }
    }

    func toDouble() throws -> Double {
        switch self {
        case .small(let n): return Double(n)
        case .big(let n): return try bigIntToDouble(n)
        }
    }
}

/// Writes the digits of a machine-word magnitude right to left, ending just before `end`;
/// returns where they start. (The generic `String(_:radix:)` would make a String first.)
private func writeMagnitudeDigits(_ value: UInt, radix: Int, uppercase: Bool,
                                  endingAt end: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    let letters = uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")
    var p = end
    var m = value
    if radix == 10 { return writeDecimalDigits(UInt64(m), endingAt: end) }
    let base = UInt(radix)
    repeat {
        let d = UInt8(truncatingIfNeeded: m % base)
        p -= 1
        p.pointee = d < 10 ? UInt8(ascii: "0") + d : letters + d - 10
        m /= base
    } while m > 0
    return p
}

func formatInteger(_ value: IntegerValue, _ specText: String, typeName: String,
                   maxStrDigits: Int) throws -> String {
    if specText.isEmpty {
        return try decimalString(value, maxStrDigits: maxStrDigits)
    }
    let spec = try FormatSpec.parsed(specText, typeName: typeName, defaultType: "d", defaultAlign: ">")
    switch spec.type {
    case "b", "c", "d", "o", "x", "X", "n":
        break
    case "e", "E", "f", "F", "g", "G", "%":
        return try formatDouble(value.toDouble(), spec: spec)
    default:
        throw unknownFormatCode(spec.type ?? "\0", typeName)
    }
    if spec.precision != nil {
        throw PythonError.valueError("Precision not allowed in integer format specifier")
    }
    if spec.noNegativeZero {
        throw PythonError.valueError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    if spec.type == "c" {
        if spec.sign != nil {
            throw PythonError.valueError("Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw PythonError.valueError("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard let code = value.small else {
            throw PythonError.overflowError("Python int too large to convert to C long")
        }
        guard code >= 0 && code <= 0x10FFFF else {
            throw PythonError.overflowError("%c arg not in range(0x110000)")
        }
        guard let scalar = LoneSurrogates.scalar(UInt32(code)) else {
            // Lone surrogates are valid in Python strings but not in Swift's.
            throw PythonError.unsupported(LoneSurrogates.unsupportedMessage)
        }
        // 'c' goes through the number layout with the character as "remainder".
        var character: [UInt8] = []
        UTF8.encode(scalar) { character.append($0) }
        return character.withUnsafeBufferPointer { remainder in
            layoutNumber(NumberParts(negative: false, digits: UnsafeBufferPointer(start: nil, count: 0), remainder: remainder),
                         spec: spec, groupSize: 0)
        }
    }
    var radix = 10
    var prefix: StaticString = ""
    switch spec.type {
    case "b": radix = 2; prefix = "0b"
    case "o": radix = 8; prefix = "0o"
    case "x": radix = 16; prefix = "0x"
    case "X": radix = 16; prefix = "0X"
    default: break
    }
    var groupSize = 0
    if spec.grouping != .none { groupSize = radix == 10 ? 3 : 4 }
    return try value.withMagnitudeDigits(radix: radix, uppercase: spec.type == "X") { digits in
        if radix == 10 && maxStrDigits > 0 && digits.count > maxStrDigits {
            throw intMaxStrDigitsError(maxStrDigits)
        }
        let parts = NumberParts(negative: value.isNegative, prefix: spec.alternate ? prefix : "",
                                digits: digits, remainder: UnsafeBufferPointer(start: nil, count: 0))
        return layoutNumber(parts, spec: spec, groupSize: groupSize)
    }
}

/// `str(value)` for an int, with 3.11's limit on decimal digits.
func decimalString(_ value: IntegerValue, maxStrDigits: Int) throws -> String {
    switch value {
    case .small(let n): return String(n)
    case .big(let n): return try pythonIntString(n, maxStrDigits: maxStrDigits)
    }
}
