import BigInt
import Compiler

/// Rich comparison, equality (as containers use it), truth value and hashing.
extension VM {
    @inline(__always)
    /// `a < b` as a bool (heap order of `asyncio.PriorityQueue`).
    public func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        try isTrue(compare(.lt, a, b))
    }

    func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return .bool(compareOrdering(op, x, y)) }
        if case .float(let x) = a, case .float(let y) = b { return .bool(compareOrdering(op, x, y)) }
        return try compareSlow(op, a, b)
    }

    /// Inlined so the int and float fast paths of `compare` specialise it.
    @inline(__always)
    func compareOrdering<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .eq: return x == y
        case .ne: return x != y
        case .gt: return x > y
        case .ge: return x >= y
        }
    }

    /// Compares two numbers exactly (an int and a float compare by value, not after rounding).
    func compareNumbers(_ op: CompareOp, _ a: Num, _ b: Num) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return compareOrdering(op, x, y)
        case (.float(let x), .float(let y)): return compareOrdering(op, x, y)
        case (.float(let x), _):
            if x.isNaN { return op == .ne }
            if x.isInfinite { return compareOrdering(op, x, 0.0) }
            return compareExact(op, x, big(b))
        case (_, .float(let y)):
            if y.isNaN { return op == .ne }
            if y.isInfinite { return compareOrdering(op, 0.0, y) }
            return compareExact(op.swapped, y, big(a))
        default:
            return compareOrdering(op, big(a), big(b))
        }
    }

    /// float `x` op int `n`, exactly.
    private func compareExact(_ op: CompareOp, _ x: Double, _ n: BigInt) -> Bool {
        let fl = x.rounded(.down)
        let xi = BigInt(fl)
        if xi != n { return compareOrdering(op, xi, n) }
        // Same integer part: the fraction decides.
        let frac = x - fl
        return compareOrdering(op, frac, 0.0)
    }

    func compareSlow(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        if let x = asNum(a), let y = asNum(b) { return .bool(compareNumbers(op, x, y)) }
        switch (a, b) {
        case (.str(let x), .str(let y)):
            return .bool(compareStrings(op, x, y))
        case (.none, .none):
            if op == .eq { return .bool(true) }
            if op == .ne { return .bool(false) }
        case (.obj(let x), .obj(let y)) where x.cls.isBuiltin && y.cls.isBuiltin:
            if let r = try compareBuiltinObjects(op, x, y) { return .bool(r) }
        default: break
        }
        return try richCompare(op, a, b)
    }

    func compareStrings(_ op: CompareOp, _ x: PyStr, _ y: PyStr) -> Bool {
        if op == .eq { return x.sameCodePoints(y) }
        if op == .ne { return !x.sameCodePoints(y) }
        if x.codePoints != nil || y.codePoints != nil {
            let c = SurrogateText.less(x, y) ? -1 : SurrogateText.less(y, x) ? 1 : 0
            return compareOrdering(op, c, 0)
        }
        // Python orders strings by code point; Swift's String < uses Unicode canonical ordering.
        var ix = x.value.unicodeScalars.makeIterator(), iy = y.value.unicodeScalars.makeIterator()
        var c = 0
        while true {
            let a = ix.next(), b = iy.next()
            if a == nil && b == nil { c = 0; break }
            guard let p = a else { c = -1; break }
            guard let q = b else { c = 1; break }
            if p.value != q.value { c = p.value < q.value ? -1 : 1; break }
        }
        return compareOrdering(op, c, 0)
    }

    /// Lists, tuples, sets, dicts, bytes: element-wise as CPython does. Nil when the types do
    /// not compare this way.
    func compareBuiltinObjects(_ op: CompareOp, _ x: PyObject, _ y: PyObject) throws -> Bool? {
        if (x.kind == .list && y.kind == .list) || (x.kind == .tuple && y.kind == .tuple) {
            let xs = x.kind == .list ? unsafeDowncast(x, to: PyList.self).items : unsafeDowncast(x, to: PyTuple.self).items
            let ys = y.kind == .list ? unsafeDowncast(y, to: PyList.self).items : unsafeDowncast(y, to: PyTuple.self).items
            if x === y && (op == .eq || op == .le || op == .ge) { return true }
            if (op == .eq || op == .ne) && xs.count != ys.count { return op == .ne }
            try enterDepth(" in comparison")
            defer { depth -= 1 }
            var i = 0
            while i < xs.count && i < ys.count {
                if !(try equals(xs[i], ys[i])) { break }
                i += 1
            }
            if i >= xs.count || i >= ys.count { return compareOrdering(op, xs.count, ys.count) }
            if op == .eq { return false }
            if op == .ne { return true }
            return try isTrue(try compare(op, xs[i], ys[i]))
        }
        if (x.kind == .set || x.kind == .frozenset) && (y.kind == .set || y.kind == .frozenset) {
            let s = unsafeDowncast(x, to: PySet.self), t = unsafeDowncast(y, to: PySet.self)
            func subset(_ a: PySet, _ b: PySet) throws -> Bool {
                if a.count > b.count { return false }
                for k in a.orderedKeys where !(try b.contains(k, vm: self)) { return false }
                return true
            }
            switch op {
            case .eq: return try s.count == t.count && subset(s, t)
            case .ne: return try !(s.count == t.count && subset(s, t))
            case .le: return try subset(s, t)
            case .ge: return try subset(t, s)
            case .lt: return try s.count < t.count && subset(s, t)
            case .gt: return try t.count < s.count && subset(t, s)
            }
        }
        if x.kind == .dict && y.kind == .dict && (op == .eq || op == .ne) {
            let d = unsafeDowncast(x, to: PyDict.self), e = unsafeDowncast(y, to: PyDict.self)
            var same = d.count == e.count
            if same {
                try enterDepth(" in comparison")
                defer { depth -= 1 }
                for (k, v) in d.entries {
                    guard let w = try e.get(k, vm: self), try equals(v, w) else { same = false; break }
                }
            }
            return op == .eq ? same : !same
        }
        if x.kind == .bytes && y.kind == .bytes {
            let a = unsafeDowncast(x, to: PyBytes.self).bytes, b = unsafeDowncast(y, to: PyBytes.self).bytes
            return compareOrdering(op, a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1), 0)
        }
        if op == .eq || op == .ne, x.kind == .other {
            var same: Bool?
            if let a = x as? PyTypingAlias, let b = y as? PyTypingAlias { same = try PyTypingAlias.equal(self, a, b) }
            if let a = x as? PyGenericAlias, let b = y as? PyGenericAlias { same = try PyGenericAlias.equal(self, a, b) }
            if let same { return op == .eq ? same : !same }
        }
        if x.kind == .range && y.kind == .range && (op == .eq || op == .ne) {
            let a = unsafeDowncast(x, to: PyRange.self), b = unsafeDowncast(y, to: PyRange.self)
            let n = a.bigLength
            let same = n == b.bigLength && (n == 0 || (a.bigStart == b.bigStart && (n == 1 || a.bigStep == b.bigStep)))
            return op == .eq ? same : !same
        }
        return nil
    }

    /// User-defined comparison dunders with reflection; identity fallback for == and !=.
    func richCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        let ta = typeOf(a), tb = typeOf(b)
        let reflectedFirst = tb !== ta && tb.isSubclass(of: ta) && !tb.isBuiltin
        if reflectedFirst, let r = try compareDunder(op.swapped, b, a) { return r }
        if let r = try compareDunder(op, a, b) { return r }
        if !reflectedFirst, let r = try compareDunder(op.swapped, b, a) { return r }
        switch op {
        case .eq: return .bool(a.isIdentical(b))
        case .ne: return .bool(!a.isIdentical(b))
        default:
            throw typeError("'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    /// Calls a comparison dunder of `a`'s (user) class; nil when absent or NotImplemented.
    func compareDunder(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value? {
        let t = typeOf(a)
        if t.isBuiltin { return nil }
        if let m = t.lookup(op.dunder), !isObjectDefault(m) {
            let r = try call(m, [a, b])
            return isNotImplemented(r) ? nil : r
        }
        if op == .ne, let m = t.lookup("__eq__"), !isObjectDefault(m) {
            let r = try call(m, [a, b])
            if isNotImplemented(r) { return nil }
            return .bool(!(try isTrue(r)))
        }
        return nil
    }

    /// `a == b` as a Bool (identity implies equality, as in containers).
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.str(let x), .str(let y)): return x.sameCodePoints(y)
        case (.float(let x), .float(let y)): return x == y || x.bitPattern == y.bitPattern  // identity first, as CPython
        case (.none, .none): return true
        default:
            if a.isIdentical(b) { return true }
            return try isTrue(try compare(.eq, a, b))
        }
    }

    /// Truth value (`bool(v)`).
    @inline(__always)
    public func isTrue(_ v: Value) throws -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .none, .null: return false
        case .float(let d): return d != 0
        case .str(let s): return !s.value.isEmpty
        case .obj(let o): return try objectTruth(o, v)
        }
    }

    func objectTruth(_ o: PyObject, _ v: Value) throws -> Bool {
        switch o.kind {
        case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
        case .tuple: return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty
        case .dict: return unsafeDowncast(o, to: PyDict.self).count > 0
        case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count > 0
        case .bigint: return true
        case .bytes: return !unsafeDowncast(o, to: PyBytes.self).bytes.isEmpty
        case .range: return !unsafeDowncast(o, to: PyRange.self).isEmpty
        case .instance, .exception:
            if let m = o.cls.lookup("__bool__") {
                let r = try call(m, [v])
                guard case .bool(let b) = r else {
                    throw typeError("__bool__ should return bool, returned \(typeName(r))")
                }
                return b
            }
            if let m = o.cls.lookup("__len__") { return try lengthResult(try call(m, [v])) != 0 }
            return true
        default:
            if o.cls.dict.count > 0, let m = o.cls.lookup("__len__") {
                if case .int(let n) = try call(m, [v]) { return n != 0 }
            }
            return true
        }
    }

    /// `hash(v)` with CPython's values for numbers and tuples.
    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return PyHash.int(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            if d.isFinite, d == d.rounded(), abs(d) < 9.2e18 { return PyHash.int(Int(d)) }
            return PyHash.double(d)
        case .str(let s):
            if let h = s.cachedHash { return h }
            let h = PyHash.string(s.value)
            s.cachedHash = h
            return h
        case .none: return 0x5f3759df
        case .null: return 0
        case .obj(let o): return try objectHash(o, v)
        }
    }

    func objectHash(_ o: PyObject, _ v: Value) throws -> Int {
        switch o.kind {
        case .bigint:
            let b = unsafeDowncast(o, to: PyBigInt.self).value
            let m = BigInt(PyHash.modulus)
            var r = Int(b.magnitude % m.magnitude)
            if b.sign == .minus { r = -r }
            return r == -1 ? -2 : r
        case .tuple:
            try enterDepth()
            defer { depth -= 1 }
            let items = unsafeDowncast(o, to: PyTuple.self).items
            var acc: UInt64 = 2870177450012600261
            for item in items {
                let lane = UInt64(bitPattern: Int64(try hash(item)))
                acc = acc &+ lane &* 14029467366897019727
                acc = (acc << 31) | (acc >> 33)
                acc = acc &* 11400714785074694791
            }
            acc = acc &+ (UInt64(items.count) ^ (2870177450012600261 ^ 3527539))
            if acc == UInt64.max { return 1546275796 }
            return Int(Int64(bitPattern: acc))
        case .list, .dict, .set:
            throw typeError("unhashable type: '\(o.cls.name)'")
        case .frozenset:
            var h: UInt64 = 0
            for k in unsafeDowncast(o, to: PySet.self).orderedKeys {
                let x = UInt64(bitPattern: Int64(try hash(k)))
                h ^= ((x ^ 89869747) ^ (x << 16)) &* 3644798167
            }
            return Int(Int64(bitPattern: h & 0x7fff_ffff_ffff_ffff))
        case .bytes:
            return PyHash.string(String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self))
        case .instance, .exception:
            if let m = o.cls.lookup("__hash__"), !isObjectDefault(m) {
                if m.isNone { throw typeError("unhashable type: '\(o.cls.name)'") }
                let r = try call(m, [v])
                guard let n = asNum(r), case .int(let i) = n else {
                    if case .obj(let bo) = r, bo.kind == .bigint { return try objectHash(bo, r) }
                    throw typeError("__hash__ method should return an integer")
                }
                return i == -1 ? -2 : i
            }
            return identityHash(o)
        case .other:
            // Native value types that define equality (typing's aliases) hash consistently with it.
            if o.cls.isBuiltin, case .obj(let m)? = o.cls.dict.getStr("__hash__"), m.kind == .nativeFunction {
                guard case .int(let i) = try call(.obj(m), [v]) else { return identityHash(o) }
                return i == -1 ? -2 : i
            }
            return identityHash(o)
        default:
            return identityHash(o)
        }
    }

    func identityHash(_ o: PyObject) -> Int {
        let addr = VM.identity(o)
        return Int(bitPattern: (addr >> 4) | (addr << 60))
    }
}

extension VM {
    /// True for the methods `object` itself defines (treated as "not overridden").
    func isObjectDefault(_ m: Value) -> Bool {
        if case .obj(let o) = m, o.kind == .nativeFunction, let f = o as? PyNativeFunction {
            return f.ownerName == "object"
        }
        return false
    }
}
