import Compiler
import BigInt
import Formatting

/// Methods of list, tuple, dict, set and the number types.
extension TypeMethods {
    // The receivers were type-checked before the method body runs: the kind tag settles the
    // Swift class without a dynamic cast (which costs more than most of these methods).
    static func list(_ v: Value) -> PyList {
        if case .obj(let o) = v, o.kind == .list { return unsafeDowncast(o, to: PyList.self) }
        return v.object as! PyList
    }
    static func dict(_ v: Value) -> PyDict {
        if case .obj(let o) = v, o.kind == .dict { return unsafeDowncast(o, to: PyDict.self) }
        return v.object as! PyDict
    }
    static func set(_ v: Value) -> PySet {
        if case .obj(let o) = v, o.kind == .set || o.kind == .frozenset { return unsafeDowncast(o, to: PySet.self) }
        return v.object as! PySet
    }

    static func installListMethods() {
        let c = BuiltinTypes.list
        method(c, "append") { vm, v, a in
            try vm.expectArgs("list.append", a, 1)
            list(v).items.append(a[0]); return .none
        }
        method(c, "extend") { vm, v, a in list(v).items.append(contentsOf: try vm.iterate(a[0])); return .none }
        method(c, "insert") { vm, v, a in
            let l = list(v)
            var i = try vm.indexValue(a[0], for: "list")
            if i < 0 { i = max(i + l.items.count, 0) }
            l.items.insert(a[1], at: min(i, l.items.count))
            return .none
        }
        method(c, "pop") { vm, v, a in
            let l = list(v)
            if l.items.isEmpty { throw vm.indexError("pop from empty list") }
            let i = a.count > 0 ? try vm.indexValue(a[0], for: "list") : -1
            guard let j = vm.normalizeIndex(i, count: l.items.count) else { throw vm.indexError("pop index out of range") }
            return l.items.remove(at: j)
        }
        method(c, "remove") { vm, v, a in
            let l = list(v)
            for (i, x) in l.items.enumerated() where try vm.equals(x, a[0]) {
                l.items.remove(at: i)
                return .none
            }
            throw vm.valueError("list.remove(x): x not in list")
        }
        method(c, "clear") { _, v, _ in
            // Emptied first, then the items released last to first (CPython's _list_clear).
            let l = list(v)
            var old = l.items
            l.items = []
            while !old.isEmpty { old.removeLast() }
            return .none
        }
        method(c, "copy") { _, v, _ in .obj(PyList(list(v).items)) }
        method(c, "reverse") { _, v, _ in list(v).items.reverse(); return .none }
        method(c, "count") { vm, v, a in .int(try list(v).items.filter { try vm.equals($0, a[0]) }.count) }
        method(c, "index") { vm, v, a in
            let items = list(v).items
            let (lo, hi) = try bounds(vm, a, 1, items.count)
            if lo < hi { for i in lo..<hi where try vm.equals(items[i], a[0]) { return .int(i) } }
            throw vm.valueError("\(try vm.repr(a[0])) is not in list")
        }
        method(c, "sort") { vm, v, a in
            if a.count > 0 { throw vm.typeError("sort() takes no positional arguments") }
            let l = list(v)
            var items = l.items
            l.items = []
            defer { if l.items.isEmpty { l.items = items } }
            try vm.sortValues(&items, key: a.keyword("key") ?? .none, reverse: try vm.isTrue(a.keyword("reverse") ?? .bool(false)))
            if !l.items.isEmpty { throw vm.valueError("list modified during sort") }
            l.items = items
            return .none
        }
    }

    static func installTupleMethods() {
        let c = BuiltinTypes.tuple
        method(c, "count") { vm, v, a in .int(try (v.object as! PyTuple).items.filter { try vm.equals($0, a[0]) }.count) }
        method(c, "index") { vm, v, a in
            for (i, x) in (v.object as! PyTuple).items.enumerated() where try vm.equals(x, a[0]) { return .int(i) }
            throw vm.valueError("tuple.index(x): x not in tuple")
        }
    }

