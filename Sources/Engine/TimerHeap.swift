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

/// The loop's `_scheduled` list of timer handles, keyed on `(deadline, stamp)`.
struct TimerHeap {
    var items = ContiguousArray<Handle>()

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }
    var top: Handle? { items.first }

    mutating func push(_ h: Handle) { HeapQ.push(&items, h, Handle.less) }
    mutating func pop() -> Handle { HeapQ.pop(&items, Handle.less) }

    /// The >100 timers and >50 % cancelled rebuild: keep the live handles in list order,
    /// then heapify (which can change the pop order of equal keys, as in CPython).
    mutating func purgeCancelled() {
        var kept = ContiguousArray<Handle>()
        kept.reserveCapacity(items.count)
        for h in items {
            if h.cancelled { h.scheduled = false } else { kept.append(h) }
        }
        HeapQ.heapify(&kept, Handle.less)
        items = kept
    }
}
