import Compiler
import BigInt
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// `math`: libm functions with CPython's domain and range errors.
extension VM {
    func mathArg(_ v: Value) throws -> Double {
        if let n = asNum(v) { return try toDouble(n) }
        if case .obj(let o) = v, !o.cls.isBuiltin, let m = o.cls.lookup("__float__") {
            if case .float(let d) = try call(m, [v]) { return d }
        }
        throw typeError("must be real number, not \(typeName(v))")
    }

    static let mathModule = NativeModule(name: "math") { vm, m in
        m.add("pi", .float(Double.pi))
        m.add("e", .float(M_E))
        m.add("tau", .float(2 * Double.pi))
        m.add("inf", .float(.infinity))
        m.add("nan", .float(.nan))
        // CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite
        // argument is a range error where the function can overflow, else a domain error (a pole).
        func unary(_ name: String, _ f: @escaping (Double) -> Double, domain: ((Double) -> Bool)? = nil,
                   canOverflow: Bool = true) {
            m.function(name) { vm, a in
                try vm.expectArgs(name, a, 1)
                let x = try vm.mathArg(a[0])
                if let ok = domain, !ok(x) { throw vm.valueError("math domain error") }
                let r = f(x)
                if r.isNaN && !x.isNaN { throw vm.valueError("math domain error") }
                if r.isInfinite && x.isFinite {
                    throw canOverflow ? vm.overflowError("math range error") : vm.valueError("math domain error")
                }
                return .float(r)
            }
        }
        // Logarithms accept ints of any size (CPython's loghelper): an int too big for a
        // float is split as m * 2**e first.
        func logarithm(_ v: Value, _ f: (Double) -> Double) throws -> Double {
            if case .obj(let o) = v, o.kind == .bigint {
                let b = unsafeDowncast(o, to: PyBigInt.self).value
                if b.sign == .minus { throw vm.valueError("math domain error") }
                if let d = try? vm.bigToDouble(b) { return f(d) }
                let (mant, e) = bigFrexp(b)
                return f(mant) + f(2.0) * Double(e)
            }
            let x = try vm.mathArg(v)
            if x.isNaN { return x }
            if x <= 0 { throw vm.valueError("math domain error") }
            return f(x)
        }
        for (name, f) in [("log2", { Glibc.log2($0) }), ("log10", { Glibc.log10($0) })] as [(String, (Double) -> Double)] {
            m.function(name) { vm, a in
                try vm.expectArgs(name, a, 1)
                return .float(try logarithm(a[0], f))
            }
        }
        unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 || $0.isNaN })
        unary("exp", { Glibc.exp($0) })
        unary("sin", { Glibc.sin($0) })
        unary("cos", { Glibc.cos($0) })
        unary("tan", { Glibc.tan($0) })
        unary("asin", { Glibc.asin($0) })
        unary("acos", { Glibc.acos($0) })
        unary("atan", { Glibc.atan($0) })
        unary("sinh", { Glibc.sinh($0) })
        unary("cosh", { Glibc.cosh($0) })
        unary("tanh", { Glibc.tanh($0) })
        unary("log1p", { Glibc.log1p($0) }, domain: { $0 > -1 || $0.isNaN }, canOverflow: false)
        unary("expm1", { Glibc.expm1($0) })
        unary("exp2", { Glibc.exp2($0) })
        unary("cbrt", { Glibc.cbrt($0) }, canOverflow: false)
        unary("asinh", { Glibc.asinh($0) }, canOverflow: false)
        unary("acosh", { Glibc.acosh($0) }, canOverflow: false)
        unary("atanh", { Glibc.atanh($0) }, canOverflow: false)
        unary("erf", { Glibc.erf($0) }, canOverflow: false)
        unary("erfc", { Glibc.erfc($0) }, canOverflow: false)
        // Poles at zero and the negative integers are domain errors (CPython's m_tgamma/m_lgamma).
        let notPole: (Double) -> Bool = { !($0 <= 0 && $0 == $0.rounded()) }
        unary("gamma", { Glibc.tgamma($0) }, domain: notPole)
        unary("lgamma", { Glibc.lgamma($0) }, domain: { $0.isInfinite || notPole($0) })
        unary("fabs", { abs($0) })
        unary("degrees", { $0 * 180 / Double.pi })
        unary("radians", { $0 * Double.pi / 180 })
        m.function("log") { vm, a in
            try vm.expectRange("log", a, 1, 2)
            let r = try logarithm(a[0]) { Glibc.log($0) }
            if a.count == 2 {
                let b = try logarithm(a[1]) { Glibc.log($0) }
                if b == 0 { throw vm.zeroDivision("float division by zero") }
                return .float(r / b)
            }
            return .float(r)
        }
        m.function("pow") { vm, a in
            try vm.expectArgs("pow", a, 2)
            let x = try vm.mathArg(a[0]), y = try vm.mathArg(a[1])
            if x == 0 && y < 0 { throw vm.valueError("math domain error") }
            if x < 0 && y != y.rounded() && y.isFinite { throw vm.valueError("math domain error") }
            let r = Glibc.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw vm.overflowError("math range error") }
            return .float(r)
        }
        m.function("remainder") { vm, a in
            try vm.expectArgs("remainder", a, 2)
            let x = try vm.mathArg(a[0]), y = try vm.mathArg(a[1])
            if x.isNaN || y.isNaN { return .float(.nan) }
            if x.isInfinite || y == 0 { throw vm.valueError("math domain error") }
            return .float(Glibc.remainder(x, y))
        }
        m.function("nextafter") { vm, a in
            try vm.expectArgs("nextafter", a, 2)
            return .float(Glibc.nextafter(try vm.mathArg(a[0]), try vm.mathArg(a[1])))
        }
        m.function("ulp") { vm, a in
            try vm.expectArgs("ulp", a, 1)
            let x = abs(try vm.mathArg(a[0]))
            if x.isNaN || x.isInfinite { return .float(x) }
            return .float(x.ulp)
        }
        m.function("atan2") { vm, a in .float(Glibc.atan2(try vm.mathArg(a[0]), try vm.mathArg(a[1]))) }
        m.function("hypot") { vm, a in
            var s = 0.0
            for x in a.positional { let d = try vm.mathArg(x); s += d * d }
            return .float(s.squareRoot())
        }
        m.function("copysign") { vm, a in .float(Glibc.copysign(try vm.mathArg(a[0]), try vm.mathArg(a[1]))) }
        m.function("fmod") { vm, a in
            let x = try vm.mathArg(a[0]), y = try vm.mathArg(a[1])
            if y == 0 || x.isInfinite { throw vm.valueError("math domain error") }
            return .float(Glibc.fmod(x, y))
        }
        func toInt(_ name: String, _ rule: FloatingPointRoundingRule) {
            m.function(name) { vm, a in
                try vm.expectArgs(name, a, 1)
                if let n = vm.asNum(a[0]), !n.isFloat { return .bigint(vm.big(n)) }
                if case .obj(let o) = a[0], !o.cls.isBuiltin, let meth = o.cls.lookup("__\(name)__") { return try vm.call(meth, [a[0]]) }
                let x = try vm.mathArg(a[0])
                if x.isNaN { throw vm.valueError("cannot convert float NaN to integer") }
                if x.isInfinite { throw vm.overflowError("cannot convert float infinity to integer") }
                return .bigint(BigInt(x.rounded(rule)))
            }
        }
        toInt("floor", .down)
        toInt("ceil", .up)
        toInt("trunc", .towardZero)
        m.function("modf") { vm, a in
            let x = try vm.mathArg(a[0])
            if x.isInfinite { return .obj(PyTuple([.float(Glibc.copysign(0, x)), .float(x)])) }
            let i = x.rounded(.towardZero)
            return .obj(PyTuple([.float(Glibc.copysign(x - i, x)), .float(i)]))
        }
        m.function("frexp") { vm, a in
            let x = try vm.mathArg(a[0])
            let r = signedFrexp(x)
            return .obj(PyTuple([.float(r.0), .int(r.1)]))
        }
        m.function("ldexp") { vm, a in
            let r = Glibc.ldexp(try vm.mathArg(a[0]), Int32(clamping: try vm.indexValue(a[1], for: "ldexp")))
            if r.isInfinite { throw vm.overflowError("math range error") }
            return .float(r)
        }
        m.function("dist") { vm, a in
            let p = try vm.iterate(a[0]).map { try vm.mathArg($0) }, q = try vm.iterate(a[1]).map { try vm.mathArg($0) }
            guard p.count == q.count else { throw vm.valueError("both points must have the same number of dimensions") }
            return .float(zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot())
        }
        m.function("isnan") { vm, a in .bool(try vm.mathArg(a[0]).isNaN) }
        m.function("isinf") { vm, a in .bool(try vm.mathArg(a[0]).isInfinite) }
        m.function("isfinite") { vm, a in .bool(try vm.mathArg(a[0]).isFinite) }
        m.function("isclose") { vm, a in
            let x = try vm.mathArg(a[0]), y = try vm.mathArg(a[1])
            let rel = try a.keyword("rel_tol").map { try vm.mathArg($0) } ?? 1e-9
            let absTol = try a.keyword("abs_tol").map { try vm.mathArg($0) } ?? 0
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = abs(y - x)
            return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
        }
        m.function("factorial") { vm, a in
            try vm.expectArgs("factorial", a, 1)
            guard let n = vm.asNum(a[0]), !n.isFloat else {
                throw vm.typeError("'\(vm.typeName(a[0]))' object cannot be interpreted as an integer")
            }
            let k = vm.big(n)
            if k.sign == .minus { throw vm.valueError("factorial() not defined for negative values") }
            guard let kk = Int(exactly: k), kk < 100_000 else { throw vm.memoryError() }
            var r = BigInt(1)
            if kk > 1 { for i in 2...kk { r *= BigInt(i) } }
            return .bigint(r)
        }
        m.function("gcd") { vm, a in
            var g = BigInt(0)
            for x in a.positional { g = g.greatestCommonDivisor(with: try vm.indexBig(x)) }
            return .bigint(BigInt(g.magnitude))
        }
        m.function("lcm") { vm, a in
            var l = BigInt(1)
            for x in a.positional {
                let v = try vm.indexBig(x)
                if v.isZero { return .int(0) }
                l = BigInt((l * v).magnitude) / l.greatestCommonDivisor(with: v)
            }
            return .bigint(l)
        }
        m.function("isqrt") { vm, a in
            let n = try vm.indexBig(a[0])
            if n.sign == .minus { throw vm.valueError("isqrt() argument must be nonnegative") }
            return .bigint(n.squareRoot())
        }
        m.function("comb") { vm, a in
            let n = try vm.indexBig(a[0]), k = try vm.indexBig(a[1])
            if n.sign == .minus || k.sign == .minus { throw vm.valueError("n must be a non-negative integer") }
            if k > n { return .int(0) }
            var r = BigInt(1)
            let kk = min(k, n - k)
            var i = BigInt(0)
            while i < kk { r = r * (n - i) / (i + 1); i += 1 }
            return .bigint(r)
        }
        m.function("perm") { vm, a in
            let n = try vm.indexBig(a[0])
            let k = a.count > 1 ? try vm.indexBig(a[1]) : n
            if k > n { return .int(0) }
            var r = BigInt(1)
            var i = BigInt(0)
            while i < k { r *= (n - i); i += 1 }
            return .bigint(r)
        }
        m.function("prod") { vm, a in
            var r: Value = a.keyword("start") ?? .int(1)
            for x in try vm.iterate(a[0]) { r = try vm.binaryOp(.mul, r, x) }
            return r
        }
        m.function("fsum") { vm, a in
            // Shewchuk's algorithm (as CPython's msum) for an exactly rounded sum.
            var partials: [Double] = []
            for x in try vm.iterate(a[0]) {
                var v = try vm.mathArg(x)
                var i = 0
                for var y in partials {
                    if abs(v) < abs(y) { swap(&v, &y) }
                    let hi = v + y
                    let lo = y - (hi - v)
                    if lo != 0 { partials[i] = lo; i += 1 }
                    v = hi
                }
                partials.removeSubrange(i...)
                partials.append(v)
            }
            return .float(partials.reduce(0, +))
        }
    }
}

/// A positive big int as `m * 2**e` with 0.5 <= m < 1, m correctly rounded to 53 bits
/// (CPython's _PyLong_Frexp: two extra bits plus a sticky bit, then one rounding).
func bigFrexp(_ b: BigInt) -> (Double, Int) {
    let mag = b.magnitude
    let bits = mag.bitWidth
    guard bits > 55 else { return signedFrexp(Double(UInt64(mag))) }
    let shift = bits - 55
    var top = UInt64(mag >> shift)
    if mag.trailingZeroBitCount < shift { top |= 1 }
    let (m, e) = signedFrexp(Double(top))
    return (m, e + shift)
}

