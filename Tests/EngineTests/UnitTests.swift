import Testing
@testable import Engine
import EngineTestSupport

@Suite struct TimerHeapTests {
    /// Replays Scenarios/heap_ops.py's random push/pop/heapify sequence: every pop must
    /// return the same item as CPython's heapq (ties included).
    @Test func matchesHeapq() {
        struct Item { let key: Int; let id: Int }
        var heap = ContiguousArray<Item>()
        let less: (Item, Item) -> Bool = { $0.key < $1.key }
        var checked = 0
        for line in expected("heap_ops").split(separator: "\n") {
            let f = line.split(separator: " ")
            switch f[0] {
            case "push": HeapQ.push(&heap, Item(key: Int(f[1])!, id: Int(f[2])!), less)
            case "pop":
                let x = HeapQ.pop(&heap, less)
                #expect(x.id == Int(f[1])!)
                checked += 1
            default: HeapQ.heapify(&heap, less)
            }
        }
        #expect(checked > 1000)
        #expect(heap.isEmpty)
    }
}

@Suite struct LoopTests {
    @Test func deadlockIsReported() {
        let rt = AsyncioRuntime()
        var loop: EventLoop { rt.runningLoop! }
        let q = AsyncQueue(runtime: rt)
        let main = Script("main", [
            .run { loop.createTask(Script("consumer", [.await { .coroutine(q.get()) }])) },
            .await { .future(loop.createFuture()) },
        ])
        let r = asyncioRun(main, runtime: rt)
        guard case .deadlock(let report) = r else { Issue.record("expected deadlock, got \(r)"); return }
        #expect(report.sleepsForever == false)
        #expect(report.waiters.map { $0.task.name } == ["Task-1", "Task-2"])
        #expect(report.waiters.map { $0.waitsOn } == [.plain, .queueGet])
        #expect(report.waiters.map { $0.task.coroutine } == ["main", "consumer"])
    }

    @Test func infiniteSleepIsReportedAsSleepingForever() {
        let rt = AsyncioRuntime()
        let main = Script("main", [.await { .coroutine(rt.runningLoop!.sleep(.infinity)) }])
        let r = asyncioRun(main, runtime: rt)
        guard case .deadlock(let report) = r else { Issue.record("got \(r)"); return }
        #expect(report.sleepsForever)
        #expect(report.waiters.first?.waitsOn == .sleep(until: nil))
    }

    @Test func horizonStopsLongSleeps() {
        let rt = AsyncioRuntime()
        let main = Script("main", [.await { .coroutine(rt.runningLoop!.sleep(200_000)) }])
        let r = asyncioRun(main, runtime: rt) { $0.horizon = 1_000_000_000 }
        guard case .horizon(let report) = r else { Issue.record("got \(r)"); return }
        #expect(report.waiters.count == 1)
    }

    @Test func nanSleepReturnsAndClockStays() {
        let rt = AsyncioRuntime()
        var t = -1.0
        let main = Script("main", [
            .await { .coroutine(rt.runningLoop!.sleep(.nan)) },
            .run { t = rt.runningLoop!.time() },
        ])
        let r = asyncioRun(main, runtime: rt)
        guard case .returned = r else { Issue.record("got \(r)"); return }
        #expect(t == 0)
    }

    @Test func clockIsExactForSummedSleeps() {
        // 0.7 + 0.1 in float seconds is 0.7999999999999999; the integer clock gives 0.8 and
        // keeps a timer set at t=0 for 0.8 ahead of the chained one (semantics §3.3).
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let main = Script("main", [
            .run { loop.callLater(0.8) { out("timer") } },
            .await { .coroutine(loop.sleep(0.7)) },
            .await { .coroutine(loop.sleep(0.1)) },
            .run { out("chain \(loop.time())") },
            .await { .coroutine(loop.sleep(0)) },
        ])
        _ = asyncioRun(main, runtime: rt)
        #expect(out.lines == ["timer", "chain 0.8"])
    }

