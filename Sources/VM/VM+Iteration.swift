import Compiler
import BigInt
/// Iteration protocol, unpacking, and the collection-building instructions.
extension VM {
    public func getIter(_ v: Value) throws -> Value {
        switch v {
        case .str(let s):
            if let cps = s.codePoints {
                var i = 0
                return .obj(PyIterator(.closure({
                    guard i < cps.count else { return nil }
                    i += 1
                    return SurrogateText.make([cps[i - 1]])
                }), cls: BuiltinTypes.iterator))
            }
            let sc = s.scalars
            var i = 0
            return .obj(PyIterator(.closure({
                guard i < sc.count else { return nil }
                i += 1
                return .string(String(sc[i - 1]))
            }), cls: sc.allSatisfy(\.isASCII) ? BuiltinTypes.strAsciiIterator : BuiltinTypes.strIterator))
        case .obj(let o):
            switch o.kind {
            case .list: return .obj(PyIterator(.list(unsafeDowncast(o, to: PyList.self)), cls: BuiltinTypes.listIterator))
            case .tuple: return .obj(PyIterator(.tuple(unsafeDowncast(o, to: PyTuple.self).items), cls: BuiltinTypes.tupleIterator))
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                if let big = r.big {
                    var i = BigInt(0)
                    return .obj(PyIterator(.closure({
                        guard i < big.length else { return nil }
                        i += 1
                        return .bigint(big.start + (i - 1) * big.step)
                    }), cls: BuiltinTypes.longRangeIterator))
                }
                return .obj(PyIterator(.range(current: r.start, stop: r.stop, step: r.step), cls: BuiltinTypes.rangeIterator))
            case .dict: return .obj(dictIterator(unsafeDowncast(o, to: PyDict.self), .keys))
            case .set, .frozenset:
                let s = unsafeDowncast(o, to: PySet.self)
                let size = s.count
                var pos = 0
                return .obj(PyIterator(.closure({ [unowned self] in
                    if s.count != size { throw self.runtimeError("Set changed size during iteration") }
                    while pos < s.tableSize {
                        pos += 1
                        if let k = s.key(at: pos - 1) { return k }
                    }
                    return nil
                }), cls: BuiltinTypes.setIterator))
            case .bytes:
                let b = unsafeDowncast(o, to: PyBytes.self).bytes
                return .obj(PyIterator(.tuple(b.map { .int(Int($0)) }), cls: BuiltinTypes.bytesIterator))
            case .iterator: return v
            case .generator:
                let g = unsafeDowncast(o, to: PyGenerator.self)
                if g.flavor == .generator { return v }
            default:
                if let m = o.cls.lookup("__iter__") {
                    if m.isNone { break }
                    let it = try call(m, [v])
                    if try lookupMethodOptional(it, "__next__") == nil && !isNativeIterator(it) {
                        throw typeError("iter() returned non-iterator of type '\(typeName(it))'")
                    }
                    return it
                }
                if let m = o.cls.lookup("__getitem__") {
                    var i = 0
                    return .obj(PyIterator(.closure({ [unowned self] in
                        do {
                            let r = try self.call(m, [v, .int(i)])
                            i += 1
                            return r
                        } catch let e as PyException where e.isInstance(of: ExceptionTypes.indexError) || e.isInstance(of: ExceptionTypes.stopIteration) {
                            return nil
                        }
                    })))
                }
            }
        default: break
        }
        throw typeError("'\(typeName(v))' object is not iterable")
    }

    enum DictView { case keys, values, items }

    func dictIterator(_ d: PyDict, _ view: DictView) -> PyIterator {
        let size = d.count
        var pos = 0
        return PyIterator(.closure({ [unowned self] in
            if d.count != size { throw self.runtimeError("dictionary changed size during iteration") }
            while pos < d.entryCapacity {
                pos += 1
                if let (k, v) = d.entry(at: pos - 1) {
                    switch view {
                    case .keys: return k
                    case .values: return v
                    case .items: return .obj(PyTuple([k, v]))
                    }
                }
            }
            return nil
        }), cls: view == .keys ? BuiltinTypes.dictKeyIterator : view == .values ? BuiltinTypes.dictValueIterator : BuiltinTypes.dictItemIterator)
    }

