/// CPython's `heapq`, exactly: the same sift algorithms with strict `<`, so equal keys pop in
/// the same (unstable) order as CPython's `_scheduled` list (asyncio-semantics §3.2).
enum HeapQ {
    /// `heapq._siftdown(heap, startpos, pos)`.
    @inline(__always)
    static func siftDown<T>(_ heap: inout ContiguousArray<T>, _ startpos: Int, _ pos: Int,
                            _ less: (T, T) -> Bool) {
        var pos = pos
        let newitem = heap[pos]
        while pos > startpos {
            let parentpos = (pos - 1) >> 1
            let parent = heap[parentpos]
            if less(newitem, parent) {
                heap[pos] = parent
                pos = parentpos
                continue
            }
            break
        }
        heap[pos] = newitem
    }

    /// `heapq._siftup(heap, pos)`: move the smaller child up until hitting a leaf (on equal
    /// children the right one is taken), then `_siftdown`.
    @inline(__always)
    static func siftUp<T>(_ heap: inout ContiguousArray<T>, _ pos: Int, _ less: (T, T) -> Bool) {
        let endpos = heap.count
        let startpos = pos
        var pos = pos
        let newitem = heap[pos]
        var childpos = 2 * pos + 1
        while childpos < endpos {
            let rightpos = childpos + 1
            if rightpos < endpos && !less(heap[childpos], heap[rightpos]) {
                childpos = rightpos
            }
            heap[pos] = heap[childpos]
            pos = childpos
            childpos = 2 * pos + 1
        }
        heap[pos] = newitem
        siftDown(&heap, startpos, pos, less)
    }

    /// `heapq.heappush`.
    @inline(__always)
    static func push<T>(_ heap: inout ContiguousArray<T>, _ item: T, _ less: (T, T) -> Bool) {
        heap.append(item)
        siftDown(&heap, 0, heap.count - 1, less)
    }

    /// `heapq.heappop`: pop the last item, put it at the root, `_siftup`.
    @inline(__always)
    static func pop<T>(_ heap: inout ContiguousArray<T>, _ less: (T, T) -> Bool) -> T {
        let last = heap.removeLast()
        if heap.isEmpty { return last }
        let top = heap[0]
        heap[0] = last
        siftUp(&heap, 0, less)
        return top
    }

    /// `heapq.heapify`.
    static func heapify<T>(_ heap: inout ContiguousArray<T>, _ less: (T, T) -> Bool) {
        var i = heap.count / 2 - 1
        while i >= 0 { siftUp(&heap, i, less); i -= 1 }
    }
}

/// One heap slot: the key is stored inline and the handle unmanaged (the heap owns one +1
/// reference per entry), so sifting is plain data movement — no retain/release, no pointer
/// chasing.
struct TimerEntry {
    let deadline: Int64
    let stamp: Int64
    let ref: Unmanaged<Handle>
    var handle: Handle { ref.takeUnretainedValue() }

    @inline(__always)
    static func less(_ a: TimerEntry, _ b: TimerEntry) -> Bool {
        a.deadline < b.deadline || (a.deadline == b.deadline && a.stamp < b.stamp)
    }
}

/// The loop's `_scheduled` list of timer handles, keyed on `(deadline, stamp)`.
struct TimerHeap {
    var items = ContiguousArray<TimerEntry>()

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }
    var top: Handle? { items.first?.handle }
    /// The top deadline without touching the handle.
    var topDeadline: Int64? { items.first?.deadline }

    mutating func push(_ h: Handle) {
        HeapQ.push(&items, TimerEntry(deadline: h.deadline, stamp: h.stamp, ref: .passRetained(h)),
                   TimerEntry.less)
    }
    mutating func pop() -> Handle { HeapQ.pop(&items, TimerEntry.less).ref.takeRetainedValue() }

    /// Drop every entry (loop.close()).
    mutating func removeAll() {
        for e in items { e.ref.release() }
        items.removeAll()
    }

    /// The >100 timers and >50 % cancelled rebuild: keep the live handles in list order,
    /// then heapify (which can change the pop order of equal keys, as in CPython).
    mutating func purgeCancelled() {
        var kept = ContiguousArray<TimerEntry>()
        kept.reserveCapacity(items.count)
        for e in items {
            if e.handle.cancelled {
                e.handle.scheduled = false
                e.ref.release()
            } else {
                kept.append(e)
            }
        }
        HeapQ.heapify(&kept, TimerEntry.less)
        items = kept
    }
}