    @Test func runConsumesThreeTaskNumbers() {
        let rt = AsyncioRuntime()
        _ = asyncioRun(Script("main", []), runtime: rt)
        _ = asyncioRun(Script("main", []), runtime: rt)
        #expect(rt.taskCounter == 6)
    }

    @Test func futureStateErrors() {
        let loop = EventLoop()
        let f = loop.createFuture()
        #expect(f.result().error?.repr == "InvalidStateError('Result is not set.')")
        if case .failure(let e) = f.exception() { #expect(e.repr == "InvalidStateError('Exception is not set.')") }
        #expect(f.setResult(.int(1)) == nil)
        #expect(f.setResult(.int(2))?.repr == "InvalidStateError('invalid state')")
        #expect(f.cancel() == false)
        #expect(f.repr == "<Future finished result=1>")
        let g = loop.createFuture()
        g.addDoneCallback(label: "on_done() at f.py:3") { _ in }
        #expect(g.repr == "<Future pending cb=[on_done() at f.py:3]>")
        #expect(g.setException(.host("StopIteration"))?.repr
                == "TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')")
        #expect(g.cancel(msg: .string("m")))
        #expect(g.result().error?.repr == "CancelledError('m')")
        #expect(g.repr == "<Future cancelled>")
    }

    @Test func removeDoneCallbackCountsAndCallbacksAreQueued() {
        let loop = EventLoop()
        let f = loop.createFuture()
        let key = CallbackKey()
        var ran: [String] = []
        f.addDoneCallback(label: "a", key: key) { _ in ran.append("a") }
        f.addDoneCallback(label: "b") { _ in ran.append("b") }
        f.addDoneCallback(label: "a", key: key) { _ in ran.append("a2") }
        #expect(f.removeDoneCallback(key: key) == 2)
        f.setResult(.none)
        #expect(ran.isEmpty)  // nothing runs inside set_result
        f.addDoneCallback(label: "c") { _ in ran.append("c") }
        _ = loop.runOnce()
        #expect(ran == ["b", "c"])
    }

    @Test func taskErrorsForBadYieldsAndSelfAwait() {
        let rt = AsyncioRuntime()
        var loop: EventLoop { rt.runningLoop! }
        final class BadYield: NativeCoroutine {
            override func resume(_ input: Outcome) -> CoroutineStep {
                if pc == 0 { pc = 1; return .yielded(.int(5)) }
                return outcomeStep(input)
            }
        }
        final class SelfAwait: NativeCoroutine {
            var rt: AsyncioRuntime?
            override func resume(_ input: Outcome) -> CoroutineStep {
                if pc == 0 { pc = 1; return awaitFuture(rt!.runningLoop!.currentTask!) }
                return outcomeStep(input)
            }
        }
        var bad: Task!, me: Task!
        let sa = SelfAwait(qualname: "selfawait")
        sa.rt = rt
        let main = Script("main", [
            .run { bad = loop.createTask(BadYield(qualname: "bad")); me = loop.createTask(sa) },
            .await { .coroutine(loop.sleep(0.1)) },
        ])
        _ = asyncioRun(main, runtime: rt)
        #expect(bad.result().error?.repr == "RuntimeError('Task got bad yield: 5')")
        #expect(me.result().error?.message?.hasPrefix("Task cannot await on itself: <Task pending name='Task-3' coro=<selfawait() running>") == true)
    }

    @Test func createTaskNamesAndCancelBeforeStart() {
        let rt = AsyncioRuntime()
        let loop = EventLoop(runtime: rt)
        let a = loop.createTask(Spinner(1))
        let b = loop.createTask(Spinner(1), name: "worker")
        let c = loop.createTask(Spinner(1))
        #expect([a.name, b.name, c.name] == ["Task-1", "worker", "Task-2"])
        let body = Script("never", [.run { Issue.record("body ran") }])
        let d = loop.createTask(body)
        d.cancel()
        _ = loop.runOnce()
        #expect(d.isCancelled)
        #expect(a.repr == "<Task pending name='Task-1' coro=<spin() running>>")
    }
}

