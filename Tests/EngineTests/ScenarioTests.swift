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
        #expect(out.text == expected("heap_tiebreak"))
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
        #expect(out.text == expected("sleep0_passes"))
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
        #expect(out.text == expected("gather_order"))
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
        #expect(out.text == expected("cancel_waiting"))
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
        #expect(out.text == expected("shutdown_order"))
        // main = Task-1, w1 = Task-2, shutdown_asyncgens = Task-3, executor = Task-4.
        #expect(rt.taskCounter == 4)
    }
}