    static func installDictMethods() {
        let c = BuiltinTypes.dict
        method(c, "get") { vm, v, a in
            try vm.expectRange("get", a, 1, 2)
            return try dict(v).get(a[0], vm: vm) ?? (a.count > 1 ? a[1] : .none)
        }
        method(c, "keys") { _, v, _ in .obj(PyDictView(dict(v), .keys)) }
        method(c, "values") { _, v, _ in .obj(PyDictView(dict(v), .values)) }
        method(c, "items") { _, v, _ in .obj(PyDictView(dict(v), .items)) }
        method(c, "pop") { vm, v, a in
            try vm.expectRange("pop", a, 1, 2)
            if let x = try dict(v).remove(a[0], vm: vm) { return x }
            if a.count > 1 { return a[1] }
            throw vm.keyError(a[0])
        }
        method(c, "popitem") { vm, v, _ in
            guard let (k, x) = dict(v).popLast() else { throw vm.newException(ExceptionTypes.keyError, "popitem(): dictionary is empty") }
            return .obj(PyTuple([k, x]))
        }
        method(c, "setdefault") { vm, v, a in
            if let x = try dict(v).get(a[0], vm: vm) { return x }
            let d = a.count > 1 ? a[1] : .none
            try dict(v).set(a[0], d, vm: vm)
            return d
        }
        method(c, "update") { vm, v, a in
            if a.count > 0 { try vm.dictUpdateFrom(dict(v), a[0]) }
            for (k, x) in a.keywords { dict(v).setStr(k, x) }
            return .none
        }
        method(c, "clear") { _, v, _ in dict(v).removeAll(); return .none }
        method(c, "copy") { _, v, _ in .obj(dict(v).copy()) }
        c.dict.setStr("fromkeys", .obj(PyClassMethod(.obj(PyNativeFunction(name: "fromkeys") { vm, a in
            let d = PyDict()
            for k in try vm.iterate(a[1]) { try d.set(k, a.count > 2 ? a[2] : .none, vm: vm) }
            return .obj(d)
        }))))
        for view in [BuiltinTypes.dictKeys, BuiltinTypes.dictValues, BuiltinTypes.dictItems] {
            method(view, "__iter__") { vm, v, _ in
                let dv = v.object as! PyDictView
                return .obj(vm.dictIterator(dv.dict, dv.view))
            }
            method(view, "__len__") { _, v, _ in .int((v.object as! PyDictView).dict.count) }
            method(view, "__contains__") { vm, v, a in
                let dv = v.object as! PyDictView
                switch dv.view {
                case .keys: return .bool(try dv.dict.contains(a[0], vm: vm))
                case .values: return .bool(try dv.dict.orderedValues.contains { try vm.equals($0, a[0]) })
                case .items:
                    let kv = try vm.iterate(a[0])
                    guard kv.count == 2, let x = try dv.dict.get(kv[0], vm: vm) else { return .bool(false) }
                    return .bool(try vm.equals(x, kv[1]))
                }
            }
        }
    }

    static func otherSet(_ vm: VM, _ x: Value) throws -> PySet {
        if case .obj(let o) = x, o.kind == .set || o.kind == .frozenset { return o as! PySet }
        let s = PySet()
        try vm.setFill(s, x)
        return s
    }

