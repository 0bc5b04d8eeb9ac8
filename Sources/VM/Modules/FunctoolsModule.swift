import Compiler

/// `functools`: `partial`, `reduce`, `wraps`, and `lru_cache`/`cache` (LRUCache.swift).
extension VM {
    static let functoolsModule = NativeModule(name: "functools") { vm, m in
        let partial = PyClass(name: "partial", base: BuiltinTypes.object, isBuiltin: true, module: "functools")
        partial.constructor = { vm, cls, a in
            guard a.count >= 1 else { throw vm.typeError("type 'partial' takes at least one argument") }
            guard vm.isCallable(a[0]) else { throw vm.typeError("the first argument must be callable") }
            let p = PyInstance(cls: cls)
            var fn = a[0]
            var args = Array(a.positional.dropFirst())
            let kw = PyDict()
            if case .obj(let inner) = fn, inner.cls === cls, let ip = inner as? PyInstance {
                // partial(partial(f, 1), 2) flattens to partial(f, 1, 2), as CPython does.
                fn = ip.dict.getStr("func")!
                args = ((ip.dict.getStr("args")?.object as? PyTuple)?.items ?? []) + args
                if let ikw = ip.dict.getStr("keywords")?.object as? PyDict {
                    for (k, v) in ikw.entries { try kw.set(k, v, vm: vm) }
                }
            }
            p.dict.setStr("func", fn)
            p.dict.setStr("args", .obj(PyTuple(args)))
            for (k, v) in a.keywords { kw.setStr(k, v) }
            p.dict.setStr("keywords", .obj(kw))
            return .obj(p)
        }
        TypeMethods.method(partial, "__call__") { vm, v, a in
            let p = v.object as! PyInstance
            var args = Args(((p.dict.getStr("args")?.object as? PyTuple)?.items ?? []) + a.positional)
            if let kw = p.dict.getStr("keywords")?.object as? PyDict {
                for (k, x) in kw.entries { if case .str(let s) = k { args.keywords.append((s.value, x)) } }
            }
            for (k, x) in a.keywords {
                args.keywords.removeAll { $0.0 == k }
                args.keywords.append((k, x))
            }
            return try vm.call(p.dict.getStr("func")!, args)
        }
        TypeMethods.method(partial, "__repr__") { vm, v, _ in
            let p = v.object as! PyInstance
            var parts = [try vm.repr(p.dict.getStr("func")!)]
            for x in (p.dict.getStr("args")?.object as? PyTuple)?.items ?? [] { parts.append(try vm.repr(x)) }
            if let kw = p.dict.getStr("keywords")?.object as? PyDict {
                for (k, x) in kw.entries { parts.append("\(try vm.str(k))=\(try vm.repr(x))") }
            }
            return .string("functools.partial(" + parts.joined(separator: ", ") + ")")
        }
        m.add("partial", .obj(partial))
        addLRUCache(vm, m)
        m.function("reduce") { vm, a in
            try vm.expectRange("reduce", a, 2, 3)
            let it = try vm.getIter(a[1])
            var acc: Value
            if a.count == 3 { acc = a[2] } else {
                guard let first = try vm.next(it) else { throw vm.typeError("reduce() of empty iterable with no initial value") }
                acc = first
            }
            while let x = try vm.next(it) { acc = try vm.call(a[0], [acc, x]) }
            return acc
        }
        m.function("update_wrapper") { vm, a in
            try vm.expectArgs("update_wrapper", a, 2)
            try vm.updateWrapper(a[0], a[1])
            return a[0]
        }
        m.function("wraps") { vm, a in
            try vm.expectArgs("wraps", a, 1)
            let wrapped = a[0]
            return .obj(PyNativeFunction(name: "decorator") { vm, b in
                try vm.expectArgs("decorator", b, 1)
                try vm.updateWrapper(b[0], wrapped)
                return b[0]
            })
        }
    }
}