@Suite struct InstrumentTests {
    @Test func recordsSchedulingFacts() {
        let rt = AsyncioRuntime()
        let rec = TraceRecorder()
        let main = Script("main", [
            .await { .coroutine(rt.runningLoop!.sleep(1)) },
            .ret { .int(3) },
        ])
        _ = asyncioRun(main, runtime: rt) { $0.instrument = rec }
        let ev = rec.events
        #expect(ev.map { $0.seq } == Array(1...ev.count))
        var kinds: [String] = []
        for e in ev {
            switch e.kind {
            case .taskCreated(let s, _): kinds.append("created \(s.name)")
            case .stepStart(let c): kinds.append("step \(c)")
            case .suspended(let w): kinds.append("suspend \(w)")
            case .timerScheduled(_, let due, _): kinds.append("timer \(due)")
            case .clockAdvanced(_, let to): kinds.append("clock \(to)")
            case .timerFired: kinds.append("fired")
            case .taskDone(let o): kinds.append("done \(o)")
            default: break
            }
        }
        #expect(Array(kinds.prefix(8)) == [
            "created Task-1", "step start", "timer 1000000000",
            "suspend future(id: 2, purpose: Engine.WaitPurpose.sleep(until: Optional(1000000000)))",
            "clock 1000000000", "fired",
            "step wakeup(future: 2, purpose: Engine.WaitPurpose.sleep(until: Optional(1000000000)))",
            "done result(\"3\")",
        ])
        let fired = ev.first { if case .timerFired = $0.kind { return true } else { return false } }!
        #expect(fired.time == 1_000_000_000)
        #expect(fired.pass == 2)
    }
}

@Suite struct ThreadsAndBlockingTests {
    @Test func toThreadOverlapsTheLoop() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func th(_ name: String, _ d: Int64) -> Awaitable {
            var s: Script!
            s = Script("th", [
                .await { .future(loop.runInExecutor(duration: d, outcome: .value(.string(name)))) },
                .run { out("thread \(name) done") },
                .ret { s.last.value! },
            ])
            return .coroutine(s)
        }
        var ops: [Op] = []
        for i in 0..<3 {
            ops += [.run { out("tick \(i)") }, .await { .coroutine(loop.sleep(0.1)) }]
        }
        var t0 = 0.0
        var m: Script!
        m = Script("main", [
            .run { t0 = loop.time() },
            .await { .future(loop.gather([th("a", 250_000_000), th("b", 150_000_000), .coroutine(Script("ticker", ops))])) },
            .run { out("\(m.last.value!.py) \(round1(loop.time() - t0))") },
        ])
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "threads")
    }

    @Test func blockingStepIsRecordedAsSlow() {
        let rt = AsyncioRuntime()
        var loop: EventLoop { rt.runningLoop! }
        var seen: [LoopLog] = []
        rt.logHook = { seen.append($0) }
        let main = Script("main", [
            .run { loop.createTask(Script("other", [])) },
            .run { loop.block(nanoseconds: 200_000_000, what: "time.sleep(0.2)") },
            .await { .coroutine(loop.sleep(0)) },
        ])
        var theLoop: EventLoop?
        _ = asyncioRun(main, runtime: rt) { l in l.debug = true; theLoop = l }
        let slow = theLoop!.slowCallbacks
        #expect(slow.count == 1)
        #expect(slow.first?.task?.name == "Task-1")
        #expect(slow.first?.keptWaiting.map { $0.name } == ["Task-2"])
        #expect(slow.first?.duration == 200_000_000)
        #expect(seen.count == 1)
        #expect(seen.first?.message.hasPrefix("Executing <Task pending name='Task-1' coro=<main() running>") == true)
        #expect(seen.first?.message.hasSuffix("took 0.200 seconds") == true)
    }

    /// A worker that finishes while the loop's thread blocks queues its completion at that
    /// instant (`call_soon_threadsafe`): ahead of a callback queued after the block, behind
    /// one queued before; the self-pipe's reader then runs in the next pass, adding none.
    @Test func completionDuringABlockIsQueuedAtOnce() {
        let rt = AsyncioRuntime()
        var loop: EventLoop { rt.runningLoop! }
        var seen: [String] = []
        var fut: Future!
        var passesAtSleep = 0
        let main = Script("main", [
            .run {
                fut = loop.runInExecutor(duration: 20_000_000, outcome: .value(.none))
                loop.callSoon { seen.append("before \(fut.isDone)") }
                loop.block(nanoseconds: 100_000_000, what: "time.sleep")
                loop.callSoon { seen.append("after \(fut.isDone)") }
                passesAtSleep = loop.pass
            },
            .await { .coroutine(loop.sleep(0)) },
            .run { seen.append("main \(fut.isDone) \(loop.pass - passesAtSleep)") },
        ])
        _ = asyncioRun(main, runtime: rt)
        #expect(seen == ["before false", "after true", "main true 1"])
    }
}

