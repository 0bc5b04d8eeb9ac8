import Compiler

/// `functools.lru_cache` / `functools.cache`: CPython's C `_lru_cache_wrapper`, so hit/miss
/// counts, eviction order, cache keys and errors match what tutorials print.
///
/// The cache is an insertion-ordered `PyDict`: the first entry is the least recently used.
/// A hit moves its entry to the end (remove + re-insert), as CPython's linked list does.
final class PyLRUCacheWrapper: PyInstance {
    let function: Value
    /// nil = unbounded (`maxsize=None`, `cache`); 0 = no caching at all, only counting misses.
    let maxsize: Int?
    let typed: Bool
    let cache = PyDict()
    var hits = 0
    var misses = 0

    init(cls: PyClass, function: Value, maxsize: Int?, typed: Bool) {
        self.function = function
        self.maxsize = maxsize
        self.typed = typed
        super.init(cls: cls)
    }
}

extension VM {
    /// Separates positional from keyword arguments inside a cache key (CPython's `kwd_mark`):
    /// `f(1, a=2)` and `f(1, "a", 2)` must not share an entry.
    private static let keywordMark = PyInstance(cls: BuiltinTypes.object)

    /// CPython's `lru_cache_make_key`: one positional int or str (exact types, untyped) is its
    /// own key, so `f(1)` and `f(1.0)` are separate entries; everything else is a tuple of the
    /// arguments, the keyword mark with names and values, then the types when `typed`.
    func lruCacheKey(_ w: PyLRUCacheWrapper, _ a: Args) -> Value {
        if !w.typed && a.keywords.isEmpty && a.positional.count == 1 {
            switch a.positional[0] {
            case .int, .str: return a.positional[0]
            case .obj(let o) where o.kind == .bigint: return a.positional[0]
            default: break
            }
        }
        var items = a.positional
        if !a.keywords.isEmpty {
            items.append(.obj(VM.keywordMark))
            for (k, v) in a.keywords { items.append(.string(k)); items.append(v) }
        }
        if w.typed {
            for v in a.positional { items.append(.obj(typeOf(v))) }
            for (_, v) in a.keywords { items.append(.obj(typeOf(v))) }
        }
        return .obj(PyTuple(items))
    }

    /// One call through the wrapper, following the C wrapper for each kind of `maxsize`.
    func callLRUCache(_ w: PyLRUCacheWrapper, _ a: Args) throws -> Value {
        // The C wrapper's tp_call counts toward the recursion limit (3.11 has one counter for
        // C and Python calls), so a wrapped recursive function gets half the depth.
        try enterDepth(" while calling a Python object")
        defer { depth -= 1 }
        guard let maxsize = w.maxsize else {
            let key = lruCacheKey(w, a)
            if let r = try w.cache.get(key, vm: self) { w.hits += 1; return r }
            w.misses += 1
            let r = try call(w.function, a)
            try w.cache.set(key, r, vm: self)
            return r
        }
        if maxsize == 0 {
            // No key is made at all: unhashable arguments are fine here.
            w.misses += 1
            return try call(w.function, a)
        }
        let key = lruCacheKey(w, a)
        if let r = try w.cache.get(key, vm: self) {
            _ = try w.cache.remove(key, vm: self)
            try w.cache.set(key, r, vm: self)
            w.hits += 1
            return r
        }
        w.misses += 1
        let r = try call(w.function, a)
        // A recursive call may have cached this key meanwhile: keep that entry (CPython does).
        if try w.cache.get(key, vm: self) != nil { return r }
        if w.cache.count >= maxsize, let oldest = w.cache.entries.first {
            _ = try w.cache.remove(oldest.key, vm: self)
        }
        try w.cache.set(key, r, vm: self)
        return r
    }

