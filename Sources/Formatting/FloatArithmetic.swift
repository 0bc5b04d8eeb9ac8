import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `x % y` for floats: the remainder takes the sign of `y` (CPython's float_rem).
public func pythonFloatMod(_ x: Double, _ y: Double) throws -> Double {
    if y == 0 { throw PythonError.zeroDivisionError("float modulo") }
    var mod = fmod(x, y)
    if mod != 0 {
        if (y < 0) != (mod < 0) { mod += y }
    } else {
        // Signed zeros differ across libms; CPython pins the sign to y's.
        mod = copysign(0.0, y)
    }
    return mod
}

/// `x // y` for floats.
public func pythonFloatFloorDiv(_ x: Double, _ y: Double) throws -> Double {
    if y == 0 { throw PythonError.zeroDivisionError("float floor division by zero") }
    return floatDivMod(x, y).quotient
}

/// `divmod(x, y)` for floats.
public func pythonFloatDivMod(_ x: Double, _ y: Double) throws -> (quotient: Double, remainder: Double) {
    if y == 0 { throw PythonError.zeroDivisionError("float divmod()") }
    return floatDivMod(x, y)
}

/// CPython's `_float_div_mod`: the quotient is snapped to the nearest integer
/// because `(x - mod) / y` is only approximately integral.
private func floatDivMod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
    var mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 {
        if (y < 0) != (mod < 0) {
            mod += y
            div -= 1.0
        }
    } else {
        mod = copysign(0.0, y)
    }
    var floorDiv: Double
    if div != 0 {
        floorDiv = floor(div)
        if div - floorDiv > 0.5 { floorDiv += 1.0 }
    } else {
        floorDiv = copysign(0.0, x / y)
    }
    return (floorDiv, mod)
}

/// `x ** y` for floats with CPython's special cases. A negative base with a
/// non-integral exponent gives a complex number in CPython: reported as unsupported.
public func pythonFloatPow(_ x: Double, _ y: Double) throws -> Double {
    if y == 0 { return 1.0 }
    if x.isNaN { return x }
    if y.isNaN { return x == 1.0 ? 1.0 : y }
    if y.isInfinite {
        let base = fabs(x)
        if base == 1.0 { return 1.0 }
        return (y > 0) == (base > 1.0) ? fabs(y) : 0.0
    }
    let yIsOddInteger = fmod(fabs(y), 2.0) == 1.0
    if x.isInfinite {
        if y > 0 { return yIsOddInteger ? x : fabs(x) }
        return yIsOddInteger ? copysign(0.0, x) : 0.0
    }
    if x == 0 {
        if y < 0 { throw PythonError.zeroDivisionError("0.0 cannot be raised to a negative power") }
        return yIsOddInteger ? x : 0.0
    }
    var base = x
    var negate = false
    if x < 0 {
        if y != floor(y) {
            // CPython goes complex; only its overflow error is within reach here.
            if pow(-x, y).isInfinite { throw PythonError.overflowError("complex exponentiation") }
            throw PythonError.unsupported("complex numbers are not supported: a negative number raised to a fractional power")
        }
        base = -x
        negate = yIsOddInteger
    }
    if base == 1.0 { return negate ? -1.0 : 1.0 }
    var result = pow(base, y)
    if negate { result = -result }
    if result.isInfinite {
        throw PythonError.overflowError("(34, 'Numerical result out of range')")
    }
    return result
}

/// `round(x, ndigits)` for a float: correctly rounded, half to even on the exact
/// binary value (so `round(2.675, 2) == 2.67`), like CPython's `double_round`.
public func pythonFloatRound(_ x: Double, ndigits: Int) throws -> Double {
    if !x.isFinite { return x }
    // Beyond these, x rounds to itself or to a signed zero (CPython's NDIGITS_MAX/MIN).
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    if ndigits >= 0 {
        // printf's %.Nf is the correctly rounded decimal; strtod reads it back exactly.
        let text = cFormat("f", precision: ndigits, x)
        return strtod(text, nil)
    }
    return try roundToTens(x, power: -ndigits)
}

/// Rounds to a multiple of 10**power (power > 0) using exact integer arithmetic.
private func roundToTens(_ x: Double, power: Int) throws -> Double {
    let (numerator, denominatorShift) = exactRatio(x.magnitude)
    var scale = BigUInt.pow10(power)
    scale <<= denominatorShift
    var (q, r) = numerator.quotientAndRemainder(dividingBy: scale)
    r <<= 1
    if r > scale || (r == scale && q[bitAt: 0]) { q += 1 }
    let value = BigInt(q * BigUInt.pow10(power))
    guard let magnitude = roundedQuotient(value.magnitude, 1) else {
        throw PythonError.overflowError("rounded value too large to represent")
    }
    return x.sign == .minus ? -magnitude : magnitude
}

/// `round(x)` with no ndigits: the nearest int, ties to even.
public func pythonFloatRoundToInt(_ x: Double) throws -> BigInt {
    try pythonFloatToInt(x.rounded(.toNearestOrEven))
}

/// `int(x)` for a float: truncation toward zero, with CPython's errors for
/// infinities and NaN.
public func pythonFloatToInt(_ x: Double) throws -> BigInt {
    if x.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
    if x.isInfinite { throw PythonError.overflowError("cannot convert float infinity to integer") }
    let t = x.rounded(.towardZero)
    if let small = Int(exactly: t) { return BigInt(small) }
    let (numerator, shift) = exactRatio(t.magnitude)
    let magnitude = numerator >> shift
    let value = BigInt(magnitude)
    return t < 0 ? -value : value
}

/// |x| as numerator / 2**shift with an integer numerator.
private func exactRatio(_ x: Double) -> (BigUInt, Int) {
    if x == 0 { return (0, 0) }
    let significand = x.significandBitPattern | (x.isNormal ? (1 << 52) : 0)
    let exponent = x.isNormal ? Int(x.exponentBitPattern) - 1075 : -1074
    if exponent >= 0 { return (BigUInt(significand) << exponent, 0) }
    return (BigUInt(significand), -exponent)
}