@Suite struct SnapshotAndDiagnosticsTests {
    @Test func snapshotShowsReadyTimersAndWaiters() {
        let rt = AsyncioRuntime()
        var snap: LoopSnapshot?
        var loop: EventLoop { rt.runningLoop! }
        let q = AsyncQueue(runtime: rt)
        let main = Script("main", [
            .run {
                loop.createTask(Script("getter", [.await { .coroutine(q.get()) }]))
                loop.callLater(2, label: "late") {}
                loop.callLater(1, label: "early") {}
                loop.callSoon(label: "cb") {}
            },
            .await { .coroutine(loop.sleep(0)) },
            .run { snap = loop.snapshot() },
            .run { q.putNowait(.int(1)) },
        ])
        _ = asyncioRun(main, runtime: rt)
        let s = snap!
        #expect(s.timers.map { $0.label } == ["early", "late"])
        #expect(s.ready.isEmpty)
        #expect(s.tasks.map { $0.task.name } == ["Task-1", "Task-2"])
        #expect(s.tasks[1].waitsOn == .queueGet)
    }

    @Test func neverRetrievedAndDestroyedPendingMessages() {
        let rt = AsyncioRuntime()
        let loop = EventLoop(runtime: rt)
        let t = loop.createTask(Script("boom", [.raise { .host("ValueError", "boom 1") }]))
        let p = loop.createTask(Script("sleeper", [.await { .future(loop.createFuture()) }]))
        _ = loop.runOnce()
        let log = t.neverRetrievedLog()!
        #expect(log.message == "Task exception was never retrieved")
        #expect(log.fields[0].value == "<Task finished name='Task-1' coro=<boom() done> exception=ValueError('boom 1')>")
        #expect(p.destroyedPendingLog()?.fields[0].value == "<Task pending name='Task-2' coro=<sleeper() running> wait_for=<Future pending cb=[Task.task_wakeup()]>>")
        _ = t.exception()
        #expect(t.neverRetrievedLog() == nil)
    }
}

