import BigInt

// `float.hex()` and `float.fromhex()` as CPython's floatobject.c (float_hex, float_fromhex).

/// `x.hex()`: `[-]0x<digit>.<13 hex digits>p<sign><exponent>`; subnormals keep exponent -1022
/// with a leading 0 digit; inf and nan are their repr.
public func pythonFloatHex(_ x: Double) -> String {
    if x.isNaN || x.isInfinite { return pythonFloatRepr(x) }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    // frexp: |x| = m * 2**e with 0.5 <= m < 1.
    let a = abs(x)
    var e = Int(a.exponent) + 1
    var m = a.significand / 2
    // The leading digit is 1 for normal numbers; subnormals stay at exponent -1022 (leading 0).
    let shift = 1 - max(-1021 - e, 0)
    m = Double(sign: .plus, exponent: shift, significand: m)
    e -= shift
    let hex = Array("0123456789abcdef")
    var lead = Int(m)
    m -= Double(lead)
    var out = x.sign == .minus ? "-0x" : "0x"
    out.append(hex[lead])
    out += "."
    for _ in 0..<13 {
        m *= 16
        lead = Int(m)
        m -= Double(lead)
        out.append(hex[lead])
    }
    return out + "p" + (e < 0 ? "-" : "+") + String(abs(e))
}

/// `float.fromhex(s)`: optional whitespace and sign, `inf`/`infinity`/`nan`, or hex digits with
/// an optional `0x`, point and binary exponent `p±N`; rounded half to even like CPython.
public func pythonFloatFromHex(_ text: String) throws -> Double {
    let invalid = PythonError.valueError("invalid hexadecimal floating-point string")
    let tooLarge = PythonError.overflowError("hexadecimal value too large to represent as a float")
    var s = Substring(text).unicodeScalars[...]
    func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || (c.value >= 9 && c.value <= 13) }
    while let c = s.first, isSpace(c) { s.removeFirst() }
    while let c = s.last, isSpace(c) { s.removeLast() }
    var negative = false
    if let c = s.first, c == "-" || c == "+" { negative = c == "-"; s.removeFirst() }
    let word = String(String.UnicodeScalarView(s)).lowercased()
    if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
    if word == "nan" { return negative ? -.nan : .nan }
    if word.hasPrefix("0x") { s.removeFirst(2) }
    var mantissa = BigInt(0)
    var digits = 0, fractionDigits = 0
    var seenPoint = false
    while let c = s.first {
        if c == ".", !seenPoint { seenPoint = true; s.removeFirst(); continue }
        guard let d = Int(String(c), radix: 16) else { break }
        mantissa = mantissa * 16 + BigInt(d)
        digits += 1
        if seenPoint { fractionDigits += 1 }
        s.removeFirst()
    }
    guard digits > 0 else { throw invalid }
    var exponent = BigInt(0)
    if let c = s.first, c == "p" || c == "P" {
        s.removeFirst()
        var expNegative = false
        if let c = s.first, c == "-" || c == "+" { expNegative = c == "-"; s.removeFirst() }
        var expDigits = 0
        while let c = s.first, c.value >= 48 && c.value <= 57 {
            exponent = exponent * 10 + BigInt(Int(c.value - 48))
            expDigits += 1
            s.removeFirst()
        }
        guard expDigits > 0 else { throw invalid }
        if expNegative { exponent = -exponent }
    }
    guard s.isEmpty else { throw invalid }
    if mantissa.isZero { return negative ? -0.0 : 0.0 }
    // value = mantissa * 2**e, exactly; round to 53 bits (fewer for subnormals), half to even.
    let e = exponent - BigInt(4 * fractionDigits)
    let top = BigInt(mantissa.magnitude.bitWidth - 1) + e
    if top > 1100 { throw tooLarge }
    if top < -1200 { return negative ? -0.0 : 0.0 }
    let exp = Int(e)
    let topBit = Int(top)
    let lsb = max(topBit - 52, -1074)
    var q: BigInt
    let shift = lsb - exp
    if shift > 0 {
        q = mantissa >> shift
        let rest = mantissa - (q << shift)
        let half = BigInt(1) << (shift - 1)
        if rest > half || (rest == half && q & 1 == 1) { q += 1 }
    } else {
        q = mantissa << (-shift)
    }
    let value = Double(sign: .plus, exponent: lsb, significand: Double(q))
    if value.isInfinite { throw tooLarge }
    return negative ? -value : value
}
