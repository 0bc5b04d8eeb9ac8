/// A FIFO ring buffer (CPython's `collections.deque` for the ready queue and waiter lists).
/// Contiguous storage, power-of-two capacity, no per-element allocation.
public struct Deque<Element> {
    @usableFromInline var storage: ContiguousArray<Element?>
    @usableFromInline var head = 0
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var c = 16
        while c < capacity { c <<= 1 }
        storage = ContiguousArray(repeating: nil, count: c)
    }

    public var isEmpty: Bool { count == 0 }

    @inline(__always)
    public mutating func append(_ x: Element) {
        if count == storage.count { grow() }
        storage[(head + count) & (storage.count - 1)] = x
        count += 1
    }

    @inline(__always)
    public mutating func popFirst() -> Element? {
        if count == 0 { return nil }
        let x = storage[head]
        storage[head] = nil
        head = (head + 1) & (storage.count - 1)
        count -= 1
        return x
    }

    public var first: Element? { count == 0 ? nil : storage[head] }

    public subscript(i: Int) -> Element {
        get { storage[(head + i) & (storage.count - 1)]! }
        set { storage[(head + i) & (storage.count - 1)] = newValue }
    }

    /// Removes the element at position `i`, moving the shorter side: O(min(i, n − i)). Waiters
    /// are removed near the front (the woken one), so shifting the tail would make every
    /// hand-off of a lock with n waiters cost O(n) — CPython's deque.remove rotates the front.
    public mutating func remove(at i: Int) {
        precondition(i >= 0 && i < count)
        let mask = storage.count - 1
        if i < count / 2 {
            var j = i
            while j > 0 { self[j] = self[j - 1]; j -= 1 }
            storage[head] = nil
            head = (head + 1) & mask
        } else {
            var j = i
            while j < count - 1 { self[j] = self[j + 1]; j += 1 }
            storage[(head + count - 1) & mask] = nil
        }
        count -= 1
    }

    public mutating func removeAll() {
        while popFirst() != nil {}
        head = 0
    }

    public var elements: [Element] { (0..<count).map { self[$0] } }

    mutating func grow() {
        var n = ContiguousArray<Element?>(repeating: nil, count: storage.count * 2)
        for i in 0..<count { n[i] = storage[(head + i) & (storage.count - 1)] }
        storage = n
        head = 0
    }
}

extension Deque where Element: AnyObject {
    /// Index of `x` by identity, like `deque.index` on objects compared by identity.
    public func firstIndex(of x: Element) -> Int? {
        for i in 0..<count where self[i] === x { return i }
        return nil
    }
    /// `deque.remove(x)`; returns false where CPython raises ValueError.
    @discardableResult
    public mutating func remove(_ x: Element) -> Bool {
        guard let i = firstIndex(of: x) else { return false }
        remove(at: i)
        return true
    }
}

/// The loop's ready queue: a ring buffer over raw storage that moves elements in and out
/// without retain/release traffic (the hottest structure of the engine).
final class RingBuffer<Element> {
    private var buf: UnsafeMutablePointer<Element>
    private var cap: Int
    private var head = 0
    private(set) var count = 0

    init(capacity: Int = 256) {
        var c = 16
        while c < capacity { c <<= 1 }
        cap = c
        buf = UnsafeMutablePointer<Element>.allocate(capacity: c)
    }

    deinit {
        removeAll()
        buf.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func append(_ x: __owned Element) {
        if count == cap { grow() }
        (buf + ((head + count) & (cap - 1))).initialize(to: x)
        count += 1
    }

    /// Precondition: not empty.
    @inline(__always)
    func removeFirst() -> Element {
        let x = (buf + head).move()
        head = (head + 1) & (cap - 1)
        count -= 1
        return x
    }

    func removeAll() {
        while count > 0 { _ = removeFirst() }
        head = 0
    }

    func forEach(_ body: (Element) -> Void) {
        for i in 0..<count { body((buf + ((head + i) & (cap - 1))).pointee) }
    }

    private func grow() {
        let n = UnsafeMutablePointer<Element>.allocate(capacity: cap * 2)
        for i in 0..<count { (n + i).initialize(to: (buf + ((head + i) & (cap - 1))).move()) }
        buf.deallocate()
        buf = n
        cap *= 2
        head = 0
    }
}