@Suite struct TraceStreamTests {
    /// The event stream of DESIGN §1's sample (lesson 3), rendered one line per event. This
    /// pins the schema the presentation layer consumes; the program's output and pass count
    /// are checked against CPython (Scenarios/lesson3_create_task.py).
    @Test func lesson3Stream() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func worker(_ name: String, _ d: Double) -> Script {
            Script("worker", [
                .run { out("\(name) start"); loop.trace(.output(stream: 1, text: "\(name) start\n")) },
                .await { .coroutine(loop.sleep(d)) },
                .run { out("\(name) end"); loop.trace(.output(stream: 1, text: "\(name) end\n")) },
            ])
        }
        var t1: Task!, t2: Task!
        let main = Script("main", [
            .run {
                t1 = loop.createTask(worker("worker_1", 1))
                t2 = loop.createTask(worker("worker_2", 2))
                out("before await"); loop.trace(.output(stream: 1, text: "before await\n"))
            },
            .await { .future(t1) },
            .await { .future(t2) },
            .run { out("main end"); loop.trace(.output(stream: 1, text: "main end\n")) },
        ])
        let rec = TraceRecorder()
        _ = asyncioRun(main, runtime: rt) { $0.instrument = rec }
        expectScenario(out, rt, "lesson3_create_task")
        var lines: [String] = []
        for e in rec.events {
            let who = e.task.map { "T\($0)" } ?? "loop"
            let t = "\(e.time / 1_000_000)ms p\(e.pass) \(who)"
            switch e.kind {
            case .taskCreated(let s, let by): lines.append("\(t) created \(s.name) \(s.coroutine) by \(by.map { "T\($0)" } ?? "-")")
            case .stepStart(let c): lines.append("\(t) step \(c)")
            case .suspended(let w): lines.append("\(t) suspend \(w)")
            case .taskDone(let o): lines.append("\(t) done \(o)")
            case .timerScheduled(let id, let due, _): lines.append("\(t) timer#\(id) due \(due / 1_000_000)ms")
            case .timerFired(let id): lines.append("\(t) fired timer#\(id)")
            case .timerCancelled(let id): lines.append("\(t) cancelled timer#\(id)")
            case .clockAdvanced(_, let to): lines.append("\(t) clock → \(to / 1_000_000)ms")
            case .output(_, let text): lines.append("\(t) print \(text.dropLast())")
            default: break
            }
        }
        #expect(lines == [
            "0ms p0 T1 created Task-1 main by -",
            "0ms p1 T1 step start",
            "0ms p1 T2 created Task-2 worker by T1",
            "0ms p1 T3 created Task-3 worker by T1",
            "0ms p1 T1 print before await",
            "0ms p1 T1 suspend future(id: 2, purpose: Engine.WaitPurpose.task(id: 2))",
            "0ms p2 T2 step start",
            "0ms p2 T2 print worker_1 start",
            "0ms p2 T2 timer#5 due 1000ms",
            "0ms p2 T2 suspend future(id: 4, purpose: Engine.WaitPurpose.sleep(until: Optional(1000000000)))",
            "0ms p2 T3 step start",
            "0ms p2 T3 print worker_2 start",
            "0ms p2 T3 timer#7 due 2000ms",
            "0ms p2 T3 suspend future(id: 6, purpose: Engine.WaitPurpose.sleep(until: Optional(2000000000)))",
            "0ms p2 loop clock → 1000ms",
            "1000ms p3 loop fired timer#5",
            "1000ms p4 T2 step wakeup(future: 4, purpose: Engine.WaitPurpose.sleep(until: Optional(1000000000)))",
            "1000ms p4 T2 print worker_1 end",
            "1000ms p4 T2 done result(\"None\")",
            "1000ms p5 T1 step wakeup(future: 2, purpose: Engine.WaitPurpose.task(id: 2))",
            "1000ms p5 T1 suspend future(id: 3, purpose: Engine.WaitPurpose.task(id: 3))",
            "1000ms p5 loop clock → 2000ms",
            "2000ms p6 loop fired timer#7",
            "2000ms p7 T3 step wakeup(future: 6, purpose: Engine.WaitPurpose.sleep(until: Optional(2000000000)))",
            "2000ms p7 T3 print worker_2 end",
            "2000ms p7 T3 done result(\"None\")",
            "2000ms p8 T1 step wakeup(future: 3, purpose: Engine.WaitPurpose.task(id: 3))",
            "2000ms p8 T1 print main end",
            "2000ms p8 T1 done result(\"None\")",
            "2000ms p9 T8 created Task-4 BaseEventLoop.shutdown_asyncgens by -",
            "2000ms p10 T8 step start",
            "2000ms p10 T8 done result(\"None\")",
            "2000ms p11 T9 created Task-5 BaseEventLoop.shutdown_default_executor by -",
            "2000ms p12 T9 step start",
            "2000ms p12 T9 done result(\"None\")",
        ])
    }
}

