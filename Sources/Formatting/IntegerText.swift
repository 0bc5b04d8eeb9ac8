import BigInt

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
public let defaultMaxStrDigits = 4300

/// The ValueError for converting an int with too many digits to decimal text.
func intMaxStrDigitsError(_ limit: Int) -> PythonError {
    .valueError("Exceeds the limit (\(limit) digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit")
}

/// `str(value)` / `repr(value)` for an int, raising CPython 3.11's ValueError when
/// the decimal text would exceed `maxStrDigits` digits (0 disables the limit).
public func pythonIntString(_ value: BigInt, maxStrDigits: Int = defaultMaxStrDigits) throws -> String {
    if let small = Int(exactly: value) { return String(small) }
    if maxStrDigits > 0 {
        // Reject hopeless sizes before the quadratic conversion: log10(2) > 0.301.
        let bits = value.magnitude.bitWidth
        if Double(bits - 1) * 0.30102999 > Double(maxStrDigits) + 1 {
            throw intMaxStrDigitsError(maxStrDigits)
        }
    }
    let text = String(value.magnitude)
    if maxStrDigits > 0 && text.utf8.count > maxStrDigits {
        throw intMaxStrDigitsError(maxStrDigits)
    }
    return value.sign == .minus && !value.isZero ? "-" + text : text
}

/// `hex(value)`: `0x…` or `-0x…` in lower case (no digit limit for power-of-two bases).
public func pythonHex(_ value: BigInt) -> String { prefixed(value, radix: 16, prefix: "0x") }

/// `oct(value)`: `0o…` or `-0o…`.
public func pythonOct(_ value: BigInt) -> String { prefixed(value, radix: 8, prefix: "0o") }

/// `bin(value)`: `0b…` or `-0b…`.
public func pythonBin(_ value: BigInt) -> String { prefixed(value, radix: 2, prefix: "0b") }

private func prefixed(_ value: BigInt, radix: Int, prefix: String) -> String {
    let digits = String(value.magnitude, radix: radix)
    return (value.sign == .minus && !value.isZero ? "-" : "") + prefix + digits
}
