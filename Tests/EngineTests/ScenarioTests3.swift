import Testing
@testable import Engine

func py(_ b: Bool) -> String { b ? "True" : "False" }
/// `int(x * 10 + 0.001)`: elapsed tenths, robust against CPython's lag (the scenarios print this).
func round1(_ x: Double) -> String { String(Int(x * 10 + 0.001)) }

@Suite struct ScenarioTests3 {
    @Test func timerPurge() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let main = Script("main", [
            .run {
                let when = loop.time() + 0.05
                let hs = (0..<150).map { i in loop.callAt(when) { out("t\(i)") } }
                for (i, h) in hs.enumerated() where i % 3 != 0 { h.cancel() }
            },
            .await { .coroutine(loop.sleep(0.1)) },
            .run {
                let when = loop.time() + 0.05
                let hs = (0..<12).map { i in loop.callAt(when) { out("u\(i)") } }
                for h in hs[..<5] { h.cancel() }
            },
            .await { .coroutine(loop.sleep(0.1)) },
            .run { out("end") },
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "timer_purge")
    }

    @Test func queueKinds() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let pq = AsyncQueue(runtime: rt, kind: .priority({ a, b in
            if case .int(let x) = a, case .int(let y) = b { return x < y }
            return false
        }))
        let lq = AsyncQueue(runtime: rt, maxsize: 3, kind: .lifo)
        let q = AsyncQueue(runtime: rt)
        func getter(_ name: String) -> Script {
            var s: Script!
            s = Script("getter", [.await { .coroutine(q.get()) }, .run { out("\(name) got \(s.last.value!.py.replacingQuotes)") }])
            return s
        }
        var g1: Task!, g2: Task!
        var ops: [Op] = [.run {
            for x in [5, 1, 4, 1, 3] { pq.putNowait(.int(x)) }
            out(EngineValue.list((0..<5).map { _ in pq.getNowait().value! }).py)
        }]
        for x in ["a", "b", "c"] { ops.append(.await { .coroutine(lq.put(.string(x))) }) }
        ops += [
            .run {
                out("\(lq.str()) \(py(lq.full()))")
                out("full " + lq.putNowait(.string("d"))!.repr)
                out(EngineValue.list((0..<3).map { _ in lq.getNowait().value! }).py)
                out("empty " + lq.getNowait().error!.repr)
                g1 = loop.createTask(getter("g1"))
                g2 = loop.createTask(getter("g2"))
            },
            .await { .coroutine(loop.sleep(0)) },
            .run {
                q.putNowait(.string("x"))
                out("stolen \(q.getNowait().value!.py.replacingQuotes) \(q.str())")
                q.putNowait(.string("y"))
            },
            .await { .coroutine(loop.sleep(0)) },
            .run { q.putNowait(.string("z")) },
            .await { .future(loop.gather([.future(g1), .future(g2)])) },
            .run {
                for _ in 0..<3 { q.taskDone() }
                out(q.taskDone()!.repr)
            },
        ]
        _ = asyncioRun(Script("main", ops), runtime: rt)
        expectScenario(out, rt, "queue_kinds")
    }

    @Test func timeoutBlock() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        var t0 = 0.0
        var tm: AsyncTimeout!, inner: AsyncTimeout!
        var err: EngineError?
        func body(_ aw: @escaping () -> Awaitable) -> Op {
            .awaitCatch(aw, { o in err = o.error; return nil })
        }
        func el() -> String { round1(loop.time() - t0) }
        let main = Script("main", [
            .run { t0 = loop.time(); tm = AsyncTimeout.after(0.2, loop: loop) },
            .await { .coroutine(tm.aenter()) },
            .run { out("inside \(py(tm.expired))") },
            body { .coroutine(loop.sleep(1)) },
            .awaitCatch({ .coroutine(tm.aexit(err)) }, { o in
                let e = o.error!
                out("timed out \(e.repr) \(e.cause!.typeName) \(py(tm.expired)) \(el())")
                return nil
            }),
            .run {
                out("cancelling \(loop.currentTask!.cancelling())")
                tm = AsyncTimeout.after(0.5, loop: loop)
            },
            .await { .coroutine(tm.aenter()) },
            body { .coroutine(loop.sleep(0.1)) },
            .await { .coroutine(tm.aexit(err)) },
            .run { out("in time \(py(tm.expired))"); tm = AsyncTimeout.after(1, loop: loop) },
            .await { .coroutine(tm.aenter()) },
            .run { inner = AsyncTimeout.after(0.1, loop: loop) },
            .await { .coroutine(inner.aenter()) },
            body { .coroutine(loop.sleep(0.5)) },
            .awaitCatch({ .coroutine(inner.aexit(err)) }, { o in
                if o.error?.kind == .timeoutError { out("inner timeout \(el())") }
                return nil
            }),
            body { .coroutine(loop.sleep(2)) },
            .awaitCatch({ .coroutine(tm.aexit(err)) }, { o in
                if o.error?.kind == .timeoutError { out("outer timeout \(el())") }
                return nil
            }),
            .run { tm = AsyncTimeout(loop: loop, when: nil) },
            .await { .coroutine(tm.aenter()) },
            .run { tm.reschedule(loop.time() + 0.3) },
            body { .coroutine(loop.sleep(1)) },
            .awaitCatch({ .coroutine(tm.aexit(err)) }, { o in
                if o.error?.kind == .timeoutError { out("rescheduled timeout \(el())") }
                return nil
            }),
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "timeout_block")
    }

    @Test func taskGroupError() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func ok(_ name: String, _ d: Double) -> Script {
            Script("ok", [
                .awaitCatch({ .coroutine(loop.sleep(d)) }, { o in
                    if let e = o.error, e.isCancellation { out("\(name) cancelled") }
                    return o.error.map { .error($0) }
                }),
                .run { out("\(name) ok") },
                .ret { .string(name) },
            ])
        }
        func bad(_ d: Double) -> Script {
            Script("bad", [
                .await { .coroutine(loop.sleep(d)) },
                .run { out("bad raises") },
                .raise { .host("ValueError", "bad") },
            ])
        }
        var tg: TaskGroup!, t1: Task!, a: Task!, b: Task!
        var err: EngineError?
        let main = Script("main", [
            .run {
                tg = TaskGroup(loop: loop)
            },
            .await { .coroutine(tg.aenter()) },
            .run {
                t1 = try! tg.createTask(ok("x", 0.1)).get()
                _ = tg.createTask(bad(0.2))
                _ = tg.createTask(ok("y", 1))
                out("body waits")
            },
            .awaitCatch({ .coroutine(loop.sleep(0.5)) }, { o in err = o.error; return nil }),
            .awaitCatch({ .coroutine(tg.aexit(err)) }, { o in
                out("caught " + EngineValue.tuple(o.error!.exceptions.map { .error($0) }).py)
                return nil
            }),
            .run {
                out("x result \(t1.result().value!.py.replacingQuotes) \(loop.currentTask!.cancelling())")
                tg = TaskGroup(loop: loop)
            },
            .await { .coroutine(tg.aenter()) },
            .run { _ = tg.createTask(bad(0.1)); out("body done") },
            .awaitCatch({ .coroutine(tg.aexit(nil)) }, { o in out("caught2 " + o.error!.str); return nil }),
            .run { out("quirk cancelling \(loop.currentTask!.cancelling())"); tg = TaskGroup(loop: loop) },
            .await { .coroutine(tg.aenter()) },
            .run {
                a = try! tg.createTask(ok("p", 0.2), name: "pp").get()
                b = try! tg.createTask(ok("q", 0.1)).get()
            },
            .await { .coroutine(tg.aexit(nil)) },
            .run {
                out("names \(a.name) \(b.name) \(a.result().value!.py.replacingQuotes) \(b.result().value!.py.replacingQuotes)")
            },
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "taskgroup_error")
    }

    @Test func semaphoreEventCondition() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let sem = AsyncSemaphore(runtime: rt, value: 2)!
        func limited(_ name: String) -> Awaitable {
            .coroutine(Script("limited", [
                .await { .coroutine(sem.acquire()) },
                .run { out("\(name) in (value=\(sem.value))") },
                .await { .coroutine(loop.sleep(0.1)) },
                .run { sem.release(); out("\(name) out") },
            ]))
        }
        let ev = AsyncEvent(runtime: rt)
        func waiter(_ name: String) -> Script {
            Script("waiter", [.run { out("\(name) waits") }, .await { .coroutine(ev.wait()) }, .run { out("\(name) woke") }])
        }
        let cond = AsyncCondition(runtime: rt)
        var box: [String] = []
        func cwaiter(_ name: String) -> Script {
            Script("cwaiter", [
                .await { .coroutine(cond.acquire()) },
                .run { out("\(name) waits on condition") },
                .await { .coroutine(cond.waitFor { .success((!box.isEmpty, .none)) }) },
                .run { out("\(name) got \(box[0])"); box.removeLast() },
                .run { cond.release() },
            ])
        }
        var ts: [Task] = []
        var ops: [Op] = [
            .await { .future(loop.gather((0..<4).map { limited("s\($0)") })) },
            .run { ts = (0..<3).map { loop.createTask(waiter("e\($0)")) } },
            .await { .coroutine(loop.sleep(0)) },
            .run { out("setting"); ev.set(); out("set done") },
            .await { .future(loop.gather(ts.map { .future($0) })) },
            .run { ts = (0..<2).map { loop.createTask(cwaiter("c\($0)")) } },
            .await { .coroutine(loop.sleep(0)) },
        ]
        for item in ["first", "second"] {
            ops += [
                .await { .coroutine(cond.acquire()) },
                .run { box.append(item); cond.notify(); out("notified \(item)"); cond.release() },
                .await { .coroutine(loop.sleep(0.1)) },
            ]
        }
        let bs = AsyncSemaphore(runtime: rt, value: 1, bounded: true)!
        ops += [
            .await { .future(loop.gather(ts.map { .future($0) })) },
            .await { .coroutine(bs.acquire()) },
            .run { bs.release(); out(bs.release()!.repr) },
        ]
        _ = asyncioRun(Script("main", ops), runtime: rt)
        expectScenario(out, rt, "semaphore_event_condition")
    }
}
