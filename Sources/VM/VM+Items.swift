import Compiler
import BigInt

/// Subscripts (`c[k]`, `c[k] = v`, `del c[k]`), `len`, and `in`.
extension VM {
    /// An index operand as Int (bools count; big ints raise IndexError like CPython's
    /// "cannot fit 'int' into an index-sized integer").
    func indexValue(_ k: Value, for container: String) throws -> Int {
        switch k {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .obj(let o) where o.kind == .bigint:
            throw indexError("cannot fit 'int' into an index-sized integer")
        default:
            if let m = try lookupMethodOptional(k, "__index__"), !typeOf(k).isBuiltin {
                if case .int(let i) = try call(m, []) { return i }
            }
            throw typeError("\(container) indices must be integers or slices, not \(typeName(k))")
        }
    }

    /// `i in r` for an int i.
    func rangeContains(_ r: PyRange, _ i: BigInt) -> Bool {
        let start = r.bigStart, stop = r.bigStop, step = r.bigStep
        if step > 0 { return i >= start && i < stop && (i - start) % step == 0 }
        return i <= start && i > stop && (start - i) % (-step) == 0
    }

    /// `r[a:b:c]`: CPython's compute_slice, on the slice's indices over the range's length.
    func rangeSlice(_ r: PyRange, _ s: PySlice) throws -> PyRange {
        let length = r.bigLength
        let step: BigInt = s.step.isNone ? 1 : try sliceIndex(s.step)
        if step.isZero { throw valueError("slice step cannot be zero") }
        let lower: BigInt = step.sign == .minus ? -1 : 0
        let upper: BigInt = step.sign == .minus ? length - 1 : length
        func bound(_ v: Value, _ dflt: BigInt) throws -> BigInt {
            if v.isNone { return dflt }
            var x = try sliceIndex(v)
            if x.sign == .minus {
                x += length
                if x < lower { x = lower }
            } else if x > upper {
                x = upper
            }
            return x
        }
        let start = try bound(s.start, step.sign == .minus ? upper : lower)
        let stop = try bound(s.stop, step.sign == .minus ? lower : upper)
        return PyRange.make(r.element(start), r.element(stop), r.bigStep * step)
    }

