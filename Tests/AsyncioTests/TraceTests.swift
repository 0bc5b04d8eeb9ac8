import Testing
import Syntax
import VM
import Engine
@testable import Asyncio

/// Runs `source` with the program trace recorded. At every event the loop state replayed
/// from the events so far (`LoopReplay`) is compared with the running loop's own
/// `snapshot()`; mismatches are returned in `replayErrors`.
private func traced(_ source: String) -> (events: [ProgramEvent], out: String, err: String,
                                          status: Int32, replayErrors: [String], time: Double) {
    var out = "", err = ""
    let vm = VM(options: VMOptions(), stdout: OutputBuffer { out += $0 }, stderr: OutputBuffer { err += $0 })
    let bridge = AsyncioBridge.install(in: vm)
    let trace = bridge.startTrace()
    var replays: [Int: LoopReplay] = [:]
    var errors: [String] = []
    trace.onEvent = { [unowned bridge] p in
        guard let index = p.loop else { return }
        var r = replays[index] ?? LoopReplay()
        r.apply(p.event.kind, task: p.event.task)
        replays[index] = r
        let loop = bridge.loops[index - 1]
        let s = loop.snapshot()
        if r.liveReady != s.ready {
            errors.append("#\(p.event.seq) \(p.event.kind): ready \(r.liveReady) != \(s.ready)")
        }
        let live = Dictionary(uniqueKeysWithValues: s.timers.map { ($0.id, $0.due) })
        if r.timers.mapValues({ $0.due }) != live {
            errors.append("#\(p.event.seq) \(p.event.kind): timers \(r.timers) != \(s.timers)")
        }
        // Between the two halves of creating a task (queued, then announced) the task list
        // legitimately differs; at the boundaries of steps and callbacks it must agree.
        switch p.event.kind {
        case .stepStart, .callbackRun, .timerFired, .loopStop, .deadlock:
            let replayed = r.tasks.mapValues { "\($0.waitsOn.map { "\($0)" } ?? "-")" }
            let actual = Dictionary(uniqueKeysWithValues: s.tasks.map {
                ($0.task.id, "\($0.waitsOn.map { "\($0)" } ?? "-")")
            })
            if replayed != actual {
                errors.append("#\(p.event.seq) \(p.event.kind): tasks \(replayed) != \(actual)")
            }
        default: break
        }
    }
    let status = vm.runSource(SourceFile(name: "prog.py", bytes: Array(source.utf8)))
    vm.finalizeMain()
    vm.flush()
    trace.finish()
    return (trace.events, out, err, status, errors, bridge.virtualTime)
}

/// One line per scheduling event, for comparing orders: `p<pass> T<task> <what> @<line>`.
private func condensed(_ events: [ProgramEvent], keep: (TraceEvent.Kind) -> Bool = { _ in true }) -> [String] {
    events.compactMap { p in
        let e = p.event
        guard keep(e.kind) else { return nil }
        let who = e.task.map { "T\($0)" } ?? "-"
        let at = e.location.map { " @\($0.line)" } ?? ""
        let what: String
        switch e.kind {
        case .taskCreated(let s, let by): what = "created \(s.name) \(s.coroutine) by \(by.map { "T\($0)" } ?? "-")"
        case .stepStart(let c):
            switch c {
            case .start: what = "step start"
            case .yieldedBare: what = "step next-pass"
            case .wakeup(let f, _): what = "step wakeup f\(f)"
            case .cancelled: what = "step cancelled"
            case .exception(let r): what = "step exception \(r)"
            }
        case .suspended(let w):
            switch w {
            case .nextPass: what = "suspend next-pass"
            case .future(let f, let purpose):
                switch purpose {
                case .sleep(let until): what = "suspend f\(f) sleep until \(until.map { "\($0 / 1_000_000)ms" } ?? "never")"
                case .task(let t): what = "suspend f\(f) task T\(t)"
                case .gather(let c): what = "suspend f\(f) gather \(c)"
                case .event: what = "suspend f\(f) event"
                default: what = "suspend f\(f) \(purpose)"
                }
            }
        case .taskDone(let o):
            switch o {
            case .result(let r): what = "done \(r)"
            case .exception(let r): what = "done raised \(r)"
            case .cancelled: what = "done cancelled"
            }
        case .timerScheduled(let id, let due, _): what = "timer#\(id) at \(due / 1_000_000)ms"
        case .timerFired(let id): what = "fired timer#\(id)"
        case .timerCancelled(let id): what = "cancelled timer#\(id)"
        case .clockAdvanced(_, let to): what = "clock \(to / 1_000_000)ms"
        case .cancelRequested(let t, let by, let m): what = "cancel T\(t) by \(by.map { "T\($0)" } ?? "-") msg \(m ?? "-")"
        case .blockingCall(let w, let d): what = "blocking \(w) \(d / 1_000_000)ms"
        case .output(let s, let text): what = "\(s == 1 ? "out" : "err") \(text.hasSuffix("\n") ? String(text.dropLast()) : text)"
        case .exceptionRaised(let t, let m): what = "raise \(t)(\(m))"
        case .exceptionCaught(let t): what = "caught \(t)"
        case .deadlock(let r): what = "deadlock " + r.waiters.map { "\($0.task.name) on \($0.waitsOn.map { "\($0)" } ?? "-")" }.joined(separator: ", ")
        case .warning(let m): what = "warning \(m)"
        case .loopStart: what = "loop start"
        case .loopStop: what = "loop stop"
        default: return nil
        }
        return "p\(e.pass) \(who) \(what)\(at)"
    }
}

