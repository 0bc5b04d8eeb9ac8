import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `float(value)` for an int: correctly rounded (half-even), OverflowError
/// "int too large to convert to float" beyond the double range.
public func bigIntToDouble(_ value: BigInt) throws -> Double {
    if let small = Int(exactly: value) { return Double(small) }
    guard let result = roundedQuotient(value.magnitude, BigUInt(1)) else {
        throw PythonError.overflowError("int too large to convert to float")
    }
    return value.sign == .minus ? -result : result
}

/// `a / b` for ints: the correctly rounded quotient, as CPython's long_true_divide.
public func intTrueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
    if b.isZero { throw PythonError.zeroDivisionError("division by zero") }
    // CPython's zero has no sign, so 0 / -5 is -0.0 from the divisor alone.
    let negative = (a.sign == .minus && !a.isZero) != (b.sign == .minus)
    // Both exactly representable: one IEEE division is already correctly rounded.
    if a.magnitude.bitWidth <= 53 && b.magnitude.bitWidth <= 53 {
        return Double(Int(a)) / Double(Int(b))
    }
    guard let q = roundedQuotient(a.magnitude, b.magnitude) else {
        throw PythonError.overflowError("integer division result too large for a float")
    }
    return negative ? -q : q
}

/// `a / b` for `Int` operands (the VM's fast path).
public func intTrueDivide(_ a: Int, _ b: Int) throws -> Double {
    if b == 0 { throw PythonError.zeroDivisionError("division by zero") }
    if a.magnitude < (1 << 53) && b.magnitude < (1 << 53) { return Double(a) / Double(b) }
    return try intTrueDivide(BigInt(a), BigInt(b))
}

/// The double nearest to a/b (ties to even, gradual underflow), nil on overflow.
///
/// The quotient is computed with at least 55 significant bits plus a sticky bit,
/// then rounded once to the precision the result's exponent allows.
func roundedQuotient(_ a: BigUInt, _ b: BigUInt) -> Double? {
    if a.isZero { return 0 }
    let estimate = a.bitWidth - b.bitWidth // value in [2^(estimate-1), 2^(estimate+1))
    let lsb = max(estimate - 56, -1074 - 3)  // exponent of the quotient's last bit
    var numerator = a
    var denominator = b
    if lsb < 0 { numerator <<= -lsb } else { denominator <<= lsb }
    var (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
    let sticky = !r.isZero
    // Keep 53 bits, or fewer once the result falls in the subnormal range.
    let topExponent = q.bitWidth + lsb // value < 2^topExponent
    if topExponent > 1024 { return nil }
    let finalLsb = max(topExponent - 53, -1074)
    let drop = finalLsb - lsb
    if drop > 0 {
        let half = BigUInt(1) << (drop - 1)
        let low = q & ((BigUInt(1) << drop) - 1)
        q >>= drop
        if low > half || (low == half && (sticky || q[bitAt: 0])) {
            q += 1
        }
    }
    let result = scalbn(Double(UInt64(q)), Int32(finalLsb))
    return result.isInfinite ? nil : result
}