    static func installSetMethods() {
        for c in [BuiltinTypes.set, BuiltinTypes.frozenset] {
            method(c, "union") { vm, v, a in
                let r = set(v).copy(vm: vm)
                for x in a.positional { try vm.setFill(r, x) }
                return .obj(r)
            }
            method(c, "intersection") { vm, v, a in
                var r = set(v)
                for x in a.positional { r = try vm.setOperator(.and, r, try otherSet(vm, x)).object as! PySet }
                return .obj(a.positional.isEmpty ? r.copy(vm: vm) : r)
            }
            method(c, "difference") { vm, v, a in
                var r = set(v)
                for x in a.positional { r = try vm.setOperator(.sub, r, try otherSet(vm, x)).object as! PySet }
                return .obj(a.positional.isEmpty ? r.copy(vm: vm) : r)
            }
            method(c, "symmetric_difference") { vm, v, a in try vm.setOperator(.xor, set(v), try otherSet(vm, a[0])) }
            method(c, "issubset") { vm, v, a in .bool(try vm.compareBuiltinObjects(.le, set(v), try otherSet(vm, a[0])) ?? false) }
            method(c, "issuperset") { vm, v, a in .bool(try vm.compareBuiltinObjects(.ge, set(v), try otherSet(vm, a[0])) ?? false) }
            method(c, "isdisjoint") { vm, v, a in
                let o = try otherSet(vm, a[0])
                for k in set(v).orderedKeys where try o.contains(k, vm: vm) { return .bool(false) }
                return .bool(true)
            }
            method(c, "copy") { vm, v, _ in .obj(set(v).copy(vm: vm)) }
        }
        let c = BuiltinTypes.set
        method(c, "add") { vm, v, a in try set(v).add(a[0], vm: vm); return .none }
        method(c, "remove") { vm, v, a in
            if !(try set(v).discard(a[0], vm: vm)) { throw vm.keyError(a[0]) }
            return .none
        }
        method(c, "discard") { vm, v, a in try set(v).discard(a[0], vm: vm); return .none }
        method(c, "pop") { vm, v, _ in
            guard let k = set(v).pop() else { throw vm.newException(ExceptionTypes.keyError, "pop from an empty set") }
            return k
        }
        method(c, "clear") { _, v, _ in set(v).removeAll(); return .none }
        method(c, "update") { vm, v, a in
            for x in a.positional { try vm.setFill(set(v), x) }
            return .none
        }
        for (name, op) in [("intersection_update", BinaryOp.and), ("difference_update", .sub), ("symmetric_difference_update", .xor)] {
            method(c, name) { vm, v, a in
                let s = set(v)
                let r = try vm.setOperator(op, s, try otherSet(vm, a[0])).object as! PySet
                s.removeAll()
                try s.merge(r, vm: vm)
                return .none
            }
        }
    }