    @inline(__always)
    func iteratorNext(_ it: PyIterator) throws -> Value? {
        switch it.source {
        case .list(let l):
            if it.index < l.items.count {
                it.index += 1
                return l.items[it.index - 1]
            }
            it.source = .tuple([])
            return nil
        case .tuple(let items):
            if it.index < items.count {
                it.index += 1
                return items[it.index - 1]
            }
            return nil
        case .range(let cur, let stop, let step):
            if step > 0 ? cur < stop : cur > stop {
                it.source = .range(current: cur &+ step, stop: stop, step: step)
                return .int(cur)
            }
            return nil
        case .closure(let next):
            if it.exhausted { return nil }
            let r = try next()
            if r == nil { it.exhausted = true }
            return r
        }
    }

    /// `next(it)` for any iterator: the value, or nil at StopIteration.
    public func next(_ it: Value) throws -> Value? {
        chargeItem()
        return try nextItem(it)
    }

    /// `next(it)` as the `for` loop does it (its cost is the FOR_ITER's, not a builtin's).
    func nextItem(_ it: Value) throws -> Value? {
        if case .obj(let o) = it {
            if o.kind == .iterator { return try iteratorNext(unsafeDowncast(o, to: PyIterator.self)) }
            if o.kind == .generator {
                let g = unsafeDowncast(o, to: PyGenerator.self)
                if g.flavor == .generator { return try nextFromGenerator(g) }
            }
        }
        guard let m = try lookupMethodOptional(it, "__next__") else {
            throw typeError("'\(typeName(it))' object is not an iterator")
        }
        do {
            return try call(m, [])
        } catch let e as PyException where e.isInstance(of: ExceptionTypes.stopIteration) {
            return nil
        }
    }

    /// The items of `iterable` one by one for a builtin that consumes them (`sum`, `min`…):
    /// lists, ranges and generators are stepped in place, without an iterator object and the
    /// `next()` dispatch per item; anything else goes through `getIter`/`next`.
    struct ItemStream {
        private enum Source {
            case list(PyList)
            case range(stop: Int, step: Int)
            case generator(PyGenerator)
            case iterator(Value)
        }
        private var source: Source
        /// The list position, or the range's next value.
        private var position = 0

        init(_ iterable: Value, vm: VM) throws {
            if case .obj(let o) = iterable {
                switch o.kind {
                case .list:
                    source = .list(unsafeDowncast(o, to: PyList.self))
                    return
                case .range:
                    let r = unsafeDowncast(o, to: PyRange.self)
                    if r.big == nil {
                        source = .range(stop: r.stop, step: r.step)
                        position = r.start
                        return
                    }
                case .generator:
                    let g = unsafeDowncast(o, to: PyGenerator.self)
                    if g.flavor == .generator {
                        source = .generator(g)
                        return
                    }
                default: break
                }
            }
            source = .iterator(try vm.getIter(iterable))
        }

        /// The next item, or nil when the iterable is exhausted.
        mutating func next(_ vm: VM) throws -> Value? {
            vm.chargeItem()
            switch source {
            case .list(let l):
                // The list may change while it is consumed: check its length at every step.
                guard position < l.items.count else { return nil }
                position += 1
                return l.items[position - 1]
            case .range(let stop, let step):
                guard step > 0 ? position < stop : position > stop else { return nil }
                let v = position
                position = v &+ step
                return .int(v)
            case .generator(let g):
                return try vm.nextFromGenerator(g)
            case .iterator(let it):
                return try vm.nextItem(it)
            }
        }
    }

    /// All items of an iterable.
    public func iterate(_ v: Value) throws -> [Value] {
        if case .obj(let o) = v {
            if o.kind == .list { return unsafeDowncast(o, to: PyList.self).items }
            if o.kind == .tuple { return unsafeDowncast(o, to: PyTuple.self).items }
            if o.kind == .range {
                let r = unsafeDowncast(o, to: PyRange.self)
                if let big = r.big {
                    guard let n = Int(exactly: big.length) else { throw memoryError() }
                    try checkAllocation(n, elementSize: 16)
                    return (0..<n).map { .bigint(big.start + BigInt($0) * big.step) }
                }
                try checkAllocation(r.count, elementSize: 16)
                var out: [Value] = []
                out.reserveCapacity(r.count)
                var i = r.start
                for _ in 0..<r.count { out.append(.int(i)); i += r.step }
                return out
            }
        }
        let it = try getIter(v)
        var out: [Value] = []
        while let x = try next(it) {
            out.append(x)
            if out.count & 0xFFFF == 0 { try checkAllocation(out.count, elementSize: 16) }
        }
        return out
    }