/// Task and scheduling events only (no queue bookkeeping, no shutdown of asyncio.run).
private func isSchedulingFact(_ k: TraceEvent.Kind) -> Bool {
    switch k {
    case .taskCreated, .stepStart, .suspended, .taskDone, .timerScheduled, .timerFired,
         .timerCancelled, .clockAdvanced, .cancelRequested, .blockingCall, .output,
         .exceptionRaised, .exceptionCaught, .deadlock:
        return true
    default:
        return false
    }
}

// The orders below follow CPython 3.11's scheduling (asyncio-semantics §2–§7): a new task's
// first step is queued with call_soon and runs in the next pass; a sleep's timer wakes its
// task through `_set_result_unless_cancelled` then `Task.__wakeup` one pass later; `cancel()`
// on a task waiting on a sleep cancels the sleep's future, whose done callback wakes the task
// with CancelledError. The printed lines were checked with python3 3.11.7.
@Suite(.serialized) struct TraceTests {
    @Test func createTaskAndSleep() {
        let r = traced("""
            import asyncio

            async def work():
                print("work starts")
                await asyncio.sleep(0.2)
                print("work ends")

            async def main():
                t = asyncio.create_task(work())
                await asyncio.sleep(0.1)
                print("main woke")
                await t

            asyncio.run(main())
            """)
        #expect(r.out == "work starts\nmain woke\nwork ends\n")
        #expect(r.replayErrors == [])
        let lines = condensed(r.events, keep: isSchedulingFact)
        #expect(Array(lines.prefix(21)) == [
            "p0 T1 created Task-1 main by - @14",
            "p1 T1 step start @9",
            "p1 T2 created Task-2 work by T1 @9",
            "p1 T1 timer#4 at 100ms @10",
            "p1 T1 suspend f3 sleep until 100ms @10",
            "p2 T2 step start @4",
            "p2 T2 out work starts @4",
            "p2 T2 timer#6 at 200ms @5",
            "p2 T2 suspend f5 sleep until 200ms @5",
            "p2 - clock 100ms @14",
            "p3 - fired timer#4 @14",
            "p4 T1 step wakeup f3 @10",
            "p4 T1 out main woke @11",
            "p4 T1 suspend f2 task T2 @12",
            "p4 - clock 200ms @14",
            "p5 - fired timer#6 @14",
            "p6 T2 step wakeup f5 @5",
            "p6 T2 out work ends @6",
            "p6 T2 done None @14",
            "p7 T1 step wakeup f2 @12",
            "p7 T1 done None @14",
        ])
    }

    @Test func gatherOrder() {
        let r = traced("""
            import asyncio

            async def work(name, d):
                await asyncio.sleep(d)
                print(name)
                return name

            async def main():
                print(await asyncio.gather(work("slow", 0.3), work("fast", 0.1)))

            asyncio.run(main())
            """)
        #expect(r.out == "fast\nslow\n['slow', 'fast']\n")
        #expect(r.replayErrors == [])
        let lines = condensed(r.events) { if case .stepStart = $0 { return true }; if case .taskDone = $0 { return true }; if case .taskCreated = $0 { return true }; return false }
        #expect(Array(lines.prefix(11)) == [
            "p0 T1 created Task-1 main by - @11",
            "p1 T1 step start @9",
            "p1 T2 created Task-2 work by T1 @9",
            "p1 T3 created Task-3 work by T1 @9",
            "p2 T2 step start @4",
            "p2 T3 step start @4",
            "p4 T3 step wakeup f7 @4",
            "p4 T3 done 'fast' @11",
            "p7 T2 step wakeup f5 @4",
            "p7 T2 done 'slow' @11",
            "p9 T1 step wakeup f4 @9",
        ])
    }

    @Test func cancellationOfASleepingTask() {
        let r = traced("""
            import asyncio

            async def sleeper():
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    print("cancelled")
                    raise

            async def main():
                t = asyncio.create_task(sleeper())
                await asyncio.sleep(0)
                t.cancel("stop")
                try:
                    await t
                except asyncio.CancelledError:
                    print("main saw it")

            asyncio.run(main())
            """)
        #expect(r.out == "cancelled\nmain saw it\n")
        #expect(r.replayErrors == [])
        let lines = condensed(r.events, keep: isSchedulingFact)
        // main's sleep(0) lets sleeper start (pass 2) before main cancels it in the same
        // pass; the sleep's future is cancelled at once, its timer only in sleep's `finally`
        // when sleeper is woken with CancelledError (pass 3) — before the error reaches
        // sleeper's own frame, where the trace sees it raised; main wakes in pass 4.
        #expect(Array(lines.dropFirst(7).prefix(14)) == [
            "p2 T1 step next-pass @12",
            "p2 T2 cancel T2 by T1 msg 'stop' @13",
            "p2 T1 suspend f2 task T2 @15",
            "p3 T2 step cancelled @5",
            "p3 T2 cancelled timer#4 @5",
            "p3 T2 raise CancelledError(stop) @5",
            "p3 T2 caught CancelledError @6",
            "p3 T2 out cancelled @7",
            "p3 T2 done cancelled @19",
            "p4 T1 step cancelled @15",
            "p4 T1 raise CancelledError(stop) @15",
            "p4 T1 caught CancelledError @16",
            "p4 T1 out main saw it @17",
            "p4 T1 done None @19",
        ])
    }

    @Test func blockingSleepHoldsTheLoop() {
        let r = traced("""
            import asyncio, time

            async def ticker():
                for i in range(2):
                    print("tick", i)
                    await asyncio.sleep(0.1)

            async def main():
                t = asyncio.create_task(ticker())
                await asyncio.sleep(0)
                time.sleep(0.5)
                print("blocked", round(asyncio.get_running_loop().time(), 2))
                await t

            asyncio.run(main())
            """)
        #expect(r.out == "tick 0\nblocked 0.5\ntick 1\n")
        #expect(r.replayErrors == [])
        let lines = condensed(r.events) {
            switch $0 {
            case .blockingCall, .clockAdvanced, .output, .slowCallback: return true
            default: return false
            }
        }
        // sleep(0) lets ticker start in pass 2, where main then blocks 0.5 s; ticker's
        // 0.1 s timer is overdue by then, fires in pass 3, wakes ticker in pass 4.
        #expect(lines == [
            "p2 T2 out tick 0 @5",
            "p2 T1 blocking time.sleep 500ms @11",
            "p2 T1 out blocked 0.5 @12",
            "p4 T2 out tick 1 @5",
            "p4 - clock 600ms @15",
        ])
        let slow = r.events.contains {
            if case .slowCallback(let s) = $0.event.kind { return s.duration == 500_000_000 && s.task?.name == "Task-1" }
            return false
        }
        #expect(slow)
    }

    @Test func deadlockReportsWhoWaits() {
        let r = traced("""
            import asyncio

            async def main():
                ev = asyncio.Event()
                await ev.wait()

            asyncio.run(main())
            """)
        #expect(r.status == 1)
        #expect(r.replayErrors == [])
        let lines = condensed(r.events, keep: isSchedulingFact)
        #expect(lines.contains("p1 - deadlock Task-1 on event @7"))
        #expect(lines.contains("p1 T1 suspend f2 event @5"))
    }

    @Test func sourceLocationsPointAtTheLines() {
        let r = traced("""
            import asyncio

            def helper():
                raise KeyError("k")

            async def main():
                try:
                    helper()
                except KeyError:
                    print("caught")
                await asyncio.sleep(1)

            print("top")
            asyncio.run(main())
            """)
        #expect(r.out == "top\ncaught\n")
        let want: [String: Int] = ["out top": 13, "raise KeyError(k)": 4, "caught KeyError": 9,
                                   "out caught": 10, "timer#": 11, "suspend": 11]
        let lines = condensed(r.events, keep: isSchedulingFact)
        for (prefix, line) in want {
            let hit = lines.first { $0.split(separator: " ", maxSplits: 2).last.map { $0.hasPrefix(prefix) } ?? false }
            #expect(hit?.hasSuffix("@\(line)") == true, "\(prefix): \(hit ?? "missing")")
        }
        // The first event is outside any loop: no loop, no pass, program time 0.
        #expect(r.events.first?.loop == nil)
        #expect(r.events.map { $0.event.seq } == Array(1...r.events.count))
    }

    @Test func everyLoopIsTraced() {
        let r = traced("""
            import asyncio, time

            async def a(d):
                await asyncio.sleep(d)
                return d

            print(asyncio.run(a(0.5)))
            loop = asyncio.new_event_loop()
            time.sleep(0.125)
            print(loop.run_until_complete(a(1)))
            h = loop.call_soon(print, "never")
            h.cancel()
            loop.call_soon(print, "soon")
            loop.run_until_complete(a(0))
            loop.close()
            print(asyncio.run(a(0.25)))
            """)
        #expect(r.out == "0.5\n1\nsoon\n0.25\n")
        #expect(r.time == 1.875)
        #expect(r.replayErrors == [])
        let loops = Set(r.events.compactMap { $0.loop })
        #expect(loops == [1, 2, 3])
        // The cancelled call_soon handle is named, then skipped when it reaches the front.
        let cancelled = r.events.compactMap { e -> Int? in
            if case .handleCancelled(let h) = e.event.kind { return h }
            return nil
        }
        let skipped = r.events.compactMap { e -> Int? in
            if case .handleSkipped(let h) = e.event.kind { return h }
            return nil
        }
        #expect(cancelled.count == 1 && cancelled == skipped && cancelled[0] < 0)
        // One program clock across loops: each run starts where the clock stood (the loop made
        // by new_event_loop catches up with the sleep that happened while it was idle).
        var firstStart: [Int: Double] = [:]
        for e in r.events {
            if case .loopStart = e.event.kind, let l = e.loop, firstStart[l] == nil {
                firstStart[l] = Double(e.event.time + e.origin) / 1e9
            }
        }
        #expect(firstStart == [1: 0, 2: 0.625, 3: 1.625])
    }

    @Test func recordingDoesNotChangeTheRun() {
        // Events keep reprs and ids, never the objects: lifetimes (and so `__del__` output and
        // "never retrieved" messages) are the same with and without a trace, and recording
        // runs no Python code.
        let source = """
            import asyncio

            class Big:
                def __repr__(self):
                    print("repr ran")
                    return "Big()"
                def __del__(self): print("freed")

            async def make():
                return Big()

            async def fail():
                raise ValueError("lost")

            async def main():
                b = await asyncio.create_task(make())
                del b
                print("after del")
                asyncio.create_task(fail())
                await asyncio.sleep(0.1)

            asyncio.run(main())
            """
        let r = traced(source)
        var out = "", err = ""
        let vm = VM(options: VMOptions(), stdout: OutputBuffer { out += $0 }, stderr: OutputBuffer { err += $0 })
        _ = AsyncioBridge.install(in: vm)
        let status = vm.runSource(SourceFile(name: "prog.py", bytes: Array(source.utf8)))
        vm.finalizeMain()
        vm.flush()
        #expect(r.out == out)
        #expect(r.err == err)
        #expect(r.status == status)
        #expect(r.replayErrors == [])
        let lines = condensed(r.events, keep: isSchedulingFact)
        // The trace never runs the program's __repr__: results are shown as builtin reprs.
        #expect(lines.contains { $0.contains("done <Big object>") })
        #expect(!r.out.contains("repr ran"))
        #expect(r.events.contains { if case .warning(let m) = $0.event.kind { return m == "Task exception was never retrieved" }; return false })
    }
}