    private func sliceIndex(_ v: Value) throws -> BigInt {
        do { return try indexBig(v) } catch let e as PyException where e.isInstance(of: ExceptionTypes.typeError) {
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
    }

    /// A Py_ssize_t argument (`"x".zfill(n)`, `center`…): an int or `__index__`, with
    /// CPython's TypeError and OverflowError.
    func sizeArgument(_ v: Value) throws -> Int {
        guard let i = Int(exactly: try indexBig(v)) else {
            throw overflowError("Python int too large to convert to C ssize_t")
        }
        return i
    }

    @inline(__always)
    func normalizeIndex(_ i: Int, count: Int) -> Int? {
        let j = i < 0 ? i + count : i
        return j >= 0 && j < count ? j : nil
    }

    public func getItem(_ c: Value, _ k: Value) throws -> Value {
        switch c {
        case .str(let s):
            if s.codePoints != nil { return try SurrogateText.item(self, s, k) }
            if case .obj(let ko) = k, ko.kind == .slice {
                let sc = s.scalars
                let idx = try sliceIndices(unsafeDowncast(ko, to: PySlice.self), count: sc.count)
                var out = String.UnicodeScalarView()
                for i in idx { out.append(sc[i]) }
                return .string(String(out))
            }
            guard asNum(k).map({ !$0.isFloat }) ?? false || typeOf(k).lookup("__index__") != nil else {
                throw typeError("string indices must be integers, not '\(typeName(k))'")
            }
            let i = try indexValue(k, for: "string")
            if s.isASCII {
                let n = s.value.utf8.count
                guard let j = normalizeIndex(i, count: n) else { throw indexError("string index out of range") }
                let b = s.value.utf8[s.value.utf8.index(s.value.utf8.startIndex, offsetBy: j)]
                return .string(String(UnicodeScalar(b)))
            }
            let sc = s.scalars
            guard let j = normalizeIndex(i, count: sc.count) else { throw indexError("string index out of range") }
            return .string(String(sc[j]))
        case .obj(let o):
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                if case .int(let i) = k {
                    guard let j = normalizeIndex(i, count: l.items.count) else { throw indexError("list index out of range") }
                    return l.items[j]
                }
                if case .obj(let ko) = k, ko.kind == .slice {
                    let idx = try sliceIndices(unsafeDowncast(ko, to: PySlice.self), count: l.items.count)
                    return .obj(PyList(idx.map { l.items[$0] }))
                }
                let i = try indexValue(k, for: "list")
                guard let j = normalizeIndex(i, count: l.items.count) else { throw indexError("list index out of range") }
                return l.items[j]
            case .tuple:
                let t = unsafeDowncast(o, to: PyTuple.self)
                if case .obj(let ko) = k, ko.kind == .slice {
                    let idx = try sliceIndices(unsafeDowncast(ko, to: PySlice.self), count: t.items.count)
                    return .obj(PyTuple(idx.map { t.items[$0] }))
                }
                let i = try indexValue(k, for: "tuple")
                guard let j = normalizeIndex(i, count: t.items.count) else { throw indexError("tuple index out of range") }
                return t.items[j]
            case .dict:
                let d = unsafeDowncast(o, to: PyDict.self)
                if let v = try d.get(k, vm: self) { return v }
                if d.cls !== BuiltinTypes.dict, let m = d.cls.lookup("__missing__") { return try call(m, [c, k]) }
                throw keyError(k)
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                if case .obj(let ko) = k, ko.kind == .slice {
                    return .obj(try rangeSlice(r, unsafeDowncast(ko, to: PySlice.self)))
                }
                if r.big == nil, case .int(let i) = k, let j = normalizeIndex(i, count: r.count) { return .int(r.start + j * r.step) }
                let isInt = asNum(k).map { !$0.isFloat } ?? false
                guard try isInt || lookupMethodOptional(k, "__index__") != nil else {
                    throw typeError("range indices must be integers or slices, not \(typeName(k))")
                }
                var i = try indexBig(k)
                if i.sign == .minus { i += r.bigLength }
                guard i.sign != .minus && i < r.bigLength else { throw indexError("range object index out of range") }
                return .bigint(r.element(i))
            case .bytes:
                let b = unsafeDowncast(o, to: PyBytes.self)
                if case .obj(let ko) = k, ko.kind == .slice {
                    let idx = try sliceIndices(unsafeDowncast(ko, to: PySlice.self), count: b.bytes.count)
                    return .obj(PyBytes(idx.map { b.bytes[$0] }))
                }
                let i = try indexValue(k, for: "byte")
                guard let j = normalizeIndex(i, count: b.bytes.count) else { throw indexError("index out of range") }
                return .int(Int(b.bytes[j]))
            case .cls:
                // Generic aliases such as list[int] in annotations: return the class itself.
                let cls = unsafeDowncast(o, to: PyClass.self)
                if let m = cls.lookup("__class_getitem__") { return try call(m, [c, k]) }
                if cls.isBuiltin {
                    var items: [Value] = [k]
                    if case .obj(let t) = k, t.kind == .tuple { items = (t as! PyTuple).items }
                    return .obj(PyGenericAlias(origin: cls, args: items))
                }
                throw typeError("type '\(cls.name)' is not subscriptable")
            default:
                if let m = o.cls.lookup("__getitem__") { return try call(m, [c, k]) }
            }
        default: break
        }
        throw typeError("'\(typeName(c))' object is not subscriptable")
    }

