#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Formats one double with a C printf conversion (`%.*e` or `%.*f`).
///
/// glibc's printf is correctly rounded (exact decimal expansion, round-half-even),
/// which is what CPython's dtoa gives for the same precision; Foundation is avoided
/// to keep start-up fast.
func cFormat(_ conversion: Character, precision: Int, _ x: Double) -> String {
    if conversion == "f", let text = exactFixed(x, places: precision) { return text }
    let format = "%.*" + String(conversion)
    let p = Int32(clamping: precision)
    var buffer = [CChar](repeating: 0, count: 80)
    var needed = withVaList([p, x]) { vsnprintf(&buffer, buffer.count, format, $0) }
    if Int(needed) >= buffer.count {
        buffer = [CChar](repeating: 0, count: Int(needed) + 1)
        needed = withVaList([p, x]) { vsnprintf(&buffer, buffer.count, format, $0) }
    }
    return String(decoding: buffer[0..<Int(needed)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// `%.*f` without printf for the common case: x = m·2^e, so x·10^p = m·5^p·2^(e+p) is an
/// integer times a power of two, computed exactly in 128 bits and rounded half-to-even as
/// glibc does. Nil when it does not fit (the caller then asks printf).
func exactFixed(_ x: Double, places p: Int) -> String? {
    guard var digits = exactFixedDigits(x, places: p) else { return nil }
    if digits.count <= p { digits = [UInt8](repeating: UInt8(ascii: "0"), count: p + 1 - digits.count) + digits }
    var out = [UInt8]()
    out.reserveCapacity(digits.count + 2)
    if x.sign == .minus { out.append(UInt8(ascii: "-")) }
    out += digits[0..<(digits.count - p)]
    if p > 0 {
        out.append(UInt8(ascii: "."))
        out += digits[(digits.count - p)...]
    }
    return String(decoding: out, as: UTF8.self)
}

/// The decimal digits of |x|·10^p rounded half-to-even to an integer (no leading zeros;
/// "0" for zero), or nil when `exactFixed` cannot compute it exactly.
func exactFixedDigits(_ x: Double, places p: Int) -> [UInt8]? {
    guard let q = exactFixedInteger(x, places: p) else { return nil }
    guard let small = UInt64(exactly: q) else { return Array(String(q).utf8) }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
        let end = buffer.baseAddress! + 20
        let start = writeDecimalDigits(small, endingAt: end)
        return Array(UnsafeBufferPointer(start: start, count: end - start))
    }
}

/// |x|·10^p rounded half-to-even to an integer, exactly (x = m·2^e, so x·10^p =
/// m·5^p·2^(e+p)); nil when it does not fit 128 bits or p is out of 0...27.
func exactFixedInteger(_ x: Double, places p: Int) -> UInt128? {
    guard x.isFinite, p >= 0, p <= 27 else { return nil }
    let m = UInt128(x.significandBitPattern | (x.isNormal ? (1 << 52) : 0))
    let e = x.isNormal ? Int(x.exponentBitPattern) - 1075 : -1074
    var fivePower: UInt128 = 1
    for _ in 0..<p { fivePower &*= 5 }
    // m < 2^53 and 5^27 < 2^63: the product fits, below 2^116.
    let n = m &* fivePower
    let shift = e + p
    var q: UInt128
    if shift >= 0 {
        guard n.leadingZeroBitCount > shift else { return nil }
        q = n << UInt128(shift)
    } else {
        let s = -shift
        if s > 116 {
            q = 0  // below half a unit in the last place: rounds to zero
        } else {
            q = n >> UInt128(s)
            let rest = n & ((UInt128(1) << UInt128(s)) - 1)
            let half = UInt128(1) << UInt128(s - 1)
            if rest > half || (rest == half && q & 1 == 1) { q += 1 }
        }
    }
    return q
}

/// Writes the decimal digits of `value` right to left, ending just before `end`; returns
/// where they start.
func writeDecimalDigits(_ value: UInt64, endingAt end: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    var p = end
    var t = value
    repeat {
        p -= 1
        p.pointee = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: t % 10)
        t /= 10
    } while t > 0
    return p
}
