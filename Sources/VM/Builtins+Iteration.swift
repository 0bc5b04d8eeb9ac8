import Compiler

/// Builtins that consume or wrap iterables: enumerate, zip, map, filter, reversed, sorted,
/// min, max, sum, any, all.
extension VM {
    func installIterationBuiltins() {
        def("sorted") { vm, a in
            try vm.expectArgs("sorted", a, 1)
            var items = try vm.iterate(a[0])
            // sorted() calls list.sort through a method descriptor, which CPython counts.
            try vm.enterDepth(" while calling a Python object")
            defer { vm.depth -= 1 }
            try vm.sortValues(&items, key: a.keyword("key") ?? .none, reverse: try vm.isTrue(a.keyword("reverse") ?? .bool(false)))
            return .obj(PyList(items))
        }
        def("min") { vm, a in try vm.minMax(a, "min", .lt) }
        def("max") { vm, a in try vm.minMax(a, "max", .gt) }
        def("sum") { vm, a in
            try vm.expectRange("sum", a, 1, 2)
            var total: Value = a.count > 1 ? a[1] : (a.keyword("start") ?? .int(0))
            if case .str = total { throw vm.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            var items = try ItemStream(a[0], vm: vm)
            while let x = try items.next(vm) {
                // Small ints add in place, as CPython's sum keeps a C long while it can.
                if case .int(let a) = total, case .int(let b) = x {
                    let (r, overflow) = a.addingReportingOverflow(b)
                    if !overflow { total = .int(r); continue }
                }
                total = try vm.binaryOp(.add, total, x)
            }
            return total
        }
        def("any") { vm, a in
            try vm.expectArgs("any", a, 1)
            var items = try ItemStream(a[0], vm: vm)
            while let x = try items.next(vm) { if try vm.isTrue(x) { return .bool(true) } }
            return .bool(false)
        }
        def("all") { vm, a in
            try vm.expectArgs("all", a, 1)
            var items = try ItemStream(a[0], vm: vm)
            while let x = try items.next(vm) { if !(try vm.isTrue(x)) { return .bool(false) } }
            return .bool(true)
        }
    }

    /// CPython's list sort (`TimSort`) with Python's `<`, which may run Python code and raise.
    func sortValues(_ items: inout [Value], key: Value, reverse: Bool) throws {
        var keys = items
        if !key.isNone { keys = try items.map { try call(key, [$0]) } }
        var idx = Array(0..<items.count)
        // Reverse keeps stability: CPython reverses, sorts, reverses again.
        if reverse { idx.reverse() }
        try TimSort.sort(&idx) { [unowned self] i, j in
            let a = keys[i], b = keys[j]
            if case .int(let x) = a, case .int(let y) = b { return x < y }
            if case .str(let x) = a, case .str(let y) = b { return self.compareStrings(.lt, x, y) }
            return try self.isTrue(try self.compare(.lt, a, b))
        }
        if reverse { idx.reverse() }
        items = idx.map { items[$0] }
    }

    func minMax(_ a: Args, _ name: String, _ op: Compiler.CompareOp) throws -> Value {
        let key = a.keyword("key") ?? .none
        let dflt = a.keyword("default")
        for (k, _) in a.keywords where k != "key" && k != "default" {
            throw typeError("'\(k)' is an invalid keyword argument for \(name)()")
        }
        var items: [Value]
        if a.count == 0 { throw typeError("\(name) expected at least 1 argument, got 0") }
        if a.count == 1 {
            items = try iterate(a[0])
        } else {
            if dflt != nil { throw typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = a.positional
        }
        guard var best = items.first else {
            if let d = dflt { return d }
            throw valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try call(key, [best])
        for x in items.dropFirst() {
            let k = key.isNone ? x : try call(key, [x])
            if try isTrue(try compare(op, k, bestKey)) { best = x; bestKey = k }
        }
        return best
    }
}

/// Constructors of the iterator types (`enumerate(...)`, `zip(...)`, …).
enum IteratorConstructors {
    static func install() {
        BuiltinTypes.enumerate.constructor = { vm, cls, a in
            guard a.count >= 1 else { throw vm.typeError("enumerate() missing required argument 'iterable' (pos 1)") }
            let it = try vm.getIter(a[0])
            var i: Value = a.count > 1 ? a[1] : (a.keyword("start") ?? .int(0))
            return .obj(PyIterator(.closure({ [unowned vm] in
                guard let x = try vm.next(it) else { return nil }
                let r = Value.obj(PyTuple([i, x]))
                i = try vm.binaryOp(.add, i, .int(1))
                return r
            }), cls: BuiltinTypes.enumerate))
        }
        BuiltinTypes.zip.constructor = { vm, cls, a in
            let its = try a.positional.map { try vm.getIter($0) }
            let strict = try vm.isTrue(a.keyword("strict") ?? .bool(false))
            return .obj(PyIterator(.closure({ [unowned vm] in
                if its.isEmpty { return nil }
                var row: [Value] = []
                for (n, it) in its.enumerated() {
                    guard let x = try vm.next(it) else {
                        if strict {
                            if n > 0 { throw vm.valueError("zip() argument \(n + 1) is shorter than argument\(n == 1 ? "" : "s") 1\(n == 1 ? "" : "-\(n)")") }
                            for (m, other) in its.enumerated().dropFirst() where try vm.next(other) != nil {
                                throw vm.valueError("zip() argument \(m + 1) is longer than argument\(m == 1 ? "" : "s") 1\(m == 1 ? "" : "-\(m)")")
                            }
                        }
                        return nil
                    }
                    row.append(x)
                }
                return .obj(PyTuple(row))
            }), cls: BuiltinTypes.zip))
        }
        BuiltinTypes.map.constructor = { vm, cls, a in
            guard a.count >= 2 else { throw vm.typeError("map() must have at least two arguments.") }
            let fn = a[0]
            let its = try a.positional.dropFirst().map { try vm.getIter($0) }
            return .obj(PyIterator(.closure({ [unowned vm] in
                var args: [Value] = []
                for it in its {
                    guard let x = try vm.next(it) else { return nil }
                    args.append(x)
                }
                return try vm.call(fn, args)
            }), cls: BuiltinTypes.map))
        }
        BuiltinTypes.filter.constructor = { vm, cls, a in
            try vm.expectArgs("filter", a, 2)
            let fn = a[0]
            let it = try vm.getIter(a[1])
            return .obj(PyIterator(.closure({ [unowned vm] in
                while let x = try vm.next(it) {
                    let keep = fn.isNone ? try vm.isTrue(x) : try vm.isTrue(try vm.call(fn, [x]))
                    if keep { return x }
                }
                return nil
            }), cls: BuiltinTypes.filter))
        }
        BuiltinTypes.reversed.constructor = { vm, cls, a in
            try vm.expectArgs("reversed", a, 1)
            let x = a[0]
            if case .obj(let o) = x, !o.cls.isBuiltin, let m = o.cls.lookup("__reversed__") { return try vm.call(m, [x]) }
            let items: [Value]
            switch x {
            case .str, .obj(_) where x.object.map({ [.list, .tuple, .range, .bytes].contains($0.kind) }) ?? false:
                items = try vm.iterate(x)
            case .obj(let o) where o.kind == .dict:
                items = unsafeDowncast(o, to: PyDict.self).orderedKeys
            case .obj(let o as PyDictView):
                switch o.view {
                case .keys: items = o.dict.orderedKeys
                case .values: items = o.dict.orderedValues
                case .items: items = o.dict.entries.map { .obj(PyTuple([$0.0, $0.1])) }
                }
            case .obj(let o) where o.cls.lookup("__len__") != nil && o.cls.lookup("__getitem__") != nil:
                let n = try vm.length(x)
                var out: [Value] = []
                for i in 0..<n { out.append(try vm.getItem(x, .int(i))) }
                items = out
            default:
                throw vm.typeError("'\(vm.typeName(x))' object is not reversible")
            }
            if case .obj(let o) = x, o.kind == .list {
                // A live view: reversed(list) reads the list as it iterates.
                let l = unsafeDowncast(o, to: PyList.self)
                var i = l.items.count - 1
                return .obj(PyIterator(.closure({
                    guard i >= 0 && i < l.items.count else { return nil }
                    i -= 1
                    return l.items[i + 1]
                }), cls: BuiltinTypes.listReverseIterator))
            }
            // The type CPython's __reversed__ of each builtin returns.
            var cls = BuiltinTypes.reversed
            switch x.object {
            case let r as PyRange: cls = r.big == nil ? BuiltinTypes.rangeIterator : BuiltinTypes.longRangeIterator
            case let d as PyDictView:
                cls = d.view == .keys ? BuiltinTypes.dictReverseKeyIterator
                    : d.view == .values ? BuiltinTypes.dictReverseValueIterator : BuiltinTypes.dictReverseItemIterator
            case let o? where o.kind == .dict: cls = BuiltinTypes.dictReverseKeyIterator
            default: break
            }
            return .obj(PyIterator(.tuple(items.reversed()), cls: cls))
        }
    }
}