    /// `update_wrapper(wrapper, wrapped)`: the WRAPPER_ASSIGNMENTS that `wrapped` has, its
    /// `__dict__` entries, then `__wrapped__` (last, so a copied `__wrapped__` is replaced).
    func updateWrapper(_ wrapper: Value, _ wrapped: Value) throws {
        for attr in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
            if let v = try getAttrOptional(wrapped, attr) { try setAttr(wrapper, attr, v) }
        }
        if let d = wrapped.object?.attributes {
            for (k, v) in d.entries { if case .str(let name) = k { try setAttr(wrapper, name.value, v) } }
        }
        try setAttr(wrapper, "__wrapped__", wrapped)
    }

    /// Adds `lru_cache`, `cache` and the classes behind them to the functools module.
    static func addLRUCache(_ vm: VM, _ m: NativeModuleBuilder) {
        // CPython's CacheInfo is a namedtuple, a Python class: comparisons go through its
        // dunders, which the VM only calls for non-builtin classes.
        let cacheInfo = PyClass(name: "CacheInfo", base: BuiltinTypes.object, isBuiltin: false, module: "functools")
        let cacheInfoMethods: [String: TypeMethods.Method] = [
            "__repr__": { vm, v, _ in
                let t = (v.object as! PyInstance).dict
                let parts = try ["hits", "misses", "maxsize", "currsize"].map { "\($0)=\(try vm.repr(t.getStr($0)!))" }
                return .string("CacheInfo(" + parts.joined(separator: ", ") + ")")
            },
            "__iter__": { vm, v, _ in try vm.getIter(vm.cacheInfoTuple(v)) },
            "__len__": { _, _, _ in .int(4) },
            "__getitem__": { vm, v, a in try vm.getItem(vm.cacheInfoTuple(v), a[0]) },
            "__eq__": { vm, v, a in
                let other: Value
                if case .obj(let o) = a[0], o.cls === v.object!.cls { other = vm.cacheInfoTuple(a[0]) } else { other = a[0] }
                return try vm.compare(.eq, vm.cacheInfoTuple(v), other)
            },
        ]
        for (name, method) in cacheInfoMethods { TypeMethods.method(cacheInfo, name, method) }
        m.add("_CacheInfo", .obj(cacheInfo))
        let wrapperClass = m.nativeClass("_lru_cache_wrapper", methods: [
            "__call__": { vm, v, a in try vm.callLRUCache(v.object as! PyLRUCacheWrapper, a) },
            "cache_info": { vm, v, _ in
                let w = v.object as! PyLRUCacheWrapper
                let info = PyInstance(cls: cacheInfo)
                info.dict.setStr("hits", .int(w.hits))
                info.dict.setStr("misses", .int(w.misses))
                info.dict.setStr("maxsize", w.maxsize.map { .int($0) } ?? .none)
                info.dict.setStr("currsize", .int(w.cache.count))
                return .obj(info)
            },
            "cache_clear": { _, v, _ in
                let w = v.object as! PyLRUCacheWrapper
                w.cache.removeAll()
                w.hits = 0
                w.misses = 0
                return .none
            },
            "cache_parameters": { _, v, _ in
                let w = v.object as! PyLRUCacheWrapper
                let d = PyDict()
                d.setStr("maxsize", w.maxsize.map { .int($0) } ?? .none)
                d.setStr("typed", .bool(w.typed))
                return .obj(d)
            },
        ]) { vm, _, _ in throw vm.typeError("cannot create 'functools._lru_cache_wrapper' instances") }

        func wrap(_ f: Value, _ maxsize: Int?, _ typed: Bool) throws -> Value {
            guard vm.isCallable(f) else { throw vm.typeError("the first argument must be callable") }
            let w = PyLRUCacheWrapper(cls: wrapperClass, function: f, maxsize: maxsize, typed: typed)
            try vm.updateWrapper(.obj(w), f)
            return .obj(w)
        }
        m.function("lru_cache") { vm, a in
            try vm.expectRange("lru_cache", a, 0, 2)
            let first = a.count > 0 ? a[0] : (a.keyword("maxsize") ?? .int(128))
            let typedValue = a.count > 1 ? a[1] : (a.keyword("typed") ?? .bool(false))
            let typed = try vm.isTrue(typedValue)
            let maxsize: Int?
            switch first {
            case .int(let n): maxsize = max(n, 0)
            case .bool(let b): maxsize = b ? 1 : 0
            case .none: maxsize = nil
            default:
                // `@lru_cache` without parentheses: the function itself came as maxsize.
                if case .bool = typedValue, vm.isCallable(first) { return try wrap(first, 128, typed) }
                throw vm.typeError("Expected first argument to be an integer, a callable, or None")
            }
            return .obj(PyNativeFunction(name: "decorating_function") { vm, b in
                try vm.expectArgs("decorating_function", b, 1)
                return try wrap(b[0], maxsize, typed)
            })
        }
        m.function("cache") { vm, a in
            try vm.expectArgs("cache", a, 1)
            return try wrap(a[0], nil, false)
        }
    }

    func cacheInfoTuple(_ v: Value) -> Value {
        let d = (v.object as! PyInstance).dict
        return .obj(PyTuple(["hits", "misses", "maxsize", "currsize"].map { d.getStr($0)! }))
    }
}
