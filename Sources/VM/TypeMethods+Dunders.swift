import Compiler
import BigInt

/// Dunder methods of builtin types as Python sees them (`[].__len__()`, `int.__add__(1, 2)`,
/// `super().__eq__(other)`). The VM's own operators never look these up for builtin types; they
/// exist for explicit calls.
extension TypeMethods {
    static func installBuiltinDunders() {
        let containers = [BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.str, BuiltinTypes.dict,
                          BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.bytes, BuiltinTypes.range]
        for c in containers {
            method(c, "__len__") { vm, v, _ in .int(try vm.length(v)) }
            method(c, "__getitem__") { vm, v, a in try vm.getItem(v, a[0]) }
            method(c, "__contains__") { vm, v, a in .bool(try vm.contains(v, a[0])) }
            method(c, "__iter__") { vm, v, _ in try vm.getIter(v) }
        }
        for c in [BuiltinTypes.list, BuiltinTypes.dict] {
            method(c, "__setitem__") { vm, v, a in try vm.setItem(v, a[0], a[1]); return .none }
            method(c, "__delitem__") { vm, v, a in try vm.deleteItem(v, a[0]); return .none }
        }
        let numbers = [BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.bool]
        let binary: [(String, BinaryOp)] = [("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .truediv),
                                            ("floordiv", .floordiv), ("mod", .mod), ("pow", .pow), ("lshift", .lshift),
                                            ("rshift", .rshift), ("and", .and), ("or", .or), ("xor", .xor)]
        // Sequence slots (sq_concat, sq_repeat, the str/bytes nb_remainder) raise their own
        // TypeErrors rather than return NotImplemented.
        for c in [BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.bytes] {
            method(c, "__add__") { vm, v, a in try vm.binaryOp(.add, v, a[0]) }
            for name in ["__mul__", "__rmul__"] {
                method(c, name) { vm, v, a in
                    guard let n = vm.asNum(a[0]), !n.isFloat else {
                        throw vm.typeError("'\(vm.typeName(a[0]))' object cannot be interpreted as an integer")
                    }
                    return try vm.binaryOp(.mul, v, a[0])
                }
            }
            guard c === BuiltinTypes.str || c === BuiltinTypes.bytes else { continue }
            method(c, "__mod__") { vm, v, a in try vm.binaryOp(.mod, v, a[0]) }
            method(c, "__rmod__") { vm, v, a in
                guard vm.typeOf(a[0]) === c else { return .obj(BuiltinTypes.notImplemented) }
                return try vm.binaryOp(.mod, a[0], v)
            }
        }
        for c in numbers {
            for (name, op) in binary {
                method(c, "__\(name)__") { vm, v, a in
                    do { return try vm.binaryOp(op, v, a[0]) } catch let e as PyException where e.isInstance(of: ExceptionTypes.typeError) {
                        return .obj(BuiltinTypes.notImplemented)
                    }
                }
                method(c, "__r\(name)__") { vm, v, a in
                    do { return try vm.binaryOp(op, a[0], v) } catch let e as PyException where e.isInstance(of: ExceptionTypes.typeError) {
                        return .obj(BuiltinTypes.notImplemented)
                    }
                }
            }
        }
        for c in numbers {
            method(c, "__neg__") { vm, v, _ in try vm.unaryOp(.neg, v) }
            method(c, "__pos__") { vm, v, _ in try vm.unaryOp(.pos, v) }
            method(c, "__abs__") { vm, v, _ in try vm.call(vm.builtins.getStr("abs")!, [v]) }
            method(c, "__bool__") { vm, v, _ in .bool(try vm.isTrue(v)) }
            method(c, "__int__") { vm, v, _ in try vm.intConstructor(Args([v])) }
            method(c, "__float__") { vm, v, _ in try vm.floatConstructor(Args([v])) }
        }
        let compares: [(String, CompareOp)] = [("lt", .lt), ("le", .le), ("eq", .eq), ("ne", .ne), ("gt", .gt), ("ge", .ge)]
        for c in numbers + containers {
            for (name, op) in compares {
                method(c, "__\(name)__") { vm, v, a in
                    if vm.typeOf(a[0]).isBuiltin || op == .eq || op == .ne { return try vm.compare(op, v, a[0]) }
                    return .obj(BuiltinTypes.notImplemented)
                }
            }
            method(c, "__hash__") { vm, v, _ in .int(try vm.hash(v)) }
            method(c, "__repr__") { vm, v, _ in .string(try vm.repr(v)) }
            method(c, "__str__") { vm, v, _ in
                if case .str(let s) = v, s.codePoints != nil { return v }
                return .string(try vm.str(v))
            }
        }
        for c in [BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.set] { c.dict.setStr("__hash__", .none) }
        method(BuiltinTypes.range, "index") { vm, v, a in
            let r = v.object as! PyRange
            if let n = vm.asNum(a[0]), !n.isFloat, vm.rangeContains(r, vm.big(n)) { return .bigint((vm.big(n) - r.bigStart) / r.bigStep) }
            if !(vm.asNum(a[0]).map { !$0.isFloat } ?? false), try vm.contains(v, a[0]) {
                // Not an int but equal to an element: its position by iteration (CPython's fallback).
                var i = 0
                for x in try vm.iterate(v) { if try vm.equals(x, a[0]) { return .int(i) }; i += 1 }
            }
            throw vm.valueError("\(try vm.repr(a[0])) is not in range")
        }
        method(BuiltinTypes.range, "count") { vm, v, a in .int(try vm.contains(v, a[0]) ? 1 : 0) }
    }
}
