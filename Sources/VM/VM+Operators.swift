import BigInt
import Compiler

/// Binary, unary and in-place operators: fast paths for ints and floats, builtin sequence
/// operators, then the dunder protocol with reflected operands.
extension VM {
    @inline(__always)
    func binaryOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return try smallIntOp(op, x, y) }
        if case .float(let x) = a, case .float(let y) = b, op.rawValue <= BinaryOp.mod.rawValue {
            return try floatOp(op, x, y, aIsInt: false, bIsInt: false)
        }
        return try binarySlow(op, a, b)
    }

    func binarySlow(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if let x = asNum(a), let y = asNum(b) {
            if op == .and || op == .or || op == .xor, case .bool(let p) = a, case .bool(let q) = b {
                switch op {
                case .and: return .bool(p && q)
                case .or: return .bool(p || q)
                default: return .bool(p != q)
                }
            }
            do {
                return try numericOp(op, x, y)
            } catch let e as PyException where e.cls === ExceptionTypes.typeError && (x.isFloat || y.isFloat) {
                // numericOp sees bools as ints; the message names the operands' own types.
                throw unsupportedOperands(op, a, b)
            }
        }
        if let r = try builtinSequenceOp(op, a, b) { return r }
        return try dunderBinary(op, a, b)
    }

    /// `+`, `*`, `%` and set operators of builtin types; nil when they do not apply.
    func builtinSequenceOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch op {
        case .add:
            switch (a, b) {
            case (.str(let x), .str(let y)):
                try checkAllocation(x.value.utf8.count + y.value.utf8.count)
                if x.codePoints != nil || y.codePoints != nil { return SurrogateText.concat(x, y) }
                return .string(x.value + y.value)
            case (.obj(let x), .obj(let y)):
                if x.kind == .list && y.kind == .list {
                    return .obj(PyList(unsafeDowncast(x, to: PyList.self).items + unsafeDowncast(y, to: PyList.self).items))
                }
                if x.kind == .tuple && y.kind == .tuple {
                    return .obj(PyTuple(unsafeDowncast(x, to: PyTuple.self).items + unsafeDowncast(y, to: PyTuple.self).items))
                }
                if x.kind == .bytes && y.kind == .bytes {
                    return .obj(PyBytes(unsafeDowncast(x, to: PyBytes.self).bytes + unsafeDowncast(y, to: PyBytes.self).bytes))
                }
                if x.kind == .list && y.kind != .list && y.cls.isBuiltin {
                    throw typeError("can only concatenate list (not \"\(typeName(b))\") to list")
                }
                if x.kind == .tuple && y.cls.isBuiltin && y.kind != .tuple {
                    throw typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
                }
            case (.str, _):
                if case .obj(let o) = b, !o.cls.isBuiltin { break }
                throw typeError("can only concatenate str (not \"\(typeName(b))\") to str")
            case (.obj(let x), _) where x.kind == .list:
                if case .obj(let o) = b, !o.cls.isBuiltin { break }
                throw typeError("can only concatenate list (not \"\(typeName(b))\") to list")
            case (.obj(let x), _) where x.kind == .tuple:
                if case .obj(let o) = b, !o.cls.isBuiltin { break }
                throw typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
            default: break
            }
        case .mul:
            if let r = try repeatSequence(a, b) { return r }
            if let r = try repeatSequence(b, a) { return r }
        case .mod:
            if case .str(let s) = a {
                do {
                    if !SurrogateText.seen { return .string(try percentFormat(s.value, b)) }
                } catch let e as PyException where SurrogateText.needsShadow(e) {}
                return try SurrogateText.binary(self, a, b) { x, y in .string(try percentFormat(TypeMethods.s(x), y)) }
            }
            if case .obj(let o) = a, o.kind == .bytes {
                return .obj(PyBytes(try bytesPercentFormat(unsafeDowncast(o, to: PyBytes.self).bytes, b)))
            }
        case .or, .and, .xor, .sub:
            if case .obj(let x) = a, case .obj(let y) = b {
                if (x.kind == .set || x.kind == .frozenset) && (y.kind == .set || y.kind == .frozenset) {
                    return try setOperator(op, unsafeDowncast(x, to: PySet.self), unsafeDowncast(y, to: PySet.self))
                }
                if op == .or && x.kind == .dict && y.kind == .dict {
                    let d = unsafeDowncast(x, to: PyDict.self).copy()
                    for (k, v) in unsafeDowncast(y, to: PyDict.self).entries { try d.set(k, v, vm: self) }
                    return .obj(d)
                }
            }
            if let r = try dictViewSetOperator(op, a, b) { return r }
        default: break
        }
        return nil
    }

    /// `seq * n` for str, list, tuple, bytes; nil when `seq` is not a sequence or `n` not an int.
    func repeatSequence(_ seq: Value, _ count: Value) throws -> Value? {
        let n: Int
        switch count {
        case .int(let i): n = i
        case .bool(let b): n = b ? 1 : 0
        case .obj(let o) where o.kind == .bigint:
            switch seq {
            case .str, .obj: 
                if (o as! PyBigInt).value.sign == .minus { n = 0 } else { throw overflowError("cannot fit 'int' into an index-sized integer") }
            default: return nil
            }
        default:
            switch seq {
            case .str:
                if case .float = count { throw typeError("can't multiply sequence by non-int of type 'float'") }
                if case .obj(let o) = count, o.cls.isBuiltin { throw typeError("can't multiply sequence by non-int of type '\(typeName(count))'") }
                if case .str = count { throw typeError("can't multiply sequence by non-int of type 'str'") }
            case .obj(let o) where o.kind == .list || o.kind == .tuple || o.kind == .bytes:
                if case .obj(let c) = count, !c.cls.isBuiltin { return nil }
                throw typeError("can't multiply sequence by non-int of type '\(typeName(count))'")
            default: break
            }
            return nil
        }
        let times = max(n, 0)
        switch seq {
        case .str(let s):
            try checkAllocation(s.value.utf8.count.multipliedReportingOverflow(by: times))
            if s.codePoints != nil { return SurrogateText.repeated(s, times) }
            return .string(times == 0 ? "" : String(repeating: s.value, count: times))
        case .obj(let o):
            switch o.kind {
            case .list:
                let items = unsafeDowncast(o, to: PyList.self).items
                try checkAllocation(items.count.multipliedReportingOverflow(by: times), elementSize: 16)
                var out: [Value] = []
                out.reserveCapacity(items.count * times)
                for _ in 0..<times { out.append(contentsOf: items) }
                return .obj(PyList(out))
            case .tuple:
                let items = unsafeDowncast(o, to: PyTuple.self).items
                try checkAllocation(items.count.multipliedReportingOverflow(by: times), elementSize: 16)
                var out: [Value] = []
                for _ in 0..<times { out.append(contentsOf: items) }
                return .obj(PyTuple(out))
            case .bytes:
                let bytes = unsafeDowncast(o, to: PyBytes.self).bytes
                try checkAllocation(bytes.count.multipliedReportingOverflow(by: times))
                var out: [UInt8] = []
                for _ in 0..<times { out.append(contentsOf: bytes) }
                return .obj(PyBytes(out))
            default: return nil
            }
        default: return nil
        }
    }

    /// MemoryError before allocating `count` elements beyond the budget.
    func checkAllocation(_ count: (partialValue: Int, overflow: Bool), elementSize: Int = 1) throws {
        if count.overflow { throw memoryError() }
        try checkAllocation(count.partialValue, elementSize: elementSize)
    }

    func checkAllocation(_ count: Int, elementSize: Int = 1) throws {
        let limit = options.maxMemory
        if limit > 0 {
            let (bytes, o) = count.multipliedReportingOverflow(by: elementSize)
            if o || bytes > limit { throw memoryError() }
        }
    }

    func unsupportedOperands(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool = false) -> PyException {
        let sym = op == .pow ? (inplace ? "**=" : "** or pow()") : op.symbol + (inplace ? "=" : "")
        return typeError("unsupported operand type(s) for \(sym): '\(typeName(a))' and '\(typeName(b))'")
    }

    /// The dunder protocol: `a.__op__(b)`, then `b.__rop__(a)` (reflected first when b's type is a
    /// subclass of a's that overrides it).
    func dunderBinary(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool = false) throws -> Value {
        let ta = typeOf(a), tb = typeOf(b)
        let name = "__\(op.dunder)__", rname = "__r\(op.dunder)__"
        let forward = ta.isBuiltin ? nil : ta.lookup(name)
        let reflected = (tb === ta || tb.isBuiltin) ? nil : tb.lookup(rname)
        if let r = reflected, tb.isSubclass(of: ta), tb !== ta {
            let v = try call(r, [b, a])
            if !isNotImplemented(v) { return v }
        }
        if let f = forward {
            let v = try call(f, [a, b])
            if !isNotImplemented(v) { return v }
        }
        if let r = reflected, !(tb.isSubclass(of: ta) && tb !== ta) {
            let v = try call(r, [b, a])
            if !isNotImplemented(v) { return v }
        }
        if let e = sequenceOperatorError(op, a, b) { throw e }
        throw unsupportedOperands(op, a, b, inplace: inplace)
    }

    /// After both number slots declined, CPython's PyNumber_Add/Multiply try the sequence slots
    /// (sq_concat of the left operand, sq_repeat of either), whose errors name the sequence.
    func sequenceOperatorError(_ op: BinaryOp, _ a: Value, _ b: Value) -> PyException? {
        func sequenceKind(_ v: Value) -> ObjectKind? {
            switch v {
            case .str: return .str
            case .obj(let o) where o.cls.isBuiltin && [.list, .tuple, .bytes].contains(o.kind): return o.kind
            default: return nil
            }
        }
        switch op {
        case .add:
            guard let k = sequenceKind(a) else { return nil }
            if k == .bytes { return typeError("can't concat \(typeName(b)) to bytes") }
            return typeError("can only concatenate \(typeName(a)) (not \"\(typeName(b))\") to \(typeName(a))")
        case .mul:
            if sequenceKind(a) != nil { return typeError("can't multiply sequence by non-int of type '\(typeName(b))'") }
            if sequenceKind(b) != nil { return typeError("can't multiply sequence by non-int of type '\(typeName(a))'") }
            return nil
        default:
            return nil
        }
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .obj(let o) = v { return o === BuiltinTypes.notImplemented }
        return false
    }

    func inplaceOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return try smallIntOp(op, x, y) }
        if case .obj(let o) = a {
            if o.kind == .list && op == .add {
                let l = unsafeDowncast(o, to: PyList.self)
                let items = try iterate(b)
                l.items.append(contentsOf: items)
                return a
            }
            if o.kind == .list && op == .mul, case .int(let n) = b {
                let l = unsafeDowncast(o, to: PyList.self)
                try checkAllocation(l.items.count.multipliedReportingOverflow(by: max(n, 0)), elementSize: 16)
                let items = l.items
                l.items = []
                for _ in 0..<max(n, 0) { l.items.append(contentsOf: items) }
                return a
            }
            if o.kind == .set, case .obj(let p) = b, p.kind == .set || p.kind == .frozenset {
                let s = unsafeDowncast(o, to: PySet.self), other = unsafeDowncast(p, to: PySet.self)
                switch op {
                case .or: try s.merge(other, vm: self); return a
                case .and, .sub, .xor:
                    let r = try setOperator(op, s, other).object as! PySet
                    s.removeAll()
                    try s.merge(r, vm: self)
                    return a
                default: break
                }
            }
            if o.kind == .dict && op == .or {
                let d = unsafeDowncast(o, to: PyDict.self)
                try dictUpdate(a, b, merge: false)
                _ = d
                return a
            }
            if !o.cls.isBuiltin, let m = o.cls.lookup("__i\(op.dunder)__") {
                let v = try call(m, [a, b])
                if !isNotImplemented(v) { return v }
            }
        }
        do {
            return try binaryOp(op, a, b)
        } catch let e as PyException where e.isInstance(of: ExceptionTypes.typeError) {
            if case .str(let msg)? = e.args.first, msg.value.hasPrefix("unsupported operand") {
                throw unsupportedOperands(op, a, b, inplace: true)
            }
            throw e
        }
    }

    func unaryOp(_ op: UnaryOp, _ a: Value) throws -> Value {
        switch op {
        case .not: return .bool(!(try isTrue(a)))
        case .neg:
            switch a {
            case .int(let i): return i == Int.min ? .bigint(-BigInt(i)) : .int(-i)
            case .bool(let b): return .int(b ? -1 : 0)
            case .float(let d): return .float(-d)
            case .obj(let o) where o.kind == .bigint: return .bigint(-unsafeDowncast(o, to: PyBigInt.self).value)
            default: return try unaryDunder("__neg__", "-", a)
            }
        case .pos:
            switch a {
            case .int, .float: return a
            case .bool(let b): return .int(b ? 1 : 0)
            case .obj(let o) where o.kind == .bigint: return a
            default: return try unaryDunder("__pos__", "+", a)
            }
        case .invert:
            switch a {
            case .int(let i): return .int(~i)
            case .bool(let b): return .int(b ? -2 : -1)
            case .obj(let o) where o.kind == .bigint: return .bigint(-(unsafeDowncast(o, to: PyBigInt.self).value) - 1)
            default: return try unaryDunder("__invert__", "~", a)
            }
        }
    }

    func unaryDunder(_ name: String, _ sym: String, _ a: Value) throws -> Value {
        if let m = try lookupMethodOptional(a, name), !typeOf(a).isBuiltin { return try call(m, []) }
        throw typeError("bad operand type for unary \(sym): '\(typeName(a))'")
    }
}
