/// CPython 3.11's list sort (Objects/listobject.c, listsort.txt): natural runs found by
/// count_run, short runs extended by binary insertion, runs merged with the powersort policy,
/// merges that gallop. Python code can watch a sort (a `__lt__` that prints, a key that
/// counts), so looplab makes exactly the comparisons CPython makes, in the same order; any
/// other stable sort gives the same result but a different trace.
///
/// The sort permutes `a` (indices, or any element type) using `less`, which may throw; on an
/// error `a` is left some permutation of its input, as in CPython.
struct TimSort<Element> {
    private var a: [Element]
    private let less: (Element, Element) throws -> Bool
    private var minGallop = TimSort.minGallopInitial
    private var runs: [(base: Int, len: Int, power: Int)] = []

    private static var minGallopInitial: Int { 7 }

    static func sort(_ items: inout [Element], by less: @escaping (Element, Element) throws -> Bool) throws {
        var s = TimSort(a: items, less: less)
        defer { items = s.a }
        try s.run()
    }

    private init(a: [Element], less: @escaping (Element, Element) throws -> Bool) {
        self.a = a
        self.less = less
    }

    private mutating func run() throws {
        let n = a.count
        if n < 2 { return }
        var lo = 0
        var remaining = n
        let minrun = TimSort.computeMinrun(n)
        repeat {
            var (runLen, descending) = try countRun(lo, lo + remaining)
            if descending { a[lo..<(lo + runLen)].reverse() }
            if runLen < minrun {
                let force = min(remaining, minrun)
                try binarySort(lo, lo + force, start: lo + runLen)
                runLen = force
            }
            try foundNewRun(runLen)
            runs.append((lo, runLen, 0))
            lo += runLen
            remaining -= runLen
        } while remaining > 0
        // merge_force_collapse
        while runs.count > 1 {
            var i = runs.count - 2
            if i > 0 && runs[i - 1].len < runs[i + 1].len { i -= 1 }
            try mergeAt(i)
        }
    }

    /// merge_compute_minrun.
    private static func computeMinrun(_ count: Int) -> Int {
        var n = count, r = 0
        while n >= 64 { r |= n & 1; n >>= 1 }
        return n + r
    }

    /// count_run (3.11): the length of the run at `lo`, strictly descending or non-descending.
    private func countRun(_ lo: Int, _ hi: Int) throws -> (Int, Bool) {
        var p = lo + 1
        if p == hi { return (1, false) }
        var n = 2
        if try less(a[p], a[p - 1]) {
            p += 1
            while p < hi {
                if !(try less(a[p], a[p - 1])) { break }
                p += 1; n += 1
            }
            return (n, true)
        }
        p += 1
        while p < hi {
            if try less(a[p], a[p - 1]) { break }
            p += 1; n += 1
        }
        return (n, false)
    }

    /// binarysort (3.11): a[lo..<start] is sorted; insert the rest by binary search.
    private mutating func binarySort(_ lo: Int, _ hi: Int, start: Int) throws {
        var start = start
        if lo == start { start += 1 }
        while start < hi {
            var l = lo, r = start
            let pivot = a[r]
            repeat {
                let p = l + ((r - l) >> 1)
                if try less(pivot, a[p]) { r = p } else { l = p + 1 }
            } while l < r
            var m = start
            while m > l { a[m] = a[m - 1]; m -= 1 }
            a[l] = pivot
            start += 1
        }
    }

