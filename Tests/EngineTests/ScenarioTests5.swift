import Testing
@testable import Engine

@Suite struct ScenarioTests5 {
    @Test func cancelPropagation() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func reraise(_ msg: String) -> (Outcome) -> Outcome? {
            { o in
                if let e = o.error { if e.isCancellation { out(msg) }; return .error(e) }
                return nil
            }
        }
        func inner(_ name: String, _ d: Double, swallow: Bool = false) -> Script {
            Script("inner", [
                .awaitCatch({ .coroutine(loop.sleep(d)) }, { o in
                    guard let e = o.error else { return nil }
                    if e.isCancellation { out("\(name) inner cancelled") }
                    return swallow ? .value(.string("\(name)-swallowed")) : .error(e)
                }),
                .ret { .string("\(name)-done") },
            ])
        }
        func outer(_ t: Task) -> Script {
            var s: Script!
            s = Script("outer", [.awaitCatch({ .future(t) }, reraise("outer cancelled")), .ret { s.last.value! }])
            return s
        }
        let lock = AsyncLock(runtime: rt)
        func locker(_ name: String) -> Script {
            Script("locker", [
                .awaitCatch({ .coroutine(lock.acquire()) }, reraise("\(name) cancelled while waiting")),
                .run { out("\(name) has lock") },
                .await { .coroutine(loop.sleep(0.1)) },
                .run { lock.release() },
            ])
        }
        let q = AsyncQueue(runtime: rt)
        func qget(_ name: String) -> Script {
            var s: Script!
            s = Script("qget", [
                .awaitCatch({ .coroutine(q.get()) }, reraise("\(name) cancelled")),
                .run { out("\(name) got \(s.last.value!.py.replacingQuotes)") },
            ])
            return s
        }
        let cond = AsyncCondition(runtime: rt)
        let cwait = Script("cwait", [
            .await { .coroutine(cond.acquire()) },
            .awaitCatch({ .coroutine(cond.wait()) }, { o in
                guard let e = o.error else { return nil }
                out("cond waiter cancelled, holds lock: \(py(cond.locked()))")
                cond.release()
                return .error(e)
            }),
            .run { cond.release() },
        ])
        var t: Task!, o: Task!, w: Task!, c: Task!, u: Task!
        var ls: [Task] = [], gs: [Task] = []
        var tm: AsyncTimeout!
        var err: EngineError?
        var m: Script!
        m = Script("main", [
            .run { t = loop.createTask(inner("i1", 1)); o = loop.createTask(outer(t)) },
            .await { .coroutine(loop.sleep(0)) },
            .run { o.cancel() },
            .awaitCatch({ .future(o) }, { _ in out("main: o cancelled \(py(t.isCancelled))"); return nil }),
            .run { t = loop.createTask(inner("i2", 1, swallow: true)); o = loop.createTask(outer(t)) },
            .await { .coroutine(loop.sleep(0)) },
            .run { o.cancel() },
            .await { .future(o) },
            .run {
                out("main: o result \(m.last.value!.py.replacingQuotes) \(o.cancelling())")
                w = loop.createTask(loop.waitFor(.coroutine(inner("i3", 1)), timeout: 0.5))
            },
            .await { .coroutine(loop.sleep(0.1)) },
            .run { w.cancel() },
            .awaitCatch({ .future(w) }, { _ in out("main: wait_for cancelled"); return nil }),
            .run { ls = (0..<3).map { loop.createTask(locker("l\($0)")) } },
            .await { .coroutine(loop.sleep(0)) },
            .run { ls[1].cancel() },
            .await { .future(loop.gather(ls.map { .future($0) }, returnExceptions: true)) },
            .run { gs = (0..<2).map { loop.createTask(qget("g\($0)")) } },
            .await { .coroutine(loop.sleep(0)) },
            .run { q.putNowait(.string("item")); gs[0].cancel() },
            .await { .future(loop.gather(gs.map { .future($0) }, returnExceptions: true)) },
            .run { c = loop.createTask(cwait) },
            .await { .coroutine(loop.sleep(0)) },
            .await { .coroutine(cond.acquire()) },
            .run { c.cancel() },
            .await { .coroutine(loop.sleep(0)) },
            .run { out("main holds cond; waiter waiting for lock"); cond.release() },
            .await { .future(loop.gather([.future(c)], returnExceptions: true)) },
            .run { tm = AsyncTimeout.after(0, loop: loop) },
            .await { .coroutine(tm.aenter()) },
            .awaitCatch({ .coroutine(loop.sleep(1)) }, { o in err = o.error; return nil }),
            .awaitCatch({ .coroutine(tm.aexit(err)) }, { o in
                if o.error?.kind == .timeoutError { out("timeout(0) fired") }
                return nil
            }),
            .run {
                t = loop.createTask(inner("n", 0)); t.name = "named"
                u = loop.createTask(inner("m", 0))
                out("\(t.name) \(u.name)")
            },
            .await { .future(loop.gather([.future(t), .future(u)])) },
        ])
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "cancel_propagation")
    }
}

