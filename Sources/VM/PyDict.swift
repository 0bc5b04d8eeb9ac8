import Compiler
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// C's frexp: `x == m * 2**e` with 0.5 <= |m| < 1 and m carrying x's sign. (The Swift
/// overlay's `frexp(_:) -> (Double, Int)` drops the sign of the mantissa.)
func signedFrexp(_ x: Double) -> (Double, Int) {
    var e: Int32 = 0
    let m = frexp(x, &e)
    return (m, Int(e))
}

/// A Python `dict`: insertion-ordered, with CPython's semantics for keys (hash, then identity or
/// `==`). Layout follows CPython's compact dict: dense entry arrays in insertion order plus a
/// sparse open-addressing index. Deleted entries leave a `.null` key until the next compaction.
///
/// Hashing and equality of arbitrary keys can run Python code, so those operations take the VM.
public final class PyDict: PyObject {
    var keys: [Value] = []
    var values: [Value] = []
    var hashes: [Int] = []
    /// Open-addressing index into the entry arrays: -1 empty, -2 deleted.
    var index: [Int32] = []
    /// Number of live entries.
    public private(set) var count = 0
    /// Changes (to a value no other dict ever had) whenever an entry position may change: a key
    /// added or removed, the entries compacted. Replacing a value keeps it, so a cache of
    /// "name → entry position" keyed on it stays valid across stores (`NameCache`).
    private(set) var layoutVersion: UInt64

    /// Set for a class's namespace: its layout changes then also advance `typeEpoch`.
    var isTypeDict = false

    nonisolated(unsafe) private static var lastLayoutVersion: UInt64 = 0

    /// Advances whenever any class namespace gains or loses a key, or a class is created: the
    /// key of every `AttrCache` (which remembers where along an MRO a name was found).
    nonisolated(unsafe) static var typeEpoch: UInt64 = 1

    @inline(__always) private static func newLayoutVersion() -> UInt64 {
        lastLayoutVersion &+= 1
        return lastLayoutVersion
    }

    @inline(__always) private func layoutChanged() {
        layoutVersion = PyDict.newLayoutVersion()
        if isTypeDict { PyDict.typeEpoch &+= 1 }
    }

    public init() {
        layoutVersion = PyDict.newLayoutVersion()
        super.init(cls: BuiltinTypes.dictIfReady, kind: .dict)
    }

    public init(cls: PyClass) {
        layoutVersion = PyDict.newLayoutVersion()
        super.init(cls: cls, kind: .dict)
    }

    /// The value at an entry position found by `position(ofStr:)` while `layoutVersion` holds.
    @inline(__always) func value(at e: Int) -> Value { values[e] }

    /// Replaces the value at an entry position (the layout does not change).
    @inline(__always) func setValue(_ v: Value, at e: Int) { values[e] = v }

    // MARK: lookup core

