import BigInt

/// `a // b` for ints: the quotient rounded toward negative infinity.
public func pythonIntFloorDiv(_ a: BigInt, _ b: BigInt) throws -> BigInt {
    if b.isZero { throw PythonError.zeroDivisionError("integer division or modulo by zero") }
    return floorDivMod(a, b).quotient
}

/// `a % b` for ints: the remainder takes the sign of `b`.
public func pythonIntMod(_ a: BigInt, _ b: BigInt) throws -> BigInt {
    if b.isZero { throw PythonError.zeroDivisionError("integer modulo by zero") }
    return floorDivMod(a, b).remainder
}

/// `divmod(a, b)` for ints.
public func pythonIntDivMod(_ a: BigInt, _ b: BigInt) throws -> (quotient: BigInt, remainder: BigInt) {
    if b.isZero { throw PythonError.zeroDivisionError("integer division or modulo by zero") }
    return floorDivMod(a, b)
}

/// Swift divides toward zero; Python floors, so a remainder whose sign differs
/// from the divisor's moves one step.
private func floorDivMod(_ a: BigInt, _ b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && (r.sign == .minus) != (b.sign == .minus) {
        q -= 1
        r += b
    }
    return (q, r)
}

/// `round(n, ndigits)` for an int: unchanged for ndigits >= 0, else rounded to a
/// multiple of 10**-ndigits with ties to even. Where 10**-ndigits dwarfs n the
/// answer is 0 without computing the power (CPython would grind on it).
public func pythonIntRound(_ n: BigInt, ndigits: BigInt) -> BigInt {
    if ndigits.sign == .plus || ndigits.isZero { return n }
    let k = -ndigits
    // 10**k > 2|n| once k exceeds n's decimal length (bit length * log10(2) + 1).
    let decimalBound = Double(n.magnitude.bitWidth) * 0.30103 + 2
    if Double(k) > decimalBound { return 0 }
    let scale = BigInt(10).power(Int(k))
    var (q, r) = floorDivMod(n, scale)
    let twice = r * 2
    if twice > scale || (twice == scale && q.magnitude[bitAt: 0]) { q += 1 }
    return q * scale
}
