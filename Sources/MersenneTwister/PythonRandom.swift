import BigInt

/// CPython's `random.Random`: the same sequences for the same seeds.
///
/// Only the generator lives here; the VM adapts its values (sequences become
/// counts or arrays, ints become `Int`/`BigInt`).
public struct PythonRandom {
    var generator: MT19937
    /// `gauss()` makes two normal deviates at a time and keeps the second for the next
    /// call (CPython's `gauss_next`); every `seed` drops it.
    var gaussNext: Double? = nil

    /// A generator in the state of `random.seed(0)` (looplab's unseeded default).
    public init() { generator = MT19937(key: [0]) }

    /// A generator in the state of `random.seed(seed)`.
    public init(seed: BigInt) {
        generator = MT19937(key: [0])
        self.seed(seed)
    }

    // MARK: seeding

    /// `seed(n)` for an int: |n| split into 32-bit words, least significant first.
    public mutating func seed(_ n: BigInt) {
        var words: [UInt32] = []
        for word in n.magnitude.words {
            words.append(UInt32(truncatingIfNeeded: word))
            words.append(UInt32(truncatingIfNeeded: word >> 32))
        }
        while words.count > 1 && words.last == 0 { words.removeLast() }
        generator.seed(key: words.isEmpty ? [0] : words)
        gaussNext = nil
    }

    /// `seed(n)` for an int held in a machine word.
    public mutating func seed(_ n: Int) { seed(BigInt(n)) }

    /// `seed(s)` for a str (version 2): the big-endian int of
    /// `s.encode() + sha512(s.encode()).digest()`.
    public mutating func seed(_ s: String) { seed(bytes: Array(s.utf8)) }

    /// `seed(b)` for bytes/bytearray (version 2), as for str without encoding.
    public mutating func seed(bytes: [UInt8]) {
        let material = bytes + sha512(bytes)
        // The big-endian int's 32-bit words, least significant first.
        var words: [UInt32] = []
        var end = material.count
        while end > 0 {
            let start = max(0, end - 4)
            var word: UInt32 = 0
            for byte in material[start..<end] { word = word << 8 | UInt32(byte) }
            words.append(word)
            end = start
        }
        while words.count > 1 && words.last == 0 { words.removeLast() }
        generator.seed(key: words)
        gaussNext = nil
    }

    /// `seed(x)` for a float: CPython seeds with `hash(x)` read as an unsigned word.
    public mutating func seed(_ x: Double) throws {
        guard let hash = pythonFloatHash(x) else {
            throw RandomError.unsupported("seeding with a NaN float is not reproducible")
        }
        seed(BigInt(BigUInt(UInt64(bitPattern: Int64(hash)))))
    }

    // MARK: raw output

    /// `random()`: a double in [0, 1) from 53 random bits (two 32-bit outputs).
    public mutating func random() -> Double {
        let a = generator.next32() >> 5
        let b = generator.next32() >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for k <= 64, as an unsigned word.
    public mutating func getrandbitsWord(_ k: Int) -> UInt64 {
        precondition(k >= 0 && k <= 64)
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(generator.next32() >> UInt32(32 - k)) }
        let low = UInt64(generator.next32())
        let high = UInt64(generator.next32() >> UInt32(64 - k))
        return high << 32 | low
    }

    /// `getrandbits(k)` for any k: 32-bit words fill the result from the least
    /// significant end; the last word keeps its top bits.
    public mutating func getrandbits(_ k: Int) throws -> BigInt {
        if k < 0 { throw RandomError.valueError("number of bits must be non-negative") }
        if k <= 64 { return BigInt(BigUInt(getrandbitsWord(k))) }
        var words: [UInt] = []
        var remaining = k
        var pending: UInt = 0
        var half = 0
        while remaining > 0 {
            var r = generator.next32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            pending |= UInt(r) << UInt(32 * half)
            half += 1
            if half == 2 { words.append(pending); pending = 0; half = 0 }
            remaining -= 32
        }
        if half == 1 { words.append(pending) }
        return BigInt(BigUInt(words: words))
    }

    // MARK: integers in a range

    /// `_randbelow(n)` for n > 0: rejection sampling on `n.bit_length()` bits.
    public mutating func randbelow(_ n: Int) -> Int {
        precondition(n > 0)
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = Int(getrandbitsWord(k))
        while r >= n { r = Int(getrandbitsWord(k)) }
        return r
    }

    /// `_randbelow(n)` for an int of any size (n > 0).
    public mutating func randbelow(_ n: BigInt) -> BigInt {
        precondition(n > 0)
        if let small = Int(exactly: n) { return BigInt(randbelow(small)) }
        let k = n.magnitude.bitWidth
        var r = try! getrandbits(k)
        while r >= n { r = try! getrandbits(k) }
        return r
    }

