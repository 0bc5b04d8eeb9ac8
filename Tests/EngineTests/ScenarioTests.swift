import Testing
@testable import Engine

/// Each test is the Swift-fake twin of Scenarios/NAME.py and must print exactly what CPython
/// printed (Scenarios/expected/NAME.out).
@Suite struct ScenarioTests {
    @Test func heapTieBreak() {
        let rt = AsyncioRuntime(), out = Log()
        let main = Script("main", [
            .run {
                let loop = rt.runningLoop!
                let when = loop.time() + 0.05
                for n in ["A", "B", "C", "D"] { loop.callAt(when) { out(n) } }
            },
            .await { .coroutine(rt.runningLoop!.sleep(0.1)) },
            .run { out("main done") },
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "heap_tiebreak")
    }

    @Test func sleep0Passes() {
        let rt = AsyncioRuntime(), out = Log()
        func worker(_ name: String, _ n: Int) -> Script {
            var ops: [Op] = []
            for i in 0..<n {
                ops.append(.run { out("\(name) step \(i)") })
                ops.append(.await { .coroutine(rt.runningLoop!.sleep(0)) })
            }
            ops.append(.run { out("\(name) done") })
            return Script("worker", ops)
        }
        var t1: Task!, t2: Task!
        let main = Script("main", [
            .run {
                let loop = rt.runningLoop!
                loop.callLater(0) { out("later0") }
                loop.callSoon { out("soon1") }
                t1 = loop.createTask(worker("a", 3))
                t2 = loop.createTask(worker("b", 2))
                loop.callSoon { out("soon2") }
                out("main before await")
            },
            .await { .future(t1) },
            .run { out("main after t1 \(t2.isDone ? "True" : "False")") },
            .await { .future(t2) },
            .run { out("main end") },
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "sleep0_passes")
    }

    @Test func gatherOrder() {
        let rt = AsyncioRuntime(), out = Log()
        func child(_ name: String, _ d: Double, fail: Bool = false) -> Awaitable {
            .coroutine(Script("child", [
                .run { out("\(name) start") },
                .await { .coroutine(rt.runningLoop!.sleep(d)) },
                fail ? .raise { .host("ValueError", name) } : .run { out("\(name) end") },
                .ret { .string(name.uppercased()) },
            ]))
        }
        var m2: Script!
        m2 = Script("main", [
            .await { .future(rt.runningLoop!.gather([child("a", 0.3), child("b", 0.1), child("c", 0.2)])) },
            .run { out(m2.last.value!.py) },
            .await { .future(rt.runningLoop!.gather([child("d", 0.2), child("e", 0.1, fail: true)], returnExceptions: true)) },
            .run { out(m2.last.value!.py) },
            .awaitCatch({ .future(rt.runningLoop!.gather([child("f", 0.1, fail: true), child("g", 0.3)])) },
                        { o in out("caught " + o.error!.repr); return nil }),
            .await { .coroutine(rt.runningLoop!.sleep(0.5)) },
            .run { out("main end") },
        ])
        _ = asyncioRun(m2, runtime: rt)
        expectScenario(out, rt, "gather_order")
    }

    @Test func cancelWaiting() {
        let rt = AsyncioRuntime(), out = Log()
        func waiter(_ fut: Future) -> Script {
            Script("waiter", [
                .run { out("waiter awaits") },
                .awaitCatch({ .future(fut) }, { o in
                    let e = o.error!
                    out("waiter cancelled \(e.repr) \(rt.runningLoop!.currentTask!.cancelling())")
                    return .error(e)
                }),
            ])
        }
        var t: Task!, t2: Task!, fut: Future!
        let py: (Bool) -> String = { $0 ? "True" : "False" }
        let main = Script("main", [
            .run {
                let loop = rt.runningLoop!
                fut = loop.createFuture()
                t = loop.createTask(waiter(fut))
            },
            .await { .coroutine(rt.runningLoop!.sleep(0)) },
            .run {
                let c = t.cancel(msg: .string("stop"))
                out("cancel \(py(c)) \(py(fut.isCancelled)) \(py(t.isCancelled)) \(t.cancelling())")
                out("cancel again \(py(t.cancel()))")
            },
            .awaitCatch({ .future(t) }, { o in out("main sees " + o.error!.repr); return nil }),
            .run {
                out("task \(py(t.isCancelled)) \(py(t.isDone))")
                let loop = rt.runningLoop!
                t2 = loop.createTask(waiter(loop.createFuture()))
                t2.cancel()
            },
            .awaitCatch({ .future(t2) }, { o in
                out("never started \(o.error!.repr) \(py(t2.isCancelled))"); return nil
            }),
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "cancel_waiting")
    }

    @Test func shutdownOrder() {
        let rt = AsyncioRuntime(), out = Log()
        func worker(_ name: String) -> Script {
            var caught: EngineError?
            var s: Script!
            s = Script("worker", [
                .run { out("\(name) waiting") },
                .awaitCatch({ .coroutine(rt.runningLoop!.sleep(10)) }, { o in
                    if let e = o.error, e.isCancellation { caught = e; return nil }
                    out("\(name) finally")
                    return o
                }),
                .run { out("\(name) cleanup start") },
                .await { .coroutine(rt.runningLoop!.sleep(0.1)) },
                .run { out("\(name) cleanup end"); out("\(name) finally") },
                .raise { caught! },
            ])
            _ = s
            return s
        }
        let main = Script("main", [
            .run { rt.runningLoop!.createTask(worker("w1")) },
            .await { .coroutine(rt.runningLoop!.sleep(0.1)) },
            .run { out("main returns") },
            .ret { .int(7) },
        ])
        let r = asyncioRun(main, runtime: rt)
        if case .returned(let v) = r { out(v.py) }
        expectScenario(out, rt, "shutdown_order")
        // main = Task-1, w1 = Task-2, shutdown_asyncgens = Task-3, executor = Task-4.
        #expect(rt.taskCounter == 4)
    }
}

@Suite struct ScenarioTests2 {
    @Test func passCosts() {
        let rt = AsyncioRuntime(), out = Log()
        var n = 0
        func tick() {
            n += 1
            rt.runningLoop!.callSoon(label: "tick") { tick() }
        }
        func quick() -> Script { Script("quick", [.ret { .int(1) }]) }
        var start = 0
        var loop: EventLoop { rt.runningLoop! }
        var t: Task!
        func measure(_ label: String, _ aw: @escaping () -> Awaitable) -> [Op] {
            [.run { start = n }, .await(aw), .run { out("\(label) \(n - start)") }]
        }
        var ops: [Op] = [
            .run { loop.callSoon(label: "tick") { tick() } },
            .await { .coroutine(loop.sleep(0)) },
        ]
        ops += measure("sleep0") { .coroutine(loop.sleep(0)) }
        ops += measure("coro") { .coroutine(quick()) }
        ops += measure("task") { .future(loop.createTask(quick())) }
        ops += measure("gather") { .future(loop.gather([.coroutine(quick())])) }
        ops += measure("gather-done") {
            let f = loop.createFuture(); f.setResult(.int(2))
            return .future(loop.gather([.future(f)]))
        }
        ops += measure("wait_for") { .coroutine(loop.waitFor(.coroutine(quick()), timeout: 1)) }
        ops += measure("wait_for-none") { .coroutine(loop.waitFor(.coroutine(quick()), timeout: nil)) }
        ops += [
            .run { t = loop.createTask(quick()) },
            .await { .coroutine(loop.sleep(0)) },
            .await { .coroutine(loop.sleep(0)) },
        ]
        ops += measure("wait-done") { .coroutine(loop.wait([.future(t)])) }
        ops += measure("shield-done") { .future(loop.shield(.future(t))) }
        _ = asyncioRun(Script("main", ops), runtime: rt)
        expectScenario(out, rt, "pass_costs")
    }

    @Test func waitForTimeout() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func slow(_ name: String, _ d: Double) -> Script {
            Script("slow", [
                .awaitCatch({ .coroutine(loop.sleep(d)) }, { o in
                    if let e = o.error { if e.isCancellation { out("\(name) cancelled") }; return o }
                    return nil
                }),
                .run { out("\(name) finished") },
                .ret { .string(name) },
            ])
        }
        func stubborn() -> Script {
            var s: Script!
            s = Script("stubborn", [
                .awaitCatch({ .coroutine(loop.sleep(1)) }, { o in
                    if let e = o.error, e.isCancellation { out("stubborn ignores cancel"); return nil }
                    return .value(.none)
                }),
                .await { .coroutine(loop.sleep(0.1)) },
                .ret { .string("kept") },
            ])
            return s
        }
        var t0 = 0.0
        func elapsed() -> String { round1(loop.time() - t0) }
        var m: Script!
        m = Script("main", [
            .run { t0 = loop.time() },
            .await { .coroutine(loop.waitFor(.coroutine(slow("a", 0.1)), timeout: 0.5)) },
            .run { out(m.last.value!.repr().replacingQuotes) },
            .awaitCatch({ .coroutine(loop.waitFor(.coroutine(slow("b", 1)), timeout: 0.2)) }, { o in
                let e = o.error!
                out("timeout \(e.repr) \(elapsed())")
                #expect(e.cause?.isCancellation == true)
                return nil
            }),
            .await { .coroutine(loop.waitFor(.coroutine(stubborn()), timeout: 0.3)) },
            .run { out("\(m.last.value!.repr().replacingQuotes) \(elapsed())") },
        ])
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "wait_for_timeout")
    }

    @Test func queueMaxsize() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let q = AsyncQueue(runtime: rt, maxsize: 2)
        func producer(_ n: Int) -> Script {
            var ops: [Op] = []
            for i in 0..<n {
                ops.append(.run { out("put \(i) start qsize=\(q.qsize())") })
                ops.append(.await { .coroutine(q.put(.int(i))) })
                ops.append(.run { out("put \(i) done") })
            }
            ops.append(.run { out("producer done") })
            return Script("producer", ops)
        }
        /// `while True: item = await q.get(); print; await sleep(0.1); q.task_done()`.
        final class Consumer: NativeCoroutine {
            let q: AsyncQueue, name: String, out: Log, rt: AsyncioRuntime
            init(_ q: AsyncQueue, _ name: String, _ out: Log, _ rt: AsyncioRuntime) {
                self.q = q; self.name = name; self.out = out; self.rt = rt
                super.init(qualname: "consumer")
            }
            override func resume(_ input: Outcome) -> CoroutineStep {
                if case .error(let e) = input { return .raised(e) }
                switch pc {
                case 1:
                    out("\(name) got \(input.value!.py)")
                    pc = 2
                    return awaitCoroutine(rt.runningLoop!.sleep(0.1))
                default:
                    if pc == 2 { q.taskDone() }
                    pc = 1
                    return awaitCoroutine(q.get())
                }
            }
        }
        var consumers: [Task] = []
        let main = Script("main", [
            .run { consumers = (0..<2).map { loop.createTask(Consumer(q, "c\($0)", out, rt)) } },
            .await { .coroutine(producer(5)) },
            .await { .coroutine(q.join()) },
            .run { out("joined"); for c in consumers { c.cancel() } },
            .await { .future(loop.gather(consumers.map { .future($0) }, returnExceptions: true)) },
            .run { out("end") },
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "queue_maxsize")
    }

    @Test func lockFairness() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let lock = AsyncLock(runtime: rt)
        func user(_ name: String, _ rounds: Int) -> Awaitable {
            var ops: [Op] = []
            for i in 0..<rounds {
                ops += [
                    .await { .coroutine(lock.acquire()) },
                    .run { out("\(name) holds \(i)") },
                    .await { .coroutine(loop.sleep(0.1)) },
                    .run { lock.release(); out("\(name) released \(i)") },
                ]
            }
            return .coroutine(Script("user", ops))
        }
        let main = Script("main", [
            .await { .future(loop.gather([user("a", 2), user("b", 2), user("c", 1)])) },
            .run { out("end") },
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "lock_fairness")
    }
}

extension String {
    /// Python prints a str result without quotes.
    var replacingQuotes: String { filter { $0 != "'" } }
}
