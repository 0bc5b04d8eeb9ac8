import Compiler
/// A Python `set` or `frozenset`, laid out exactly like CPython's set table (open addressing,
/// 9 linear probes then perturbed probing, the same growth rule) so that sets of ints iterate in
/// CPython's order. Empty slots have key `.null` and hash 0; deleted ("dummy") slots `.null`, -1.
public final class PySet: PyObject {
    static let minSize = 8
    static let linearProbes = 9

    var keys: [Value]
    var hashes: [Int]
    var mask: Int
    /// Active entries.
    public private(set) var used = 0
    /// Active plus dummy entries.
    var fill = 0
    /// Where `pop()` resumes its scan.
    var finger = 0

    public init(frozen: Bool = false) {
        keys = [Value](repeating: .null, count: PySet.minSize)
        hashes = [Int](repeating: 0, count: PySet.minSize)
        mask = PySet.minSize - 1
        super.init(cls: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set, kind: frozen ? .frozenset : .set)
    }

    public var isFrozen: Bool { kind == .frozenset }
    public var count: Int { used }

    /// Live keys in table order (the iteration order).
    public var orderedKeys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(used)
        for i in 0...mask where !keys[i].isNull { out.append(keys[i]) }
        return out
    }

    /// Live (key, hash) pairs in table order.
    var entries: [(Value, Int)] {
        var out: [(Value, Int)] = []
        out.reserveCapacity(used)
        for i in 0...mask where !keys[i].isNull { out.append((keys[i], hashes[i])) }
        return out
    }

    var tableSize: Int { mask + 1 }
    func key(at i: Int) -> Value? { i <= mask && !keys[i].isNull ? keys[i] : nil }

    // MARK: core operations (CPython's set_add_entry, set_insert_clean, set_table_resize)

    func lookup(_ key: Value, hash: Int, vm: VM) throws -> Int? {
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                let k = keys[j]
                if k.isNull && hashes[j] == 0 { return nil }
                if !k.isNull && hashes[j] == hash {
                    if k.isIdentical(key) { return j }
                    if try vm.equals(k, key) { return j }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    public func contains(_ key: Value, vm: VM) throws -> Bool {
        try lookup(key, hash: vm.hash(key), vm: vm) != nil
    }

    public func add(_ key: Value, vm: VM) throws {
        try add(key, hash: vm.hash(key), vm: vm)
    }

    func add(_ key: Value, hash: Int, vm: VM) throws {
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var freeSlot = -1
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                let k = keys[j]
                if k.isNull && hashes[j] == 0 {
                    if freeSlot >= 0 {
                        used += 1
                        keys[freeSlot] = key; hashes[freeSlot] = hash
                        return
                    }
                    fill += 1; used += 1
                    keys[j] = key; hashes[j] = hash
                    if fill * 5 < mask * 3 { return }
                    resize(used > 50000 ? used * 2 : used * 4)
                    return
                }
                if !k.isNull && hashes[j] == hash {
                    if k.isIdentical(key) { return }
                    if try vm.equals(k, key) { return }
                } else if k.isNull && hashes[j] == -1 {
                    // CPython keeps the last dummy slot seen, not the first.
                    freeSlot = j
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    private static func insertClean(_ keys: inout [Value], _ hashes: inout [Int], mask: Int, key: Value, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            if keys[i].isNull { keys[i] = key; hashes[i] = hash; return }
            if i + linearProbes <= mask {
                for j in 1...linearProbes where keys[i + j].isNull {
                    keys[i + j] = key; hashes[i + j] = hash; return
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    func resize(_ minUsed: Int) {
        var newSize = PySet.minSize
        while newSize <= minUsed { newSize <<= 1 }
        var nk = [Value](repeating: .null, count: newSize)
        var nh = [Int](repeating: 0, count: newSize)
        for i in 0...mask where !keys[i].isNull {
            PySet.insertClean(&nk, &nh, mask: newSize - 1, key: keys[i], hash: hashes[i])
        }
        keys = nk; hashes = nh; mask = newSize - 1
        fill = used
    }

    /// Removes `key`; returns whether it was present.
    @discardableResult
    public func discard(_ key: Value, vm: VM) throws -> Bool {
        guard let j = try lookup(key, hash: vm.hash(key), vm: vm) else { return false }
        keys[j] = .null; hashes[j] = -1; used -= 1
        return true
    }

    /// `set.pop()`: CPython's finger scan.
    func pop() -> Value? {
        guard used > 0 else { return nil }
        var i = finger & mask
        while keys[i].isNull { i += 1; if i > mask { i = 0 } }
        let k = keys[i]
        keys[i] = .null; hashes[i] = -1; used -= 1
        finger = i + 1
        return k
    }

    public func removeAll() {
        keys = [Value](repeating: .null, count: PySet.minSize)
        hashes = [Int](repeating: 0, count: PySet.minSize)
        mask = PySet.minSize - 1
        used = 0; fill = 0; finger = 0
    }

    /// CPython's `set_merge`: adding every entry of another set, with its shortcuts that decide
    /// the resulting layout.
    func merge(_ other: PySet, vm: VM) throws {
        if other === self || other.used == 0 { return }
        if (fill + other.used) * 5 >= mask * 3 { resize((used + other.used) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            keys = other.keys; hashes = other.hashes
            fill = other.fill; used = other.used
            return
        }
        if fill == 0 {
            fill = other.used; used = other.used
            for i in 0...other.mask where !other.keys[i].isNull {
                PySet.insertClean(&keys, &hashes, mask: mask, key: other.keys[i], hash: other.hashes[i])
            }
            return
        }
        for i in 0...other.mask where !other.keys[i].isNull {
            try add(other.keys[i], hash: other.hashes[i], vm: vm)
        }
    }

    /// `set_update_internal` for a dict: resize once, then add keys in dict order.
    func mergeDict(_ d: PyDict, vm: VM) throws {
        let n = d.count
        if (fill + n) * 5 >= mask * 3 { resize((used + n) * 2) }
        for (i, k) in d.keys.enumerated() where !k.isNull {
            try add(k, hash: d.hashes[i], vm: vm)
        }
    }

    /// CPython's `set_copy`: a new set filled by `set_merge` (so the layout may be rebuilt).
    func copy(frozen: Bool? = nil, vm: VM) -> PySet {
        let s = PySet(frozen: frozen ?? isFrozen)
        try? s.merge(self, vm: vm)  // cannot run Python code: the target starts empty
        return s
    }
}