    public func setItem(_ c: Value, _ k: Value, _ v: Value) throws {
        if case .obj(let o) = c {
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                if case .obj(let ko) = k, ko.kind == .slice {
                    try assignSlice(l, unsafeDowncast(ko, to: PySlice.self), v)
                    return
                }
                let i = try indexValue(k, for: "list")
                guard let j = normalizeIndex(i, count: l.items.count) else { throw indexError("list assignment index out of range") }
                l.items[j] = v
                return
            case .dict:
                try unsafeDowncast(o, to: PyDict.self).set(k, v, vm: self)
                return
            default:
                if let m = o.cls.lookup("__setitem__") { _ = try call(m, [c, k, v]); return }
            }
        }
        throw typeError("'\(typeName(c))' object does not support item assignment")
    }

    public func deleteItem(_ c: Value, _ k: Value) throws {
        if case .obj(let o) = c {
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                if case .obj(let ko) = k, ko.kind == .slice {
                    try deleteSlice(l, unsafeDowncast(ko, to: PySlice.self))
                    return
                }
                let i = try indexValue(k, for: "list")
                guard let j = normalizeIndex(i, count: l.items.count) else { throw indexError("list assignment index out of range") }
                l.items.remove(at: j)
                return
            case .dict:
                if try unsafeDowncast(o, to: PyDict.self).remove(k, vm: self) == nil { throw keyError(k) }
                return
            default:
                if let m = o.cls.lookup("__delitem__") { _ = try call(m, [c, k]); return }
            }
        }
        throw typeError("'\(typeName(c))' object doesn't support item deletion")
    }

    /// `del l[a:b:c]` in place. The removed items are released in CPython's order, which
    /// `__del__` messages show: last to first for a contiguous slice (list_ass_slice's
    /// `recycle` loop), in index order for an extended one (list_ass_subscript's `garbage`).
    func deleteSlice(_ l: PyList, _ s: PySlice) throws {
        let (start, _, step, n) = try sliceParameters(s, count: l.items.count)
        if n <= 0 { return }
        if step == 1 {
            var removed = Array(l.items[start..<(start + n)])
            l.items.removeSubrange(start..<(start + n))
            while !removed.isEmpty { removed.removeLast() }
            return
        }
        // Walk the slice in increasing index order whatever the sign of the step.
        let low = step > 0 ? start : start + (n - 1) * step
        let stride = step > 0 ? step : -step
        var removed: [Value] = []
        removed.reserveCapacity(n)
        var kept: [Value] = []
        kept.reserveCapacity(l.items.count - n)
        var next = low, taken = 0
        for (i, item) in l.items.enumerated() {
            if taken < n && i == next {
                removed.append(item)
                taken += 1
                next += stride
            } else {
                kept.append(item)
            }
        }
        l.items = kept
        for i in removed.indices { removed[i] = .none }
    }

    func assignSlice(_ l: PyList, _ s: PySlice, _ v: Value) throws {
        let items = try iterate(v)
        let (start, stop, step, n) = try sliceParameters(s, count: l.items.count)
        if step == 1 {
            let lo = start, hi = max(stop, start)
            l.items.replaceSubrange(lo..<min(hi, l.items.count), with: items)
            return
        }
        if items.count != n {
            throw valueError("attempt to assign sequence of size \(items.count) to extended slice of size \(n)")
        }
        var i = start
        for item in items { l.items[i] = item; i += step }
    }

    /// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length).
    func sliceParameters(_ s: PySlice, count: Int) throws -> (Int, Int, Int, Int) {
        func intOf(_ v: Value) throws -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .obj(let o) where o.kind == .bigint:
                return (o as! PyBigInt).value.sign == .minus ? Int.min / 2 : Int.max / 2
            default:
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = try intOf(s.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        var start: Int, stop: Int
        if let a = try intOf(s.start) {
            start = a < 0 ? max(a + count, step < 0 ? -1 : 0) : min(a, step < 0 ? count - 1 : count)
        } else {
            start = step < 0 ? count - 1 : 0
        }
        if let b = try intOf(s.stop) {
            stop = b < 0 ? max(b + count, step < 0 ? -1 : 0) : min(b, step < 0 ? count - 1 : count)
        } else {
            stop = step < 0 ? -1 : count
        }
        var n = 0
        if step > 0 { if start < stop { n = (stop - start - 1) / step + 1 } } else if stop < start { n = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, n)
    }

    func sliceIndices(_ s: PySlice, count: Int) throws -> [Int] {
        let (start, _, step, n) = try sliceParameters(s, count: count)
        var out: [Int] = []
        out.reserveCapacity(n)
        var i = start
        for _ in 0..<n { out.append(i); i += step }
        return out
    }

    /// `len(v)`.
    public func length(_ v: Value) throws -> Int {
        switch v {
        case .str(let s): return s.count
        case .obj(let o):
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items.count
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
            case .dict: return unsafeDowncast(o, to: PyDict.self).count
            case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count
            case .bytes: return unsafeDowncast(o, to: PyBytes.self).bytes.count
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                guard let big = r.big else { return r.count }
                guard let n = Int(exactly: big.length) else { throw overflowError("Python int too large to convert to C ssize_t") }
                return n
            default:
                if let m = o.cls.lookup("__len__") { return try lengthResult(try call(m, [v])) }
            }
        default: break
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }

    /// What a user `__len__` returned, as CPython's slot_sq_length checks it: an index
    /// (`__index__`), not negative, and small enough for a Py_ssize_t.
    func lengthResult(_ r: Value) throws -> Int {
        let n = try indexBig(r)
        if n.sign == .minus { throw valueError("__len__() should return >= 0") }
        guard let i = Int(exactly: n) else { throw overflowError("cannot fit 'int' into an index-sized integer") }
        return i
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            if s.codePoints != nil || sub.codePoints != nil { return SurrogateText.contains(s, sub) }
            return sub.value.isEmpty || s.value.contains(sub.value) && scalarContains(s.value, sub.value)
        case .obj(let o):
            switch o.kind {
            case .list:
                for x in unsafeDowncast(o, to: PyList.self).items where try equals(x, item) { return true }
                return false
            case .tuple:
                for x in unsafeDowncast(o, to: PyTuple.self).items where try equals(x, item) { return true }
                return false
            case .dict: return try unsafeDowncast(o, to: PyDict.self).contains(item, vm: self)
            case .set, .frozenset:
                if case .obj(let io) = item, io.kind == .set {
                    let fs = unsafeDowncast(io, to: PySet.self).copy(frozen: true, vm: self)
                    return try unsafeDowncast(o, to: PySet.self).contains(.obj(fs), vm: self)
                }
                return try unsafeDowncast(o, to: PySet.self).contains(item, vm: self)
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                if r.big == nil, case .int(let i) = item {
                    if r.step > 0 { return i >= r.start && i < r.stop && (i - r.start) % r.step == 0 }
                    return i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                }
                // Exact ints (and bools) by arithmetic; anything else by iteration and ==.
                guard let n = asNum(item), !n.isFloat else { break }
                return rangeContains(r, big(n))
            case .bytes:
                let b = unsafeDowncast(o, to: PyBytes.self).bytes
                if case .int(let i) = item { return b.contains(UInt8(truncatingIfNeeded: i)) }
                if case .obj(let io) = item, io.kind == .bytes {
                    let sub = unsafeDowncast(io, to: PyBytes.self).bytes
                    if sub.isEmpty { return true }
                    if sub.count > b.count { return false }
                    for i in 0...(b.count - sub.count) where Array(b[i..<(i + sub.count)]) == sub { return true }
                    return false
                }
            default:
                if let m = o.cls.lookup("__contains__") { return try isTrue(try call(m, [container, item])) }
            }
        default: break
        }
        // Fall back to iteration (CPython's `_PySequence_IterSearch`).
        guard let it = try? getIter(container) else {
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        }
        while let x = try next(it) {
            if try equals(x, item) { return true }
        }
        return false
    }

    /// Substring test by code points (Swift's `contains` compares grapheme clusters).
    func scalarContains(_ s: String, _ sub: String) -> Bool {
        let a = Array(s.unicodeScalars), b = Array(sub.unicodeScalars)
        if b.count > a.count { return false }
        if b.isEmpty { return true }
        let first = b[0]
        var i = 0
        while i + b.count <= a.count {
            if a[i] == first {
                var j = 1
                while j < b.count && a[i + j] == b[j] { j += 1 }
                if j == b.count { return true }
            }
            i += 1
        }
        return false
    }
}
