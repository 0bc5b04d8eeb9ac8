/// CPython's type attribute cache (`Objects/typeobject.c`, `_PyType_Lookup`): a direct-mapped
/// table from (type, interned name) to where the name was found along the type's MRO, so a
/// method or class attribute lookup is one probe instead of a dict lookup per class.
///
/// Entries are valid while `PyDict.typeEpoch` is unchanged: it advances whenever any class
/// namespace gains or loses a key and whenever a class is created, so a type or name reallocated
/// at a cached address never matches. Values are read from the namespace at use, so replacing a
/// method (`C.f = g`) needs no invalidation.
final class TypeAttributeCache {
    static let size = 4096
    let entries: UnsafeMutablePointer<AttrCache>

    init() {
        entries = UnsafeMutablePointer<AttrCache>.allocate(capacity: TypeAttributeCache.size)
        entries.initialize(repeating: AttrCache(), count: TypeAttributeCache.size)
    }

    deinit { entries.deallocate() }

    /// The entry `cls` and `name` map to (it may hold another pair).
    @inline(__always)
    func slot(_ cls: PyClass, _ name: PyStr) -> UnsafeMutablePointer<AttrCache> {
        let c = AttrCache.address(cls)
        let n = AttrCache.address(name)
        return entries + Int(((c >> 4) ^ (n >> 3) ^ (n >> 12)) & UInt(TypeAttributeCache.size - 1))
    }
}

extension VM {
    /// `cls`'s attribute `name` along its MRO (`PyClass.lookup`), as a filled cache entry.
    @inline(__always)
    func typeLookup(_ cls: PyClass, _ name: PyStr) -> AttrCache {
        let e = typeCache.slot(cls, name)
        let c = e.pointee
        if c.matches(cls) && c.name == AttrCache.address(name) { return c }
        return fillTypeCache(cls, name, e)
    }

    func fillTypeCache(_ cls: PyClass, _ name: PyStr, _ e: UnsafeMutablePointer<AttrCache>) -> AttrCache {
        var owner: PyDict?
        var entry = 0
        for k in cls.mro {
            if let i = k.dict.position(ofStr: name) { owner = k.dict; entry = i; break }
        }
        let c = AttrCache(cls: AttrCache.address(cls), name: AttrCache.address(name), epoch: PyDict.typeEpoch,
                          owner: owner.map { Unmanaged.passUnretained($0) }, entry: entry)
        e.pointee = c
        return c
    }
}