    // MARK: unpacking

    func unpackSequence(_ f: Frame, _ n: Int) throws {
        let seq = f.pop()
        var items: [Value]
        if case .obj(let o) = seq, o.kind == .tuple || o.kind == .list {
            items = o.kind == .tuple ? unsafeDowncast(o, to: PyTuple.self).items : unsafeDowncast(o, to: PyList.self).items
            if items.count != n { throw unpackError(items.count, n) }
        } else {
            let it: Value
            do { it = try getIter(seq) } catch let e as PyException where e.isInstance(of: ExceptionTypes.typeError) {
                throw typeError("cannot unpack non-iterable \(typeName(seq)) object")
            }
            items = []
            while items.count <= n, let x = try next(it) { items.append(x) }
            if items.count != n {
                if items.count > n { throw valueError("too many values to unpack (expected \(n))") }
                throw valueError("not enough values to unpack (expected \(n), got \(items.count))")
            }
        }
        for x in items.reversed() { f.push(x) }
    }

    func unpackError(_ got: Int, _ n: Int) -> PyException {
        if got > n { return valueError("too many values to unpack (expected \(n))") }
        return valueError("not enough values to unpack (expected \(n), got \(got))")
    }

    func unpackEx(_ f: Frame, _ before: Int, _ after: Int) throws {
        let seq = f.pop()
        let items: [Value]
        do { items = try iterate(seq) } catch let e as PyException where e.isInstance(of: ExceptionTypes.typeError) {
            throw typeError("cannot unpack non-iterable \(typeName(seq)) object")
        }
        if items.count < before + after {
            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        for x in items[(items.count - after)...].reversed() { f.push(x) }
        f.push(.obj(PyList(Array(items[before..<(items.count - after)]))))
        for x in items[0..<before].reversed() { f.push(x) }
    }

    // MARK: building

    func buildSet(_ items: [Value]) throws -> Value {
        let s = PySet()
        for x in items { try s.add(x, vm: self) }
        return .obj(s)
    }

    func buildMap(_ kv: [Value]) throws -> Value {
        let d = PyDict()
        var i = 0
        while i < kv.count {
            try d.set(kv[i], kv[i + 1], vm: self)
            i += 2
        }
        return .obj(d)
    }

    /// `BUILD_STRING n` (f-strings): joins the top `n` stack values (all str) where they lie,
    /// then pops them. No array of parts is made: this runs for every f-string.
    func buildString(_ f: Frame, _ n: Int) {
        let parts = UnsafeMutableBufferPointer(start: f.slots + (f.sp - n), count: n)
        let result = joinStrings(UnsafeBufferPointer(parts))
        for i in 0..<n { parts[i] = .null }
        f.sp -= n
        f.push(result)
    }

    /// The concatenation of str values: their UTF-8 bytes copied once into a buffer of the
    /// final size and decoded once (appending `String`s piece by piece re-checks and regrows
    /// at every step). The code-point count comes along when every part knows its own.
    func joinStrings(_ parts: UnsafeBufferPointer<Value>) -> Value {
        if SurrogateText.seen, parts.contains(where: SurrogateText.involvesSurrogates) {
            return SurrogateText.make(parts.flatMap { v -> [UInt32] in
                if case .str(let x) = v { return SurrogateText.codePoints(x) } else { return [] } })
        }
        var length = 0
        var count: Int? = 0
        for p in parts {
            if case .str(let x) = p {
                length += x.value.utf8.count
                if let c = count, let n = x.knownCount { count = c + n } else { count = nil }
            }
        }
        if length == 0 { return .str(PyStr("", count: 0)) }
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: length)
        defer { bytes.deallocate() }
        var i = 0
        for p in parts {
            guard case .str(let x) = p else { continue }
            let copied = x.value.utf8.withContiguousStorageIfAvailable { source -> Int in
                if let base = source.baseAddress, source.count > 0 { (bytes + i).update(from: base, count: source.count) }
                return source.count
            }
            if let c = copied {
                i += c
            } else {
                for b in x.value.utf8 { bytes[i] = b; i += 1 }
            }
        }
        let s = String(decoding: UnsafeBufferPointer(start: bytes, count: i), as: UTF8.self)
        if let c = count { return .str(PyStr(s, count: c)) }
        return .string(s)
    }