    /// Finds the entry for `key`; returns (entry index or -1, index slot where it would go).
    private func find(_ key: Value, hash: Int, vm: VM?) throws -> (entry: Int, slot: Int) {
        if index.isEmpty { return (-1, -1) }
        let mask = index.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var firstFree = -1
        while true {
            let e = Int(index[i])
            if e == -1 { return (-1, firstFree >= 0 ? firstFree : i) }
            if e == -2 {
                if firstFree < 0 { firstFree = i }
            } else if hashes[e] == hash {
                let k = keys[e]
                if k.isIdentical(key) { return (e, i) }
                if let vm = vm, try vm.equals(k, key) {
                    // The table may have changed while `==` ran Python code; re-check.
                    if e < keys.count, !keys[e].isNull { return (e, i) }
                }
                else if vm == nil, fastEquals(k, key) { return (e, i) }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    private func fastEquals(_ a: Value, _ b: Value) -> Bool {
        if case .str(let x) = a, case .str(let y) = b { return x.sameCodePoints(y) }
        return false
    }

    private func rebuildIndex(minimum: Int) {
        layoutChanged()
        var size = 8
        while size * 2 < minimum * 3 { size <<= 1 }
        // Compact the entries first so the index only points at live ones.
        if count != keys.count {
            var nk: [Value] = [], nv: [Value] = [], nh: [Int] = []
            nk.reserveCapacity(count); nv.reserveCapacity(count); nh.reserveCapacity(count)
            for i in 0..<keys.count where !keys[i].isNull {
                nk.append(keys[i]); nv.append(values[i]); nh.append(hashes[i])
            }
            keys = nk; values = nv; hashes = nh
        }
        index = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for e in 0..<keys.count {
            var perturb = UInt(bitPattern: hashes[e])
            var i = Int(UInt(bitPattern: hashes[e]) & UInt(mask))
            while index[i] != -1 {
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
            index[i] = Int32(e)
        }
    }

    // MARK: public API (VM-aware)

    public func get(_ key: Value, vm: VM) throws -> Value? {
        let h = try vm.hash(key)
        let (e, _) = try find(key, hash: h, vm: vm)
        return e >= 0 ? values[e] : nil
    }

    public func set(_ key: Value, _ value: Value, vm: VM) throws {
        let h = try vm.hash(key)
        try insert(key, value, hash: h, vm: vm)
    }

    func insert(_ key: Value, _ value: Value, hash h: Int, vm: VM?) throws {
        let (e, slot) = try find(key, hash: h, vm: vm)
        if e >= 0 { values[e] = value; return }
        if slot < 0 || (keys.count + 1) * 3 >= index.count * 2 {
            keys.append(key); values.append(value); hashes.append(h); count += 1
            rebuildIndex(minimum: count + 1)
            return
        }
        index[slot] = Int32(keys.count)
        keys.append(key); values.append(value); hashes.append(h); count += 1
        layoutChanged()
    }

    /// Removes `key`; returns its value, or nil when absent.
    @discardableResult
    public func remove(_ key: Value, vm: VM) throws -> Value? {
        let h = try vm.hash(key)
        let (e, slot) = try find(key, hash: h, vm: vm)
        guard e >= 0 else { return nil }
        let v = values[e]
        keys[e] = .null; values[e] = .null
        index[slot] = -2
        count -= 1
        layoutChanged()
        if count == 0 { keys = []; values = []; hashes = []; index = [] }
        return v
    }

    public func contains(_ key: Value, vm: VM) throws -> Bool { try get(key, vm: vm) != nil }

    public func removeAll() {
        keys = []; values = []; hashes = []; index = []; count = 0
        layoutChanged()
    }

    // MARK: str-keyed fast paths (namespaces, attributes, keyword arguments)

    public func getStr(_ name: String) -> Value? {
        getStr(name, hash: PyHash.string(name))
    }

    /// Lookup by a Swift string whose hash the caller already has (no key object is made).
    func getStr(_ name: String, hash h: Int) -> Value? {
        let (e, _) = findStr(name, hash: h)
        return e >= 0 ? values[e] : nil
    }

    /// `find` for a str key given as a Swift string: str keys compare by code points, and no other
    /// key type can equal a str without running Python code, which this lookup never does.
    private func findStr(_ name: String, hash: Int) -> (entry: Int, slot: Int) {
        if index.isEmpty { return (-1, -1) }
        let mask = index.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let e = Int(index[i])
            if e == -1 { return (-1, i) }
            // Code points, not Swift's canonical equivalence (as `PyStr.sameCodePoints`).
            if e >= 0, hashes[e] == hash, case .str(let k) = keys[e],
               PyStr.sameUTF8(k.value, name) { return (e, i) }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// The entry position of a str key, or nil when absent (valid while `layoutVersion` holds).
    func position(ofStr key: PyStr) -> Int? {
        let h = key.cachedHash ?? { let h = PyHash.string(key.value); key.cachedHash = h; return h }()
        guard let (e, _) = try? find(.str(key), hash: h, vm: nil), e >= 0 else { return nil }
        return e
    }

    /// Lookup by an existing str object (avoids allocating a key).
    public func getStr(_ key: PyStr) -> Value? {
        let h = key.cachedHash ?? { let h = PyHash.string(key.value); key.cachedHash = h; return h }()
        guard let (e, _) = try? find(.str(key), hash: h, vm: nil) else { return nil }
        return e >= 0 ? values[e] : nil
    }

    public func setStr(_ name: String, _ value: Value) {
        let key = PyStr(name)
        let h = PyHash.string(name)
        key.cachedHash = h
        try? insert(.str(key), value, hash: h, vm: nil)
    }

    public func setStr(_ key: PyStr, _ value: Value) {
        let h = key.cachedHash ?? { let h = PyHash.string(key.value); key.cachedHash = h; return h }()
        try? insert(.str(key), value, hash: h, vm: nil)
    }

    @discardableResult
    public func removeStr(_ name: String) -> Value? {
        let h = PyHash.string(name)
        guard let (e, slot) = try? find(.string(name), hash: h, vm: nil), e >= 0 else { return nil }
        let v = values[e]
        keys[e] = .null; values[e] = .null
        index[slot] = -2
        count -= 1
        layoutChanged()
        return v
    }

    // MARK: iteration

    /// Live entries in insertion order.
    public var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count where !keys[i].isNull { out.append((keys[i], values[i])) }
        return out
    }

    public var orderedKeys: [Value] {
        if count == keys.count { return keys }
        return keys.filter { !$0.isNull }
    }

    public var orderedValues: [Value] {
        if count == keys.count { return values }
        var out: [Value] = []
        for i in 0..<keys.count where !keys[i].isNull { out.append(values[i]) }
        return out
    }

    /// Size of the entry arrays (including deleted slots) — iterators walk positions up to it.
    var entryCapacity: Int { keys.count }

    /// The entry at a raw position, or nil for a deleted slot.
    func entry(at i: Int) -> (key: Value, value: Value)? {
        guard i < keys.count, !keys[i].isNull else { return nil }
        return (keys[i], values[i])
    }

    public func copy() -> PyDict {
        let d = PyDict()
        d.keys = keys; d.values = values; d.hashes = hashes; d.index = index; d.count = count
        d.layoutVersion = PyDict.newLayoutVersion()
        return d
    }

    /// Removes and returns the last inserted entry (`popitem`).
    func popLast() -> (Value, Value)? {
        var i = keys.count - 1
        while i >= 0 && keys[i].isNull { i -= 1 }
        guard i >= 0 else { return nil }
        let kv = (keys[i], values[i])
        let h = hashes[i]
        keys.removeSubrange(i...); values.removeSubrange(i...); hashes.removeSubrange(i...)
        count -= 1
        _ = h
        rebuildIndex(minimum: count + 1)
        return kv
    }
}

/// Hash functions with CPython's results for numbers (so mixed int/float keys collide as they
/// should and int sets iterate in CPython's order) and a fixed, deterministic string hash.
public enum PyHash {
    /// 2**61 - 1, CPython's modulus for numeric hashes.
    public static let modulus: Int = (1 << 61) - 1

    public static func int(_ v: Int) -> Int {
        if v == Int.min {
            // -(2**63) mod (2**61-1)
            let r = -(Int((UInt64(1) << 63) % UInt64(modulus)))
            return r == -1 ? -2 : r
        }
        var r = abs(v) % modulus
        if v < 0 { r = -r }
        return r == -1 ? -2 : r
    }

    /// CPython's `_Py_HashDouble` (without the NaN identity hash: NaN hashes to 0 here).
    public static func double(_ v: Double) -> Int {
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        if v.isNaN { return 0 }
        var m = signedFrexp(v)
        var sign = 1
        if m.0 < 0 { sign = -1; m.0 = -m.0 }
        var x: UInt64 = 0
        var e = m.1
        var mant = m.0
        while mant != 0 {
            x = ((x << 28) & UInt64(modulus)) | (x >> (61 - 28))
            mant *= 268435456.0
            e -= 28
            let y = UInt64(mant)
            mant -= Double(y)
            x += y
            if x >= UInt64(modulus) { x -= UInt64(modulus) }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(shift)) & UInt64(modulus)) | (x >> UInt64(61 - shift))
        var r = Int(x) * sign
        if r == -1 { r = -2 }
        return r
    }

    /// FNV-1a over the UTF-8 bytes: deterministic across runs (CPython randomises str hashes,
    /// so no program can depend on the exact values).
    public static func string(_ s: String) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        var r = Int(bitPattern: UInt(h))
        if r == -1 { r = -2 }
        return r
    }
}
