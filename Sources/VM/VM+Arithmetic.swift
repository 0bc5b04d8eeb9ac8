import BigInt
import Formatting
import Compiler
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A number operand after promotion: int (small or big) or float.
enum Num {
    case int(Int)
    case big(BigInt)
    case float(Double)
}

/// Integer and float arithmetic with Python's semantics: ints never overflow (they become
/// BigInt), floor division and modulo round toward negative infinity, and errors carry
/// CPython's messages.
extension VM {
    func asNum(_ v: Value) -> Num? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .obj(let o) where o.kind == .bigint: return .big(unsafeDowncast(o, to: PyBigInt.self).value)
        default: return nil
        }
    }

    func big(_ n: Num) -> BigInt {
        switch n {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return BigInt(d)
        }
    }

    /// int → float with CPython's error for huge ints.
    func toDouble(_ n: Num) throws -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .big(let b): return try bigToDouble(b)
        }
    }

    /// Correctly rounded BigInt → Double (the Formatting target's conversion, CPython's errors).
    func bigToDouble(_ b: BigInt) throws -> Double {
        try py { try bigIntToDouble(b) }
    }

    /// Checks that an int result of about `bits` bits fits the memory budget.
    func checkIntSize(bits: Double) throws {
        // One Swift big-int operation cannot be interrupted, so single results are capped well
        // below the memory budget (4 MiB ≈ 10 million digits; `10 ** 10 ** 8` fails at once).
        let limit = options.maxMemory
        if limit > 0 && bits / 8 > Double(min(limit, 1 << 22)) { throw memoryError() }
    }

    func numericOp(_ op: BinaryOp, _ a: Num, _ b: Num) throws -> Value {
        switch (a, b) {
        case (.float, _), (_, .float):
            return try floatOp(op, try toDouble(a), try toDouble(b), aIsInt: { if case .float = a { return false }; return true }(),
                               bIsInt: { if case .float = b { return false }; return true }())
        case (.int(let x), .int(let y)):
            return try smallIntOp(op, x, y)
        default:
            return try bigIntOp(op, big(a), big(b))
        }
    }

    /// The dispatch loop's fast path for two plain numbers (`operands[0] op operands[1]`): small
    /// ints whose result fits, floats, and ints mixed with floats, for the operators whose
    /// result needs no error check. Nil sends the operation down the general path, which gives
    /// the same results (and all the errors).
    @inline(__always)
    func numberFast(_ op: BinaryOp, _ operands: UnsafeMutablePointer<Value>) -> Value? {
        switch operands[0] {
        case .int(let x):
            switch operands[1] {
            case .int(let y): return smallIntFast(op, x, y).map { .int($0) }
            case .float(let y): return floatFast(op, Double(x), y)
            default: return nil
            }
        case .float(let x):
            switch operands[1] {
            case .float(let y): return floatFast(op, x, y)
            case .int(let y): return floatFast(op, x, Double(y))
            default: return nil
            }
        default: return nil
        }
    }

    @inline(__always)
    func smallIntFast(_ op: BinaryOp, _ x: Int, _ y: Int) -> Int? {
        switch op {
        case .add: let (r, o) = x.addingReportingOverflow(y); return o ? nil : r
        case .sub: let (r, o) = x.subtractingReportingOverflow(y); return o ? nil : r
        case .mul: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? nil : r
        case .and: return x & y
        case .or: return x | y
        case .xor: return x ^ y
        case .mod where y > 0:
            let r = x % y
            return r < 0 ? r + y : r
        case .floordiv where y > 0:
            let q = x / y
            return (x % y != 0 && x < 0) ? q - 1 : q
        default: return nil
        }
    }

    @inline(__always)
    func floatFast(_ op: BinaryOp, _ x: Double, _ y: Double) -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .truediv where y != 0: return .float(x / y)
        default: return nil
        }
    }

    @inline(__always)
    func smallIntOp(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .bigint(BigInt(x) + BigInt(y)) : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? .bigint(BigInt(x) - BigInt(y)) : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? .bigint(BigInt(x) * BigInt(y)) : .int(r)
        case .truediv:
            if y == 0 { throw zeroDivision("division by zero") }
            if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            return .float(try py { try intTrueDivide(x, y) })
        case .floordiv:
            if y == 0 { throw zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return .bigint(-BigInt(x)) }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if y == 0 { throw zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            var r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return .int(r)
        case .pow:
            return try intPow(BigInt(x), BigInt(y), smallBase: x, smallExp: y)
        case .lshift:
            if y < 0 { throw valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 63 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            try checkIntSize(bits: Double(y) + 64)
            return .bigint(BigInt(x) << y)
        case .rshift:
            if y < 0 { throw valueError("negative shift count") }
            if y >= 64 { return .int(x < 0 ? -1 : 0) }
            return .int(x >> y)
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        case .matmul: throw unsupportedOperands(op, .int(x), .int(y))
        }
    }

    func floorDivMod(_ x: BigInt, _ y: BigInt) -> (BigInt, BigInt) {
        var (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && ((r.sign == .minus) != (y.sign == .minus)) {
            q -= 1
            r += y
        }
        return (q, r)
    }

    func bigTrueDiv(_ x: BigInt, _ y: BigInt) throws -> Double {
        try py { try intTrueDivide(x, y) }
    }

    func intPow(_ base: BigInt, _ exp: BigInt, smallBase: Int? = nil, smallExp: Int? = nil) throws -> Value {
        if exp.sign == .minus {
            if base.isZero { throw zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(Foundationless.pow(try bigToDouble(base), try bigToDouble(exp)))
        }
        if base.isZero { return .int(exp.isZero ? 1 : 0) }
        if base == 1 { return .int(1) }
        if base == -1 { return .int(exp.magnitude.words[0] & 1 == 0 ? 1 : -1) }
        guard let e = Int(exactly: exp) else { throw memoryError() }
        let baseBits = Double(base.magnitude.bitWidth)
        try checkIntSize(bits: baseBits * Double(e))
        if let b = smallBase, let ee = smallExp, ee < 64 {
            var result = 1
            var overflow = false
            for _ in 0..<ee {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { overflow = true; break }
                result = r
            }
            if !overflow { return .int(result) }
        }
        return .bigint(base.power(e))
    }

    func bigIntOp(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws -> Value {
        switch op {
        case .add: return .bigint(x + y)
        case .sub: return .bigint(x - y)
        case .mul:
            let bits = Double(x.magnitude.bitWidth + y.magnitude.bitWidth)
            try checkIntSize(bits: bits)
            return .bigint(x * y)
        case .truediv: return .float(try bigTrueDiv(x, y))
        case .floordiv:
            if y.isZero { throw zeroDivision("integer division or modulo by zero") }
            return .bigint(floorDivMod(x, y).0)
        case .mod:
            if y.isZero { throw zeroDivision("integer modulo by zero") }
            return .bigint(floorDivMod(x, y).1)
        case .pow: return try intPow(x, y)
        case .lshift:
            if y.sign == .minus { throw valueError("negative shift count") }
            guard let s = Int(exactly: y) else { throw overflowError("too many digits in integer") }
            try checkIntSize(bits: Double(s) + Double(x.magnitude.bitWidth))
            return .bigint(x << s)
        case .rshift:
            if y.sign == .minus { throw valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            if x.sign == .minus {
                return .bigint(floorDivMod(x, BigInt(1) << s).0)
            }
            return .bigint(x >> s)
        case .and: var a = x; return .bigint(a & y)
        case .or: var a = x; return .bigint(a | y)
        case .xor: var a = x; return .bigint(a ^ y)
        case .matmul: throw unsupportedOperands(op, .bigint(x), .bigint(y))
        }
    }

    func floatOp(_ op: BinaryOp, _ x: Double, _ y: Double, aIsInt: Bool, bIsInt: Bool) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .truediv:
            if y == 0 { throw zeroDivision("float division by zero") }
            return .float(x / y)
        case .floordiv:
            if y == 0 { throw zeroDivision("float floor division by zero") }
            return .float(floatDivmod(x, y).0)
        case .mod:
            if y == 0 { throw zeroDivision("float modulo") }
            return .float(floatDivmod(x, y).1)
        case .pow:
            if x == 0 && y < 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() && y.isFinite {
                throw valueError("complex results are not supported in lessons")
            }
            let r = Foundationless.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw overflowError("(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw unsupportedOperands(op, aIsInt ? .int(0) : .float(x), bIsInt ? .int(0) : .float(y))
        }
    }

    /// CPython's `float_divmod`.
    func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }
}

/// libm wrappers (named to avoid clashing with `Foundation`).
enum Foundationless {
    static func pow(_ x: Double, _ y: Double) -> Double {
        #if canImport(Glibc)
        return Glibc.pow(x, y)
        #else
        return Darwin.pow(x, y)
        #endif
    }
}
