/// The MT19937 generator with CPython's seeding routines (`init_genrand`,
/// `init_by_array`) and 32-bit output, as in CPython's `_randommodule.c`.
public struct MT19937 {
    static let n = 624
    static let m = 397

    var state = [UInt32](repeating: 0, count: MT19937.n)
    var index = MT19937.n + 1

    /// A generator seeded from a key of 32-bit words (least significant word first),
    /// exactly as CPython seeds from an int.
    public init(key: [UInt32]) {
        seed(key: key)
    }

    /// Re-seeds with `init_by_array(key)`.
    public mutating func seed(key: [UInt32]) {
        let key = key.isEmpty ? [0] : key
        initGenrand(19650218)
        var i = 1
        var j = 0
        for _ in 0..<max(MT19937.n, key.count) {
            let previous = state[i - 1] ^ (state[i - 1] >> 30)
            state[i] = (state[i] ^ (previous &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= MT19937.n { state[0] = state[MT19937.n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(MT19937.n - 1) {
            let previous = state[i - 1] ^ (state[i - 1] >> 30)
            state[i] = (state[i] ^ (previous &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= MT19937.n { state[0] = state[MT19937.n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000 // MSB is 1, assuring a non-zero initial array
    }

    private mutating func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<MT19937.n {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = MT19937.n
    }

    /// Refills the state block of 624 words.
    private mutating func twist() {
        let upper: UInt32 = 0x8000_0000
        let lower: UInt32 = 0x7fff_ffff
        let matrixA: UInt32 = 0x9908_b0df
        for k in 0..<MT19937.n {
            let y = (state[k] & upper) | (state[(k + 1) % MT19937.n] & lower)
            let mixed = state[(k + MT19937.m) % MT19937.n] ^ (y >> 1)
            state[k] = (y & 1) == 0 ? mixed : mixed ^ matrixA
        }
        index = 0
    }

    /// The next 32-bit output (`genrand_uint32`).
    public mutating func next32() -> UInt32 {
        if index >= MT19937.n { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }
}