    static func installNumberMethods() {
        method(BuiltinTypes.int, "bit_length") { vm, v, _ in
            let b = try vm.indexBig(v)
            return .int(b.magnitude.bitWidth)
        }
        method(BuiltinTypes.int, "bit_count") { vm, v, _ in
            let b = try vm.indexBig(v)
            return .int(b.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        method(BuiltinTypes.int, "as_integer_ratio") { vm, v, _ in .obj(PyTuple([.bigint(try vm.indexBig(v)), .int(1)])) }
        method(BuiltinTypes.int, "conjugate") { vm, v, _ in try vm.unaryOp(.pos, v) }
        method(BuiltinTypes.int, "__index__") { vm, v, _ in try vm.unaryOp(.pos, v) }
        method(BuiltinTypes.float, "conjugate") { vm, v, _ in try vm.unaryOp(.pos, v) }
        method(BuiltinTypes.int, "to_bytes") { vm, v, a in
            let n = try vm.indexBig(v)
            let length = try vm.sizeArgument(a.count > 0 ? a[0] : (a.keyword("length") ?? .int(1)))
            let order = a.count > 1 ? a[1] : (a.keyword("byteorder") ?? .string("big"))
            let signed = try vm.isTrue(a.keyword("signed") ?? .bool(false))
            guard case .str(let o) = order, o.value == "big" || o.value == "little" else {
                throw vm.valueError("byteorder must be either 'little' or 'big'")
            }
            if length < 0 { throw vm.valueError("length argument must be non-negative") }
            if n.sign == .minus && !signed { throw vm.overflowError("can't convert negative int to unsigned") }
            // Two's complement in `length` bytes, if it fits.
            let modulus = BigInt(1) << (8 * length)
            let fits = signed ? (n >= -(modulus >> 1) && n < (modulus >> 1)) : n < modulus
            if !fits { throw vm.overflowError("int too big to convert") }
            var x = n.sign == .minus ? n + modulus : n
            var out = [UInt8](repeating: 0, count: length)
            for i in 0..<length { out[length - 1 - i] = UInt8(truncatingIfNeeded: Int(x & 0xFF)); x >>= 8 }
            return .obj(PyBytes(o.value == "big" ? out : out.reversed()))
        }
        BuiltinTypes.int.dict.setStr("from_bytes", .obj(PyClassMethod(.obj(PyNativeFunction(name: "from_bytes") { vm, a in
            guard a.count >= 2 else { throw vm.typeError("from_bytes() missing required argument 'bytes' (pos 1)") }
            let bytes = try vm.iterate(a[1]).map { x -> UInt8 in
                guard case .int(let i) = x, i >= 0 && i < 256 else { throw vm.valueError("bytes must be in range(0, 256)") }
                return UInt8(i)
            }
            let order = a.count > 2 ? a[2] : (a.keyword("byteorder") ?? .string("big"))
            guard case .str(let o) = order, o.value == "big" || o.value == "little" else {
                throw vm.valueError("byteorder must be either 'little' or 'big'")
            }
            var n = BigInt(0)
            for b in (o.value == "big" ? bytes : bytes.reversed()) { n = (n << 8) | BigInt(b) }
            if try vm.isTrue(a.keyword("signed") ?? .bool(false)), let first = (o.value == "big" ? bytes.first : bytes.last), first >= 0x80 {
                n -= BigInt(1) << (8 * bytes.count)
            }
            return .bigint(n)
        }))))
        method(BuiltinTypes.float, "hex") { vm, v, _ in
            guard case .float(let d) = v else { return .none }
            return .string(pythonFloatHex(d))
        }
        // A classmethod: `float.fromhex(s)` and `(1.0).fromhex(s)` alike.
        BuiltinTypes.float.dict.setStr("fromhex", .obj(PyClassMethod(.obj(PyNativeFunction(name: "fromhex") { vm, a in
            guard a.count == 2 else { throw vm.typeError("float.fromhex() takes exactly one argument (\(a.count - 1) given)") }
            guard case .str(let s) = a[1] else {
                throw vm.typeError("bad argument type for built-in operation")
            }
            return .float(try vm.py { try pythonFloatFromHex(s.value) })
        }))))
        method(BuiltinTypes.float, "is_integer") { _, v, _ in
            guard case .float(let d) = v else { return .bool(false) }
            return .bool(d.isFinite && d == d.rounded())
        }
        method(BuiltinTypes.float, "as_integer_ratio") { vm, v, _ in
            guard case .float(let d) = v else { return .none }
            if d.isInfinite { throw vm.overflowError("cannot convert Infinity to integer ratio") }
            if d.isNaN { throw vm.valueError("cannot convert NaN to integer ratio") }
            var m = d, e = 0
            while m != m.rounded() { m *= 2; e += 1 }
            var num = BigInt(m), den = BigInt(1) << e
            let g = num.greatestCommonDivisor(with: den)
            if !g.isZero { num /= g; den /= g }
            return .obj(PyTuple([.bigint(num), .bigint(den)]))
        }
        for cls in [BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.bool] {
            method(cls, "__format__") { vm, v, a in
                guard case .str = a[0] else { throw vm.typeError("format spec must be str") }
                // Through SurrogateText: `(0xd800).__format__("c")` makes a lone surrogate.
                return try SurrogateText.binary(vm, v, a[0]) { x, y in .string(try vm.format(x, TypeMethods.s(y))) }
            }
        }
    }
}