    /// powerloop: the depth of the boundary between two adjacent runs in the merge tree.
    private func powerloop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var x = 2 * s1 + n1
        var y = x + n1 + n2
        while true {
            result += 1
            if x >= n {
                x -= n; y -= n
            } else if y >= n {
                break
            }
            x <<= 1; y <<= 1
        }
        return result
    }

    /// found_new_run: the powersort merge policy, before a run of `n2` is pushed.
    private mutating func foundNewRun(_ n2: Int) throws {
        guard let top = runs.last else { return }
        let power = powerloop(top.base, top.len, n2, a.count)
        while runs.count > 1 && runs[runs.count - 2].power > power {
            try mergeAt(runs.count - 2)
        }
        runs[runs.count - 1].power = power
    }

    /// gallop_left: where `key` belongs in a[base..<base+n], left of equal elements.
    private func gallopLeft(_ key: Element, _ base: Int, _ n: Int, hint: Int) throws -> Int {
        var lastofs = 0, ofs = 1
        if try less(a[base + hint], key) {
            let maxofs = n - hint
            while ofs < maxofs {
                if try less(a[base + hint + ofs], key) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else { break }
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        } else {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try less(a[base + hint - ofs], key) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try less(a[base + m], key) { lastofs = m + 1 } else { ofs = m }
        }
        return ofs
    }

    /// gallop_right: where `key` belongs in a[base..<base+n], right of equal elements.
    private func gallopRight(_ key: Element, _ base: Int, _ n: Int, hint: Int) throws -> Int {
        var lastofs = 0, ofs = 1
        if try less(key, a[base + hint]) {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try less(key, a[base + hint - ofs]) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else { break }
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        } else {
            let maxofs = n - hint
            while ofs < maxofs {
                if try less(key, a[base + hint + ofs]) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try less(key, a[base + m]) { ofs = m } else { lastofs = m + 1 }
        }
        return ofs
    }

    /// merge_at: merges runs i and i+1 of the stack.
    private mutating func mergeAt(_ i: Int) throws {
        var baseA = runs[i].base, na = runs[i].len
        let baseB = runs[i + 1].base
        var nb = runs[i + 1].len
        runs[i].len = na + nb
        runs.remove(at: i + 1)
        let k = try gallopRight(a[baseB], baseA, na, hint: 0)
        baseA += k
        na -= k
        if na == 0 { return }
        nb = try gallopLeft(a[baseA + na - 1], baseB, nb, hint: nb - 1)
        if nb <= 0 { return }
        if na <= nb { try mergeLo(baseA, na, baseB, nb) } else { try mergeHi(baseA, na, baseB, nb) }
    }

    /// merge_lo: run A (copied out) is the shorter; fill from the left.
    private mutating func mergeLo(_ baseA: Int, _ na0: Int, _ baseB: Int, _ nb0: Int) throws {
        var na = na0, nb = nb0
        let tmp = Array(a[baseA..<(baseA + na)])
        var pa = 0            // into tmp
        var pb = baseB        // into a
        var dest = baseA
        // On any exit, what is left of A goes to dest (CPython's Fail/Succeed path).
        var copyB = false
        defer {
            if copyB {
                for t in 0..<nb { a[dest + t] = a[pb + t] }
                a[dest + nb] = tmp[pa]
            } else if na > 0 {
                for t in 0..<na { a[dest + t] = tmp[pa + t] }
            }
        }
        a[dest] = a[pb]; dest += 1; pb += 1
        nb -= 1
        if nb == 0 { return }
        if na == 1 { copyB = true; return }
        var minGallop = self.minGallop
        while true {
            var acount = 0, bcount = 0
            while true {
                if try less(a[pb], tmp[pa]) {
                    a[dest] = a[pb]; dest += 1; pb += 1
                    bcount += 1; acount = 0
                    nb -= 1
                    if nb == 0 { return }
                    if bcount >= minGallop { break }
                } else {
                    a[dest] = tmp[pa]; dest += 1; pa += 1
                    acount += 1; bcount = 0
                    na -= 1
                    if na == 1 { copyB = true; return }
                    if acount >= minGallop { break }
                }
            }
            minGallop += 1
            repeat {
                minGallop -= minGallop > 1 ? 1 : 0
                self.minGallop = minGallop
                var k = try gallopRightIn(tmp, a[pb], pa, na)
                acount = k
                if k > 0 {
                    for t in 0..<k { a[dest + t] = tmp[pa + t] }
                    dest += k; pa += k; na -= k
                    if na == 1 { copyB = true; return }
                    if na == 0 { return }
                }
                a[dest] = a[pb]; dest += 1; pb += 1
                nb -= 1
                if nb == 0 { return }
                k = try gallopLeft(tmp[pa], pb, nb, hint: 0)
                bcount = k
                if k > 0 {
                    for t in 0..<k { a[dest + t] = a[pb + t] }
                    dest += k; pb += k; nb -= k
                    if nb == 0 { return }
                }
                a[dest] = tmp[pa]; dest += 1; pa += 1
                na -= 1
                if na == 1 { copyB = true; return }
            } while acount >= TimSort.minGallopInitial || bcount >= TimSort.minGallopInitial
            minGallop += 1
            self.minGallop = minGallop
        }
    }

    /// merge_hi: run B (copied out) is the shorter; fill from the right.
    private mutating func mergeHi(_ baseA: Int, _ na0: Int, _ baseB: Int, _ nb0: Int) throws {
        var na = na0, nb = nb0
        let tmp = Array(a[baseB..<(baseB + nb)])
        var pa = baseA + na - 1   // last of A, in a
        var pb = nb - 1           // last of B, in tmp
        var dest = baseB + nb - 1
        var copyA = false
        defer {
            if copyA {
                // The first element of B belongs at the front of the merge.
                for t in stride(from: na - 1, through: 0, by: -1) { a[dest - na + 1 + t] = a[pa - na + 1 + t] }
                a[dest - na] = tmp[pb]
            } else if nb > 0 {
                for t in 0..<nb { a[dest - nb + 1 + t] = tmp[t] }
            }
        }
        a[dest] = a[pa]; dest -= 1; pa -= 1
        na -= 1
        if na == 0 { return }
        if nb == 1 { copyA = true; return }
        var minGallop = self.minGallop
        while true {
            var acount = 0, bcount = 0
            while true {
                if try less(tmp[pb], a[pa]) {
                    a[dest] = a[pa]; dest -= 1; pa -= 1
                    acount += 1; bcount = 0
                    na -= 1
                    if na == 0 { return }
                    if acount >= minGallop { break }
                } else {
                    a[dest] = tmp[pb]; dest -= 1; pb -= 1
                    bcount += 1; acount = 0
                    nb -= 1
                    if nb == 1 { copyA = true; return }
                    if bcount >= minGallop { break }
                }
            }
            minGallop += 1
            repeat {
                minGallop -= minGallop > 1 ? 1 : 0
                self.minGallop = minGallop
                var k = try gallopRight(tmp[pb], baseA, na, hint: na - 1)
                k = na - k
                acount = k
                if k > 0 {
                    dest -= k; pa -= k
                    for t in stride(from: k, through: 1, by: -1) { a[dest + t] = a[pa + t] }
                    na -= k
                    if na == 0 { return }
                }
                a[dest] = tmp[pb]; dest -= 1; pb -= 1
                nb -= 1
                if nb == 1 { copyA = true; return }
                k = try gallopLeftIn(tmp, a[pa], 0, nb, hint: nb - 1)
                k = nb - k
                bcount = k
                if k > 0 {
                    dest -= k; pb -= k
                    for t in 1...k { a[dest + t] = tmp[pb + t] }
                    nb -= k
                    if nb == 1 { copyA = true; return }
                    if nb == 0 { return }
                }
                a[dest] = a[pa]; dest -= 1; pa -= 1
                na -= 1
                if na == 0 { return }
            } while acount >= TimSort.minGallopInitial || bcount >= TimSort.minGallopInitial
            minGallop += 1
            self.minGallop = minGallop
        }
    }

    // Galloping over the temporary copy (the same searches as above, on another array).

    private func gallopRightIn(_ buf: [Element], _ key: Element, _ base: Int, _ n: Int) throws -> Int {
        var probe = TimSort(a: buf, less: less)
        probe.minGallop = minGallop
        return try probe.gallopRight(key, base, n, hint: 0)
    }

    private func gallopLeftIn(_ buf: [Element], _ key: Element, _ base: Int, _ n: Int, hint: Int) throws -> Int {
        let probe = TimSort(a: buf, less: less)
        return try probe.gallopLeft(key, base, n, hint: hint)
    }
}
