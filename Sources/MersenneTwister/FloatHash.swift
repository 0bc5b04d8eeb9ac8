#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `hash(x)` for a float (`_Py_HashDouble` with 64-bit hashes):
/// the value reduced modulo the Mersenne prime 2**61 - 1, so that equal ints and
/// floats hash alike. Returns nil for NaN, whose hash CPython takes from the
/// object's address (not reproducible).
public func pythonFloatHash(_ x: Double) -> Int? {
    let bits: UInt64 = 61
    let modulus: UInt64 = (1 << bits) - 1
    if x.isNaN { return nil }
    if x.isInfinite { return x > 0 ? 314159 : -314159 }
    var exponent: Int32 = 0
    var mantissa = frexp(x, &exponent)
    var sign: Int = 1
    if mantissa < 0 { sign = -1; mantissa = -mantissa }
    var e = Int(exponent)
    var h: UInt64 = 0
    // Consume 28 bits of mantissa at a time, rotating the accumulator modulo 2**61-1.
    while mantissa != 0 {
        h = ((h << 28) & modulus) | h >> (bits - 28)
        mantissa *= 268435456.0
        e -= 28
        let y = UInt64(mantissa)
        mantissa -= Double(y)
        h += y
        if h >= modulus { h -= modulus }
    }
    let b = Int(bits)
    e = e >= 0 ? e % b : b - 1 - ((-1 - e) % b)
    h = ((h << UInt64(e)) & modulus) | h >> (bits - UInt64(e))
    var result = Int(bitPattern: UInt(h)) * sign
    if result == -1 { result = -2 }
    return result
}