@Suite struct RunLifecycleTests {
    @Test func runErrors() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        var caught: EngineError?
        let worker = Script("worker", [
            .awaitCatch({ .coroutine(loop.sleep(10)) }, { o in
                caught = o.error
                if caught != nil { out("w cleanup") }
                return nil
            }),
            .await { .coroutine(loop.sleep(0)) },
            .run { out("w cleanup done") },
            .raise { caught! },
        ])
        let main = Script("main", [
            .run {
                let t = loop.createTask(worker)
                t.addDoneCallback(label: "<lambda>") { f in out("done callback: cancelled = \(py(f.isCancelled))") }
            },
            .await { .coroutine(loop.sleep(0.1)) },
            .run { out("main raises") },
            .raise { .host("ValueError", "boom") },
        ])
        if case .raised(let e) = asyncioRun(main, runtime: rt) { out("run raised \(e.repr)") }
        let main2 = Script("main2", [
            .await { .coroutine(loop.sleep(0)) },
            .run { loop.currentTask!.cancel() },
            .await { .coroutine(loop.sleep(1)) },
        ])
        if case .raised(let e) = asyncioRun(main2, runtime: rt) { out("run2 raised \(e.repr)") }
        expectScenario(out, rt, "run_errors")
    }
}

@Suite struct SigintTests {
    @Test func ctrlCUnderRun() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        for swallow in [false, true] {
            let other = Script("other", [
                .awaitCatch({ .coroutine(loop.sleep(10)) }, { o in
                    if let e = o.error { out("other cancelled at shutdown"); return .error(e) }
                    return nil
                }),
            ])
            let main = Script("main", [
                .run {
                    loop.createTask(other)
                    loop.callLater(0.1, label: "signal.raise_signal") { #expect(rt.sigint() == nil) }
                },
                .awaitCatch({ .coroutine(loop.sleep(10)) }, { o in
                    guard let e = o.error else { return nil }
                    out("main cancelled \(loop.currentTask!.cancelling())")
                    return swallow ? nil : .error(e)
                }),
                .ret { .string("swallowed") },
            ])
            switch asyncioRun(main, runtime: rt) {
            case .returned(let v): out("run returned \(v.py.replacingQuotes)")
            case .raised(let e) where e.kind == .keyboardInterrupt: out("KeyboardInterrupt")
            default: out("?")
            }
        }
        expectScenario(out, rt, "sigint")
    }
}

