import BigInt

extension BigUInt {
    /// 10**n.
    static func pow10(_ n: Int) -> BigUInt { BigUInt(10).power(n) }
}