@Suite struct PoolAndMisuseTests {
    @Test func poolsQueueBeyondTheirWorkers() {
        let rt = AsyncioRuntime()
        var loop: EventLoop { rt.runningLoop! }
        var threadsDone = 0.0, procsDone = 0.0
        let main = Script("main", [
            .await { .future(loop.gather((0..<9).map { _ in .future(loop.runInExecutor(duration: 1_000_000_000, outcome: .value(.none))) })) },
            .run { threadsDone = loop.time() },
            .await { .future(loop.gather((0..<5).map { _ in .future(loop.runInProcessPool(duration: 1_000_000_000, outcome: .value(.none))) })) },
            .run { procsDone = loop.time() },
        ])
        _ = asyncioRun(main, runtime: rt)
        #expect(threadsDone == 2.0)   // 8 workers: the 9th call waits for a free one
        #expect(procsDone == 4.0)     // 4 cores: the 5th waits
    }

    @Test func nestedRunIsARuntimeErrorNotACrash() {
        let rt = AsyncioRuntime()
        var inner: EventLoop.RunResult?
        var closeErr: EngineError?
        let main = Script("main", [
            .run {
                let loop = rt.runningLoop!
                inner = loop.runUntilComplete(.coroutine(Script("x", [])))
                closeErr = loop.close()
                let other = EventLoop(runtime: rt)
                if case .finished(.error(let e)) = other.runUntilComplete(.coroutine(Script("y", []))) {
                    #expect(e.str == "Cannot run the event loop while another loop is running")
                }
            },
        ])
        _ = asyncioRun(main, runtime: rt)
        if case .finished(.error(let e))? = inner { #expect(e.str == "This event loop is already running") }
        else { Issue.record("expected an error") }
        #expect(closeErr?.str == "Cannot close a running event loop")
    }
}

/// A coroutine written the way the VM will write its frames: a plain `Coroutine` holding an
/// `Awaiting` while suspended, with try/except around one await.
///
///     async def vmlike(q, log):
///         log("start")
///         try:
///             item = await q.get()
///         except CancelledError:
///             log("cancelled"); raise
///         log(f"got {item}")
///         await asyncio.sleep(0.5)
///         return item
final class VMLikeFrame: Coroutine {
    let q: AsyncQueue, loop: () -> EventLoop, log: Log
    var ip = 0
    var awaiting = Awaiting()
    var item: EngineValue = .none
    init(_ q: AsyncQueue, _ loop: @escaping () -> EventLoop, _ log: Log) { self.q = q; self.loop = loop; self.log = log }

