// Micro-benchmarks of the native engine with Swift fake coroutines (no interpreter).
// Run: swift build -c release --product EngineBench && .build/release/EngineBench
// Results and the CPython comparison: Benchmarks/ENGINE.md.
import Engine
import EngineTestSupport  // Spinner, shared with the engine tests
#if canImport(Glibc)
import Glibc
#endif

func seconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// `for _ in range(n): await asyncio.sleep(d)`.
final class Sleeper: NativeCoroutine {
    let loop: EventLoop, n: Int, delay: Double
    init(_ loop: EventLoop, _ n: Int, _ delay: Double) {
        self.loop = loop; self.n = n; self.delay = delay
        super.init(qualname: "sleeper")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == n { return .returned(.none) }
        pc += 1
        return awaitCoroutine(loop.sleep(delay))
    }
}

/// Spawns `make(i)` for i in 0..<count and awaits them all with gather.
final class Spawner: NativeCoroutine {
    let loop: EventLoop, count: Int, make: (Int) -> Coroutine
    init(_ loop: EventLoop, _ count: Int, _ make: @escaping (Int) -> Coroutine) {
        self.loop = loop; self.count = count; self.make = make
        super.init(qualname: "main")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1 { return outcomeStep(input) }
        pc = 1
        return awaitFuture(loop.gather((0..<count).map { .coroutine(make($0)) }))
    }
}

final class Producer: NativeCoroutine {
    let q: AsyncQueue, n: Int
    init(_ q: AsyncQueue, _ n: Int) { self.q = q; self.n = n; super.init(qualname: "producer") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        while pc < n {
            pc += 1
            // What the VM does for `await q.put(x)`: the fast path, else the coroutine.
            if !q.putIfRoom(.int(pc)) { return awaitCoroutine(q.put(.int(pc))) }
        }
        return .returned(.none)
    }
}

final class Consumer: NativeCoroutine {
    let q: AsyncQueue, n: Int
    init(_ q: AsyncQueue, _ n: Int) { self.q = q; self.n = n; super.init(qualname: "consumer") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        while pc < n {
            pc += 1
            if q.getIfAvailable() == nil { return awaitCoroutine(q.get()) }
        }
        return .returned(.none)
    }
}

func run(_ name: String, unit: String, _ make: (AsyncioRuntime) -> (Coroutine, () -> Int)) {
    if let o = only, !name.hasPrefix(o) { return }
    var times: [Double] = []
    var work = 0
    var passes = 0
    for _ in 0..<5 {
        let rt = AsyncioRuntime()
        let (main, counter) = make(rt)
        var loopSeen: EventLoop?
        let t0 = seconds()
        _ = asyncioRun(main, runtime: rt) { loopSeen = $0 }
        times.append(seconds() - t0)
        work = counter()
        passes = loopSeen?.pass ?? 0
    }
    times.sort()
    let med = times[times.count / 2]
    let rate = Double(work) / med
    print("\(name): median CPU \(String(Int(med * 1e6))) µs for \(work) \(unit) (\(passes) passes) → \(String(Int(rate / 1e3))) k \(unit)/s")
}

let only = CommandLine.arguments.dropFirst().first
let tasks = 100_000
run("spin: 100k tasks × 10 bare yields", unit: "switches") { rt in
    var created = 0
    let main = ClosureMain(rt) { loop in
        loop.gather((0..<tasks).map { _ in created += 1; return .coroutine(Spinner(10)) })
    }
    return (main, { created * 11 })
}
run("switch: 1000 tasks × 1000 bare yields", unit: "switches") { rt in
    let main = ClosureMain(rt) { loop in loop.gather((0..<1000).map { _ in .coroutine(Spinner(1000)) }) }
    return (main, { 1000 * 1001 })
}
run("sleep0: 100k tasks × 10 × await sleep(0)", unit: "switches") { rt in
    let main = ClosureMain(rt) { loop in loop.gather((0..<tasks).map { _ in .coroutine(Sleeper(loop, 10, 0)) }) }
    return (main, { tasks * 11 })
}
run("timers: 100k tasks × sleep(random)", unit: "timers") { rt in
    var seed: UInt64 = 42
    let main = ClosureMain(rt) { loop in
        loop.gather((0..<tasks).map { _ in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return .coroutine(Sleeper(loop, 1, Double(seed >> 40) / Double(1 << 24)))
        })
    }
    return (main, { tasks })
}
run("queue: 1M items, 4 producers, 4 consumers, maxsize 100", unit: "items") { rt in
    let q = AsyncQueue(runtime: rt, maxsize: 100)
    let main = ClosureMain(rt) { loop in
        loop.gather((0..<4).map { _ in .coroutine(Producer(q, 250_000)) }
                    + (0..<4).map { _ in .coroutine(Consumer(q, 250_000)) })
    }
    return (main, { 1_000_000 })
}

/// `async def main(): await make(loop)` where make returns a future.
final class ClosureMain: NativeCoroutine {
    let rt: AsyncioRuntime
    let make: (EventLoop) -> Future
    init(_ rt: AsyncioRuntime, _ make: @escaping (EventLoop) -> Future) {
        self.rt = rt; self.make = make; super.init(qualname: "main")
    }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 1 { return outcomeStep(input) }
        pc = 1
        return awaitFuture(make(rt.runningLoop!))
    }
}

/// Resident set size from /proc/self/statm.
func residentBytes() -> Int {
    guard let f = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(f) }
    var size = 0, resident = 0
    withUnsafeMutablePointer(to: &size) { sp in
        withUnsafeMutablePointer(to: &resident) { rp in
            _ = withVaList([sp, rp]) { vfscanf(f, "%ld %ld", $0) }
        }
    }
    return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Heap bytes per task pending in `await sleep(3600)` (fake coroutine, no interpreter frame).
if only == "memory" {  // alone: RSS is only meaningful in a fresh process
    let rt = AsyncioRuntime()
    let loop = EventLoop(runtime: rt)
    let before = residentBytes()
    var tasks: [Task] = []
    tasks.reserveCapacity(100_000)
    let after0 = residentBytes()
    for _ in 0..<100_000 { tasks.append(loop.createTask(Sleeper(loop, 1, 3600))) }
    // One pass: every task runs its first step and parks on its sleep future + timer.
    rt.runningLoop = nil
    _ = loop.runOnceForBenchmark()
    let after = residentBytes()
    print("memory: \((after - after0) / 100_000) bytes of RSS per task pending in sleep(3600) (tasks array \(after0 - before) B excluded)")
}

@_silgen_name("malloc_usable_size") func mallocUsableSize(_ p: UnsafeMutableRawPointer?) -> Int
if only == "sizes" {
    func size(_ o: AnyObject) -> Int { mallocUsableSize(Unmanaged.passUnretained(o).toOpaque()) }
    let rt = AsyncioRuntime()
    let loop = EventLoop(runtime: rt)
    let t = loop.createTask(Sleeper(loop, 1, 3600))
    let s = loop.sleep(3600)
    print("Task \(size(t)) Future \(size(loop.createFuture())) SleepCoroutine \(size(s)) Sleeper \(size(Sleeper(loop, 1, 1))) Handle \(size(loop.callLater(1) {}))")
    print("EngineValue \(MemoryLayout<EngineValue>.size) FutureCallback \(MemoryLayout<FutureCallback>.size) WaitPurpose \(MemoryLayout<WaitPurpose>.size) Handle.Action \(MemoryLayout<Handle.Action>.size)")
}