    /// `randrange(stop)` (pass `stop: nil`, `start` as the stop) or
    /// `randrange(start, stop, step)`, with CPython 3.11's errors.
    public mutating func randrange(_ start: BigInt, _ stop: BigInt? = nil, step: BigInt = 1) throws -> BigInt {
        guard let stop = stop else {
            if step != 1 { throw RandomError.typeError("Missing a non-None stop argument") }
            if start > 0 { return randbelow(start) }
            throw RandomError.valueError("empty range for randrange()")
        }
        let width = stop - start
        if step == 1 {
            if width > 0 { return start + randbelow(width) }
            throw RandomError.valueError("empty range for randrange() (\(start), \(stop), \(width))")
        }
        let count: BigInt
        if step > 0 {
            count = floorDivide(width + step - 1, step)
        } else if step < 0 {
            count = floorDivide(width + step + 1, step)
        } else {
            throw RandomError.valueError("zero step for randrange()")
        }
        if count <= 0 { throw RandomError.valueError("empty range for randrange()") }
        return start + step * randbelow(count)
    }

    /// `randrange` for machine-word arguments.
    public mutating func randrange(_ start: Int, _ stop: Int? = nil, step: Int = 1) throws -> Int {
        if stop == nil && step == 1 && start > 0 { return randbelow(start) }
        if let stop = stop, step == 1, start < stop {
            let (width, overflow) = stop.subtractingReportingOverflow(start)
            if !overflow { return start + randbelow(width) }
        }
        let result = try randrange(BigInt(start), stop.map { BigInt($0) }, step: BigInt(step))
        return Int(result)
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    public mutating func randint(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        try randrange(a, b + 1)
    }

    /// `randint(a, b)` for machine words.
    public mutating func randint(_ a: Int, _ b: Int) throws -> Int {
        if b < Int.max { return try randrange(a, b + 1) }
        return Int(try randrange(BigInt(a), BigInt(b) + 1))
    }

    // MARK: sequences

    /// `choice(seq)`: the index of the chosen element in a sequence of `count` items.
    public mutating func choiceIndex(count: Int) throws -> Int {
        if count <= 0 { throw RandomError.indexError("Cannot choose from an empty sequence") }
        return randbelow(count)
    }

    /// `shuffle(x)` in place, with CPython's swap order.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, through: 1, by: -1) {
            let j = randbelow(i + 1)
            items.swapAt(i, j)
        }
    }

    /// `sample(population, k)`: indices into a population of `count` items, in
    /// selection order. CPython picks a pool algorithm or a set-based one from the
    /// sizes (its `setsize` rule), and each consumes randomness differently.
    public mutating func sample(populationCount n: Int, k: Int) throws -> [Int] {
        guard k >= 0 && k <= n else {
            throw RandomError.valueError("Sample larger than population or is negative")
        }
        var setsize = 21
        if k > 5 {
            setsize += Int(power4(ceilLog4(Double(k * 3))))
        }
        var result: [Int] = []
        result.reserveCapacity(k)
        if n <= setsize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = randbelow(n)
                while selected.contains(j) { j = randbelow(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }

    /// `choices(population, k=k)` without weights: indices `floor(random() * n)`.
    public mutating func choicesIndices(count n: Int, k: Int) throws -> [Int] {
        // CPython indexes the empty population and fails with that sequence's own
        // IndexError; this is a list's message (a VM with other sequences rewrites it).
        // The first random() is drawn before the failing index.
        if n == 0 && k > 0 {
            _ = random()
            throw RandomError.indexError("list index out of range")
        }
        let scale = Double(n)
        return (0..<max(k, 0)).map { _ in Int((random() * scale).rounded(.down)) }
    }

    /// `choices(population, cum_weights=cumulative, k=k)` (or `weights=` after the
    /// caller accumulated them): indices found by bisecting `random() * total`.
    public mutating func choicesIndices(cumulativeWeights cumulative: [Double], k: Int) throws -> [Int] {
        let n = cumulative.count
        guard let last = cumulative.last else {
            throw RandomError.indexError("list index out of range")
        }
        let total = last + 0.0
        if total <= 0.0 { throw RandomError.valueError("Total of weights must be greater than zero") }
        if !total.isFinite { throw RandomError.valueError("Total of weights must be finite") }
        var result: [Int] = []
        result.reserveCapacity(max(k, 0))
        for _ in 0..<max(k, 0) {
            let target = random() * total
            // bisect_right over cumulative[0..<n-1]
            var low = 0
            var high = n - 1
            while low < high {
                let mid = (low + high) / 2
                if target < cumulative[mid] { high = mid } else { low = mid + 1 }
            }
            result.append(low)
        }
        return result
    }

    /// `uniform(a, b)`: `a + (b - a) * random()`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * random()
    }
}

private func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
    let (q, r) = a.quotientAndRemainder(dividingBy: b)
    return (!r.isZero && (r.sign == .minus) != (b.sign == .minus)) ? q - 1 : q
}