    func send(_ value: EngineValue) -> CoroutineStep {
        if awaiting.isActive { return after(awaiting.send(value)) }
        return run(.value(value))
    }
    func `throw`(_ error: EngineError) -> CoroutineStep {
        if awaiting.isActive { return after(awaiting.throw(error)) }
        return .raised(error)
    }
    func after(_ p: Awaiting.Progress) -> CoroutineStep {
        switch p {
        case .suspended(let y): return .yielded(y)
        case .finished(let o): return run(o)
        }
    }
    /// The "dispatch loop": continues at `ip` with the outcome of the last await.
    func run(_ input: Outcome) -> CoroutineStep {
        var input = input
        while true {
            switch ip {
            case 0:
                log("start")
                ip = 1
                switch awaiting.begin(.coroutine(q.get())) {
                case .suspended(let y): return .yielded(y)
                case .finished(let o): input = o
                }
            case 1:
                if case .error(let e) = input {
                    if e.isCancellation { log("cancelled") }
                    return .raised(e)
                }
                item = input.value!
                log("got \(item.py)")
                ip = 2
                switch awaiting.begin(.coroutine(loop().sleep(0.5))) {
                case .suspended(let y): return .yielded(y)
                case .finished(let o): input = o
                }
            default:
                if case .error(let e) = input { return .raised(e) }
                return .returned(item)
            }
        }
    }
    func close() {}
    var qualname: String { "vmlike" }
    var reprDescription: String { "vmlike() running at f.py:\(ip + 1)" }
}

@Suite struct AwaitingSeamTests {
    @Test func vmStyleFrameAwaitsEngineCoroutines() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let q = AsyncQueue(runtime: rt)
        var a: Task!, b: Task!
        let main = Script("main", [
            .run {
                a = loop.createTask(VMLikeFrame(q, { rt.runningLoop! }, out))
                b = loop.createTask(VMLikeFrame(q, { rt.runningLoop! }, out))
            },
            .await { .coroutine(loop.sleep(0.1)) },
            .run { q.putNowait(.int(7)); b.cancel() },
            .await { .future(loop.gather([.future(a), .future(b)], returnExceptions: true)) },
            .run { out("time \(round1(loop.time()))") },
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "vm_frame")
        #expect(a.result().value?.py == "7")
        #expect(b.isCancelled)
    }
}

@Suite struct GILModelTests {
    /// Two CPU-bound calls of 1 s share the GIL and both end at 2 s; a blocking call of 1 s
    /// overlaps them and ends at 1 s; a third CPU call submitted at 0.5 s slows the others.
    @Test func cpuSegmentsShareTheGIL() {
        let rt = AsyncioRuntime()
        var loop: EventLoop { rt.runningLoop! }
        var ends: [String: Double] = [:]
        func call(_ name: String, _ segs: [ThreadSegment]) -> Awaitable {
            .coroutine(Script("th", [
                .await { .future(loop.runInExecutor(segments: segs, outcome: .value(.none))) },
                .run { ends[name] = loop.time() },
            ]))
        }
        let s = 1_000_000_000 as Int64
        let main = Script("main", [
            .await { .future(loop.gather([call("a", [.cpu(s)]), call("b", [.cpu(s)]), call("io", [.blocking(s)])])) },
            .run { ends["t1"] = loop.time() },
            .await { .future(loop.gather([
                call("c", [.cpu(s)]), call("d", [.cpu(s / 2), .blocking(s), .cpu(s / 2)]),
            ])) },
        ])
        _ = asyncioRun(main, runtime: rt)
        #expect(ends["io"] == 1.0)
        #expect(ends["a"] == 2.0)
        #expect(ends["b"] == 2.0)
        #expect(ends["t1"] == 2.0)
        // From t=2 c and d share the GIL: at 3.0 d's first 0.5 s of CPU is done (c has 0.5 s
        // left); d blocks 3–4 while c runs alone and ends at 3.5; d's last 0.5 s runs 4–4.5.
        #expect(ends["c"] == 3.5)
        #expect(ends["d"] == 4.5)
    }
}

@Suite struct ReprTests {
    /// Expected strings printed by python3 3.11.7 (see the comment of each line).
    @Test func futureTaskAndFriendsReprs() {
        let rt = AsyncioRuntime()
        let loop = EventLoop(runtime: rt)
        let f = loop.createFuture()
        for n in ["a", "b", "c", "a"] { f.addDoneCallback(label: "\(n)() at reprs.py:2") { _ in } }
        // Python prints `a() at reprs.py:2` for the first/last (both are `a` there).
        #expect(f.repr == "<Future pending cb=[a() at reprs.py:2, <2 more>, a() at reprs.py:2]>")
        let g = loop.createFuture()
        g.setResult(.string(String(repeating: "x", count: 40)))
        #expect(g.repr == "<Future finished result='xxxxxxxxxxxx...xxxxxxxxxxxxx'>")
        let h = loop.createFuture()
        h.setResult(.list((0..<10).map { .int($0) }))
        #expect(h.repr == "<Future finished result=[0, 1, 2, 3, 4, 5, ...]>")
        #expect(AsyncTimeout(loop: loop, when: nil).repr == "<Timeout [created]>")
        let q = AsyncQueue(runtime: rt, maxsize: 2)
        q.putNowait(.string("a"))
        #expect(q.str() == "<Queue maxsize=2 _queue=['a'] tasks=1>")
    }
}