    func buildSlice(_ parts: [Value]) -> Value {
        .obj(PySlice(start: parts[0], stop: parts[1], step: parts.count > 2 ? parts[2] : .none))
    }

    func listExtend(_ list: Value, _ v: Value) throws {
        let l = list.object as! PyList
        do {
            l.items.append(contentsOf: try iterate(v))
        } catch let e as PyException where e.isInstance(of: ExceptionTypes.typeError) && !isIterable(v) {
            throw typeError("Value after * must be an iterable, not \(typeName(v))")
        }
    }

    func isIterable(_ v: Value) -> Bool { (try? getIter(v)) != nil }

    func setUpdate(_ set: Value, _ v: Value) throws {
        try setFill(set.object as! PySet, v)
    }

    func dictUpdate(_ dict: Value, _ v: Value, merge: Bool, f: Frame? = nil) throws {
        let d = dict.object as! PyDict
        if case .obj(let o) = v, o.kind == .dict {
            for (k, x) in unsafeDowncast(o, to: PyDict.self).entries {
                if merge, try d.contains(k, vm: self) {
                    let fname = f.map { calleeName($0) } ?? "function"
                    throw typeError("\(fname) got multiple values for keyword argument '\(try str(k))'")
                }
                try d.set(k, x, vm: self)
            }
            return
        }
        guard let keysMethod = try lookupMethodOptional(v, "keys") else {
            if merge {
                let fname = f.map { calleeName($0) } ?? "function"
                throw typeError("\(fname) argument after ** must be a mapping, not \(typeName(v))")
            }
            throw typeError("'\(typeName(v))' object is not a mapping")
        }
        for k in try iterate(try call(keysMethod, [])) {
            try d.set(k, try getItem(v, k), vm: self)
        }
    }

    /// The name CPython uses for the function being called in `**` errors (`f()`).
    func calleeName(_ f: Frame) -> String {
        // The callable sits below the args tuple, the NULL/self slot and the kwargs dict.
        for depth in 1...4 where f.sp - depth - 1 >= f.localCount {
            let v = f.slots[f.sp - depth - 1]
            if case .obj(let o) = v, o.kind == .function || o.kind == .nativeFunction || o.kind == .boundMethod {
                return functionDescription(v)
            }
        }
        return "function"
    }

    // MARK: sets

    func setOperator(_ op: BinaryOp, _ a: PySet, _ b: PySet) throws -> Value {
        let frozen = a.isFrozen
        switch op {
        case .or:
            let r = a.copy(frozen: frozen, vm: self)
            try r.merge(b, vm: self)
            return .obj(r)
        case .and:
            let r = PySet(frozen: frozen)
            var small = b, large = a
            if b.count > a.count { small = a; large = b }
            for (k, h) in small.entries where try large.lookup(k, hash: h, vm: self) != nil {
                try r.add(k, hash: h, vm: self)
            }
            return .obj(r)
        case .sub:
            if (a.count >> 2) > b.count {
                let r = a.copy(frozen: frozen, vm: self)
                for k in b.orderedKeys { try r.discard(k, vm: self) }
                return .obj(r)
            }
            let r = PySet(frozen: frozen)
            for (k, h) in a.entries where try b.lookup(k, hash: h, vm: self) == nil {
                try r.add(k, hash: h, vm: self)
            }
            return .obj(r)
        case .xor:
            let r = a.copy(frozen: frozen, vm: self)
            for (k, h) in b.entries {
                if try r.lookup(k, hash: h, vm: self) != nil { try r.discard(k, vm: self) } else { try r.add(k, hash: h, vm: self) }
            }
            return .obj(r)
        default:
            throw unsupportedOperands(op, .obj(a), .obj(b))
        }
    }
}