@Suite struct ScenarioTests6 {
    @Test func edges2() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func job(_ name: String, _ d: Double = 0) -> Awaitable {
            .coroutine(Script("job", [
                .run { out("\(name) runs") },
                .await { .coroutine(loop.sleep(d)) },
                .ret { .string(name) },
            ]))
        }
        func tuple(_ o: Outcome) -> String { o.value!.py }
        var fut: Future!, inner: Task!, sh: Future!, tg: TaskGroup!, err: EngineError?
        let sem = AsyncSemaphore(runtime: rt, value: 1)!
        func semuser(_ name: String) -> Script {
            Script("semuser", [
                .awaitCatch({ .coroutine(sem.acquire()) }, { o in
                    if let e = o.error { out("\(name) cancelled"); return .error(e) }
                    return nil
                }),
                .run { out("\(name) in") },
                .awaitCatch({ .coroutine(loop.sleep(0.1)) }, { o in
                    sem.release()
                    if let e = o.error { out("\(name) cancelled"); return .error(e) }
                    return nil
                }),
            ])
        }
        let cond = AsyncCondition(runtime: rt)
        func cwaiter(_ name: String) -> Script {
            Script("cwaiter", [
                .await { .coroutine(cond.acquire()) },
                .await { .coroutine(cond.wait()) },
                .run { out("\(name) reacquired"); cond.release() },
            ])
        }
        let ev = AsyncEvent(runtime: rt)
        func ewaiter(_ name: String) -> Script {
            Script("ewaiter", [
                .await { .coroutine(ev.wait()) },
                .run { out("\(name) saw event, is_set=\(py(ev.isSet))") },
            ])
        }
        var us: [Task] = [], cs: [Task] = [], es: [Task] = []
        var m: Script!
        m = Script("main", [
            .run { fut = loop.createFuture() },
            .awaitCatch({ .coroutine(loop.waitFor(.future(fut), timeout: 0.1)) }, { o in
                if o.error?.kind == .timeoutError { out("future timed out, cancelled: \(py(fut.isCancelled))") }
                return nil
            }),
            .awaitCatch({ .coroutine(loop.waitFor(job("never"), timeout: 0)) }, { o in
                if o.error?.kind == .timeoutError { out("timeout 0") }
                return nil
            }),
            .await {
                let done = loop.createFuture(); done.setResult(.string("ready"))
                return .coroutine(loop.waitFor(.future(done), timeout: 0))
            },
            .run {
                out(m.last.value!.py.replacingQuotes)
                inner = loop.createTask(Script("job", [.run { out("inner runs") }, .await { .coroutine(loop.sleep(1)) }]))
                sh = loop.shield(.future(inner))
            },
            .await { .coroutine(loop.sleep(0)) },
            .run { inner.cancel() },
            .awaitCatch({ .future(sh) }, { _ in out("shield cancelled with inner \(py(sh.isCancelled))"); return nil }),
            .await { .future(loop.gather([.future(loop.gather([job("a"), job("b")])), job("c")])) },
            .run { out(tuple(m.last)); tg = TaskGroup(loop: loop) },
            .await { .coroutine(tg.aenter()) },
            .run { _ = tg.createTask(Script("job", [.run { out("tg1 runs") }, .await { .coroutine(loop.sleep(1)) }])) },
            .await { .coroutine(loop.sleep(0)) },
            .awaitCatch({ .coroutine(tg.aexit(.host("KeyError", "body"))) }, { o in
                err = o.error
                out("group " + EngineValue.tuple(err!.exceptions.map { .error($0) }).py)
                return nil
            }),
            .run { us = (0..<3).map { loop.createTask(semuser("u\($0)")) } },
            .await { .coroutine(loop.sleep(0.05)) },
            .await { .coroutine(loop.sleep(0.06)) },
            .run { us[1].cancel() },
            .await { .future(loop.gather(us.map { .future($0) }, returnExceptions: true)) },
            .run { cs = (0..<3).map { loop.createTask(cwaiter("w\($0)")) } },
            .await { .coroutine(loop.sleep(0)) },
            .await { .coroutine(cond.acquire()) },
            .run { cond.notifyAll(); cond.release() },
            .await { .future(loop.gather(cs.map { .future($0) })) },
            .run { es = (0..<2).map { loop.createTask(ewaiter("e\($0)")) } },
            .await { .coroutine(loop.sleep(0)) },
            .run { ev.set(); ev.clear() },
            .await { .future(loop.gather(es.map { .future($0) })) },
            .run {
                let h = loop.callSoon { out("never printed") }
                h.cancel()
                loop.callAt(loop.time() - 5) { out("past timer") }
                loop.callSoon { out("soon") }
            },
            .await { .coroutine(loop.sleep(0)) },
            .await { .coroutine(loop.sleep(0)) },
            .run { out("end") },
        ])
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "edges2")
    }
}
