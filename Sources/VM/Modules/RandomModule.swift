import BigInt
import Compiler
import MersenneTwister

/// `random`: CPython's Mersenne Twister sequences (the MersenneTwister target), one generator
/// per VM, starting as `seed(options.randomSeed)`.
extension VM {
    @discardableResult
    func population(_ v: Value, _ fn: String, materialize: Bool = true) throws -> [Value] {
        if case .obj(let o) = v, o.kind == .set || o.kind == .frozenset || o.kind == .dict {
            if fn == "sample" {
                throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
            }
        }
        return materialize ? try iterate(v) : []
    }

    static let randomModule = NativeModule(name: "random") { vm, m in
        vm.random = PythonRandom(seed: BigInt(vm.options.randomSeed))
        m.function("seed") { vm, a in
            let x: Value = a.count > 0 ? a[0] : (a.keyword("a") ?? .none)
            switch x {
            case .none: vm.random = PythonRandom(seed: BigInt(vm.options.randomSeed))
            case .int(let i): vm.random.seed(i)
            case .bool(let b): vm.random.seed(b ? 1 : 0)
            case .float(let d): try vm.py { try vm.random.seed(d) }
            case .str(let s): vm.random.seed(s.value)
            case .obj(let o) where o.kind == .bigint: vm.random.seed((o as! PyBigInt).value)
            case .obj(let o) where o.kind == .bytes: vm.random.seed(bytes: (o as! PyBytes).bytes)
            default:
                throw vm.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
            return .none
        }
        m.function("random") { vm, _ in .float(vm.random.random()) }
        m.function("uniform") { vm, a in
            try vm.expectArgs("uniform", a, 2)
            return .float(vm.random.uniform(try vm.mathArg(a[0]), try vm.mathArg(a[1])))
        }
        // gauss(mu=0.0, sigma=1.0) and normalvariate(mu=0.0, sigma=1.0) (defaults new in 3.11).
        for name in ["gauss", "normalvariate"] {
            m.function(name) { vm, a in
                try vm.expectRange(name, a, 0, 2)
                let mu = a.count > 0 ? a[0] : (a.keyword("mu") ?? .float(0))
                let sigma = a.count > 1 ? a[1] : (a.keyword("sigma") ?? .float(1))
                let z = name == "gauss" ? vm.random.gaussDeviate() : vm.random.normalDeviate()
                return try vm.binaryOp(.add, mu, try vm.binaryOp(.mul, .float(z), sigma))
            }
        }
        m.function("randint") { vm, a in
            try vm.expectArgs("randint", a, 2)
            let lo = try vm.randomInt(a[0], "randint"), hi = try vm.randomInt(a[1], "randint")
            return .bigint(try vm.py { try vm.random.randint(lo, hi) })
        }
        m.function("randrange") { vm, a in
            try vm.expectRange("randrange", a, 1, 3)
            let start = try vm.randomInt(a[0], "arg 1")
            let stop: BigInt? = a.count > 1 && !a[1].isNone ? try vm.randomInt(a[1], "stop") : nil
            if stop == nil && a.count > 2 { throw vm.typeError("Missing a non-None stop argument") }
            let step: BigInt = a.count > 2 ? try vm.randomInt(a[2], "step") : 1
            return .bigint(try vm.py { try vm.random.randrange(start, stop, step: step) })
        }
        m.function("getrandbits") { vm, a in
            try vm.expectArgs("getrandbits", a, 1)
            guard case .int(let k) = a[0] else { throw vm.typeError("'\(vm.typeName(a[0]))' object cannot be interpreted as an integer") }
            if k < 0 { throw vm.valueError("number of bits must be non-negative") }
            return .bigint(try vm.py { try vm.random.getrandbits(k) })
        }
        m.function("choice") { vm, a in
            try vm.expectArgs("choice", a, 1)
            // CPython: seq[self._randbelow(len(seq))], for any sequence.
            let n = try vm.length(a[0])
            return try vm.getItem(a[0], .int(try vm.py { try vm.random.choiceIndex(count: n) }))
        }
        m.function("shuffle") { vm, a in
            guard case .obj(let o) = a[0], let l = o as? PyList else {
                throw vm.typeError("'\(vm.typeName(a[0]))' object does not support item assignment")
            }
            vm.random.shuffle(&l.items)
            return .none
        }
        m.function("sample") { vm, a in
            try vm.expectRange("sample", a, 1, 2)
            _ = try vm.population(a[0], "sample", materialize: false)
            guard let kv = a.count > 1 ? a[1] : a.keyword("k"), case .int(let k) = kv else {
                throw vm.typeError("sample() missing 1 required keyword-only argument: 'k'")
            }
            let n = try vm.length(a[0])
            if let counts = a.keyword("counts"), !counts.isNone {
                // CPython: sample range(total) and map each pick through bisect_right on the
                // running totals, so `counts` repeats elements without building the list.
                var cumulative: [Value] = []
                for c in try vm.iterate(counts) {
                    cumulative.append(try cumulative.last.map { try vm.binaryOp(.add, $0, c) } ?? c)
                }
                if cumulative.count != n { throw vm.valueError("The number of counts does not match the population") }
                let totalValue = cumulative.removeLast()
                guard case .int(let total) = totalValue else {
                    if case .obj(let o) = totalValue, o.kind == .bigint { throw vm.overflowError("Python int too large to convert to C ssize_t") }
                    throw vm.typeError("Counts must be integers")
                }
                if total <= 0 { throw vm.valueError("Total of counts must be greater than zero") }
                let picks = try vm.py { try vm.random.sample(populationCount: total, k: k) }
                return .obj(PyList(try picks.map { s in
                    var lo = 0, hi = cumulative.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if try vm.isTrue(try vm.compare(.lt, .int(s), cumulative[mid])) { hi = mid } else { lo = mid + 1 }
                    }
                    return try vm.getItem(a[0], .int(lo))
                }))
            }
            // Indices first, then population[j] (a range is never materialised).
            let idx = try vm.py { try vm.random.sample(populationCount: n, k: k) }
            return .obj(PyList(try idx.map { try vm.getItem(a[0], .int($0)) }))
        }
        m.function("choices") { vm, a in
            let items = try vm.population(a[0], "choices")
            var k = 1
            if let kv = a.keyword("k") {
                guard case .int(let n) = kv else { throw vm.typeError("'\(vm.typeName(kv))' object cannot be interpreted as an integer") }
                k = n
            }
            let weights = a.count > 1 ? a[1] : (a.keyword("weights") ?? .none)
            let cum = a.keyword("cum_weights") ?? .none
            if !weights.isNone && !cum.isNone { throw vm.typeError("Cannot specify both weights and cumulative weights") }
            var cumulative: [Double]? = nil
            if !cum.isNone {
                cumulative = try vm.iterate(cum).map { try vm.mathArg($0) }
            } else if !weights.isNone {
                var acc = 0.0
                var out: [Double] = []
                for w in try vm.iterate(weights) { acc += try vm.mathArg(w); out.append(acc) }
                cumulative = out
            }
            let idx: [Int]
            if let c = cumulative {
                if c.count != items.count { throw vm.valueError("The number of weights does not match the population") }
                idx = try vm.py { try vm.random.choicesIndices(cumulativeWeights: c, k: k) }
            } else {
                idx = try vm.py { try vm.random.choicesIndices(count: items.count, k: k) }
            }
            return .obj(PyList(idx.map { items[$0] }))
        }
    }

    /// randrange's argument conversion (3.11): an index, else `int(v)` with a
    /// DeprecationWarning, and a ValueError when that changed the value.
    func randomInt(_ v: Value, _ which: String) throws -> BigInt {
        if let n = asNum(v), !n.isFloat { return big(n) }
        if case .obj(let o) = v, !o.cls.isBuiltin, o.cls.lookup("__index__") != nil { return try indexBig(v) }
        let converted = try intConstructor(Args([v]))
        if !(try equals(converted, v)) {
            warnCaller("DeprecationWarning", "randrange() will raise TypeError in the future")
            throw valueError("non-integer \(which) for randrange()")
        }
        warnCaller("DeprecationWarning", "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version")
        return try indexBig(converted)
    }
}
