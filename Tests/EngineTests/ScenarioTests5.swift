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

@Suite struct ScenarioTests7 {
    @Test func edges3() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func sleeper(_ name: String, _ d: Double, cleanup: Double = 0) -> Script {
            var caught: EngineError?
            return Script("sleeper", [
                .awaitCatch({ .coroutine(loop.sleep(d)) }, { o in
                    guard let e = o.error else { out("\(name) done"); return .value(.string(name)) }
                    out("\(name) cancelled")
                    if cleanup == 0 { return .error(e) }
                    caught = e
                    return nil
                }),
                .await { .coroutine(loop.sleep(cleanup)) },
                .run { out("\(name) cleanup finished") },
                .raise { caught! },
            ])
        }
        func failer(_ d: Double) -> Script {
            Script("failer", [.await { .coroutine(loop.sleep(d)) }, .raise { .host("ValueError", "fail") }])
        }
        func groupBody() -> Script {
            let tg = TaskGroup(loop: loop)
            var err: EngineError?
            return Script("group_body", [
                .await { .coroutine(tg.aenter()) },
                .run { _ = tg.createTask(sleeper("g1", 1)); _ = tg.createTask(sleeper("g2", 1)) },
                .awaitCatch({ .coroutine(loop.sleep(1)) }, { o in err = o.error; return nil }),
                .await { .coroutine(tg.aexit(err)) },
            ])
        }
        let q = AsyncQueue(runtime: rt, maxsize: 1)
        func putter(_ name: String, _ item: Int) -> Script {
            Script("putter", [
                .awaitCatch({ .coroutine(q.put(.int(item))) }, { o in
                    if let e = o.error { out("\(name) cancelled"); return .error(e) }
                    return nil
                }),
                .run { out("\(name) put \(item)") },
            ])
        }
        let swallower = Script("swallower", [
            .awaitCatch({ .coroutine(loop.sleep(1)) }, { o in
                if o.error != nil { out("swallower keeps going") }
                return nil
            }),
            .ret { .string("swallowed") },
        ])
        var t: Task!, tg: TaskGroup!, err: EngineError?, outer: AsyncTimeout!, inner: AsyncTimeout!
        var ps: [Task] = [], g: Future!, a: Task!, it: AsCompletedIterator!
        var m: Script!
        var ops: [Op] = [
            .run { t = loop.createTask(groupBody()) },
            .await { .coroutine(loop.sleep(0.1)) },
            .run { t.cancel() },
            .awaitCatch({ .future(t) }, { _ in out("group task cancelled \(py(t.isCancelled))"); return nil }),
            .run { tg = TaskGroup(loop: loop) },
            .await { .coroutine(tg.aenter()) },
            .run { _ = tg.createTask(sleeper("slow-cleanup", 1, cleanup: 0.2)); _ = tg.createTask(failer(0.1)) },
            .awaitCatch({ .coroutine(tg.aexit(nil)) }, { o in
                out("group error after cleanup \(o.error!.exceptions.count)"); return nil
            }),
            .run { outer = AsyncTimeout.after(0.1, loop: loop) },
            .await { .coroutine(outer.aenter()) },
            .run { inner = AsyncTimeout.after(0.5, loop: loop) },
            .await { .coroutine(inner.aenter()) },
            .awaitCatch({ .coroutine(loop.sleep(1)) }, { o in err = o.error; return nil }),
            .awaitCatch({ .coroutine(inner.aexit(err)) }, { o in
                // `__aexit__` returning None lets the body's exception go on propagating.
                if o.error?.kind == .timeoutError { out("inner converted (wrong)"); err = nil }
                else if let e = o.error { err = e }
                return nil
            }),
            .awaitCatch({ .coroutine(outer.aexit(err)) }, { o in
                if o.error?.kind == .timeoutError { out("outer timeout") }
                return nil
            }),
            .run {
                q.putNowait(.string("x"))
                ps = (0..<2).map { loop.createTask(putter("p\($0)", $0)) }
            },
            .await { .coroutine(loop.sleep(0)) },
            .run { _ = q.getNowait(); ps[0].cancel() },
            .await { .coroutine(loop.sleep(0)) },
            .await { .coroutine(loop.sleep(0)) },
            .run { out("queue now \(q.getNowait().value!.py)") },
            .await { .future(loop.gather(ps.map { .future($0) }, returnExceptions: true)) },
            .run { g = loop.gather([.coroutine(swallower), .coroutine(sleeper("gs", 1))], returnExceptions: true) },
            .await { .coroutine(loop.sleep(0)) },
            .run { out("cancel gather \(py(g.cancel()))") },
            .awaitCatch({ .future(g) }, { o in
                if o.error?.isCancellation == true { out("gather raised CancelledError") }
                return nil
            }),
            .run { a = loop.createTask(sleeper("w1", 0.1)) },
            .await { .coroutine(loop.wait([.future(a), .future(a)])) },
            .run {
                if case .tuple(let dp) = m.last.value!, case .set(let d) = dp[0], case .set(let p) = dp[1] {
                    out("wait dup \(d.count) \(p.count)")
                }
                let f1 = loop.createFuture(); f1.setResult(.int(1))
                let f2 = loop.createFuture(); f2.setException(.host("KeyError", "k"))
                it = loop.asCompleted([.future(f1), .future(f2)])
            },
        ]
        for _ in 0..<2 {
            ops.append(.awaitCatch({ .coroutine(it.next()!) }, { o in
                switch o {
                case .value(let v): out("as_completed \(v.py)")
                case .error(let e): out("as_completed error \(e.repr)")
                }
                return nil
            }))
        }
        m = Script("main", ops)
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "edges3")
    }
}

@Suite struct ScenarioTests8 {
    @Test func edges4() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func napper(_ name: String, _ d: Double) -> Script {
            Script("napper", [.await { .coroutine(loop.sleep(d)) }, .run { out("\(name) woke") }])
        }
        let inner = Script("inner", [
            .await { .coroutine(loop.sleep(0.1)) },
            .run { out("inner finished") },
            .ret { .string("value") },
        ])
        var t: Task!
        var m: Script!
        m = Script("main", [
            .awaitCatch({ .coroutine(loop.waitFor(.coroutine(inner), timeout: 0.1)) }, { o in
                if o.error?.kind == .timeoutError { out("timed out at the tie") } else { out(o.value!.py) }
                return nil
            }),
            .run { for n in ["x", "y", "z"] { loop.callLater(0.05) { out(n) } } },
            .await { .future(loop.gather(["n1", "n2", "n3"].map { .coroutine(napper($0, 0.1)) })) },
            .run { t = loop.createTask(napper("late", 0.2)) },
            .await { .coroutine(loop.sleep(0.2)) },
            .run { out("main woke") },
            .await { .future(t) },
        ])
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "edges4")
    }
}

@Suite struct ScenarioTests9 {
    @Test func edges5() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let cond = AsyncCondition(runtime: rt)
        let cwait = Script("cwait", [
            .await { .coroutine(cond.acquire()) },
            .awaitCatch({ .coroutine(cond.wait()) }, { o in
                guard let e = o.error else { return nil }
                out("cond wait raised \(e.repr) \(py(cond.locked()))")
                cond.release()
                return .error(e)
            }),
            .run { cond.release() },
        ])
        let lock = AsyncLock(runtime: rt)
        func acquirer(_ name: String) -> Script {
            Script("acquirer", [.await { .coroutine(lock.acquire()) }, .run { out("\(name) got lock"); lock.release() }])
        }
        let sem = AsyncSemaphore(runtime: rt, value: 0)!
        var c: Task!, ws: [Task] = [], s: Task!, tm2: AsyncTimeout!, tg: TaskGroup!, f: Future!
        var m: Script!
        m = Script("main", [
            .run { c = loop.createTask(cwait) },
            .await { .coroutine(loop.sleep(0)) },
            .await { .coroutine(cond.acquire()) },
            .run { cond.notify() },
            .await { .coroutine(loop.sleep(0)) },
            .run { c.cancel(msg: .string("first")) },
            .await { .coroutine(loop.sleep(0)) },
            .run { cond.release() },
            .await { .future(loop.gather([.future(c)], returnExceptions: true)) },
            .await { .coroutine(lock.acquire()) },
            .run { ws = (0..<2).map { loop.createTask(acquirer("a\($0)")) } },
            .await { .coroutine(loop.sleep(0)) },
            .run { for w in ws { w.cancel() } },
            .await { .coroutine(loop.sleep(0)) },
            .run { lock.release() },
            .await { .coroutine(lock.acquire()) },
            .run {
                out("fast path \(m.last.value!.py) \(py(lock.locked()))")
                lock.release()
                s = loop.createTask(sem.acquire())
            },
            .await { .coroutine(loop.sleep(0)) },
            .run { out("sem locked \(py(sem.locked()))"); s.cancel() },
            .await { .coroutine(loop.sleep(0)) },
            .run {
                out("sem locked after cancel \(py(sem.locked()))")
                let tm = AsyncTimeout.after(1, loop: loop)
                out(tm.reschedule(5)!.repr)
                tm2 = AsyncTimeout.after(0, loop: loop)
            },
            .await { .coroutine(tm2.aenter()) },
            .awaitCatch({ .coroutine(loop.sleep(1)) }, { _ in nil }),
            .awaitCatch({ .coroutine(tm2.aexit(.cancelled())) }, { _ in nil }),
            .run {
                out(tm2.reschedule(5)!.repr)
                tg = TaskGroup(loop: loop)
                if case .failure(let e) = tg.createTask(loop.sleep(0)) { out(e.repr) }
            },
            .await { .coroutine(tg.aenter()) },
            .await { .coroutine(tg.aexit(nil)) },
            .run { if case .failure(let e) = tg.createTask(loop.sleep(0)) { out(e.repr) } },
            .await { .future(loop.gather([])) },
            .run { out("gather() \(m.last.value!.py)") },
            .await { .coroutine(loop.sleep(0.1, result: .string("r"))) },
            .run {
                out("sleep result \(m.last.value!.py.replacingQuotes)")
                f = loop.createFuture()
                loop.callLater(0.1) { f.setResult(.string("f")) }
            },
            .await { .coroutine(loop.waitFor(.future(f), timeout: nil)) },
            .run { out("wait_for None \(m.last.value!.py.replacingQuotes)") },
        ])
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "edges5")
    }
}

@Suite struct FatalTests {
    @Test func keyboardInterruptEscapesTheLoop() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        let other = Script("other", [
            .awaitCatch({ .coroutine(loop.sleep(10)) }, { o in
                if let e = o.error { out("other cancelled at shutdown"); return .error(e) }
                return nil
            }),
        ])
        let boom = Script("boom", [.await { .coroutine(loop.sleep(0.1)) }, .raise { .keyboardInterrupt() }])
        let bystander = Script("bystander", [.await { .coroutine(loop.sleep(0.2)) }, .run { out("bystander never finishes") }])
        var t: Task!
        let main = Script("main", [
            .run { loop.createTask(other); t = loop.createTask(boom) },
            .await { .coroutine(loop.sleep(0.05)) },
            .run { loop.createTask(bystander) },
            .await { .future(t) },
        ])
        if case .fatal(let e) = asyncioRun(main, runtime: rt), e.kind == .keyboardInterrupt {
            out("KeyboardInterrupt escaped")
        }
        expectScenario(out, rt, "fatal")
    }
}

@Suite struct ScenarioTests10 {
    @Test func edges6() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        final class Key {}
        func cb(_ name: String, key: AnyObject? = nil) -> FutureCallback {
            FutureCallback(key: key, label: "cb.<locals>.inner()") { _ in out("callback \(name)") }
        }
        func waiter(_ fut: Future, _ name: String) -> Script {
            Script("waiter", [.await { .future(fut) }, .run { out("\(name) woke") }])
        }
        func chain(_ n: Int) {
            out("chain \(n)")
            if n < 3 { loop.callSoon { chain(n + 1) } }
        }
        let bKey = Key()
        var fut: Future!, t1: Task!, t2: Task!, f2: Future!, s: Task!
        let main = Script("main", [
            .run {
                fut = loop.createFuture()
                fut.addDoneCallback(cb("A"))
                t1 = loop.createTask(waiter(fut, "t1"))
            },
            .await { .coroutine(loop.sleep(0)) },
            .run {
                fut.addDoneCallback(cb("B", key: bKey))
                fut.addDoneCallback(cb("B", key: bKey))
                t2 = loop.createTask(waiter(fut, "t2"))
            },
            .await { .coroutine(loop.sleep(0)) },
            .run {
                fut.addDoneCallback(cb("C"))
                out("removed \(fut.removeDoneCallback(key: bKey))")
                fut.addDoneCallback(cb("B", key: bKey))
                fut.setResult(.int(1))
            },
            .await { .future(loop.gather([.future(t1), .future(t2)])) },
            .run {
                out("after set: removed \(fut.removeDoneCallback(key: bKey))")
                fut.addDoneCallback(cb("late"))
            },
            .await { .coroutine(loop.sleep(0)) },
            .run {
                f2 = loop.createFuture()
                s = loop.createTask(Script("selfcancel", [
                    .run { loop.currentTask!.cancel(msg: .string("me")) },
                    .awaitCatch({ .future(f2) }, { o in
                        let e = o.error!
                        out("selfcancel got \(e.repr) \(py(f2.isCancelled))")
                        return .error(e)
                    }),
                ]))
            },
            .await { .future(loop.gather([.future(s)], returnExceptions: true)) },
            .run {
                out("selfcancel cancelled \(py(s.isCancelled))")
                loop.callSoon { chain(1) }
                out("main returns")
            },
        ])
        _ = asyncioRun(main, runtime: rt)
        out("after run")
        expectScenario(out, rt, "edges6")
    }
}

@Suite struct ScenarioTests11 {
    @Test func edges7() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func val(_ name: String, _ d: Double) -> Script {
            Script("val", [.await { .coroutine(loop.sleep(d)) }, .run { out("\(name) finished") }, .ret { .string(name) }])
        }
        let ev = AsyncEvent(runtime: rt)
        let ewait = Script("ewait", [
            .awaitCatch({ .coroutine(ev.wait()) }, { o in
                if let e = o.error { out("event waiter cancelled"); return .error(e) }
                return nil
            }),
        ])
        var t: Task!, g: Future!, w: Task!, tg: TaskGroup!
        var m: Script!
        m = Script("main", [
            .run { t = loop.createTask(val("t", 0.1)) },
            .await { .future(loop.gather([.future(t), .future(t), .coroutine(val("u", 0.05))])) },
            .run {
                out(m.last.value!.py)
                g = loop.gather([.coroutine(val("fast", 0.05)), .coroutine(val("slow", 1))], returnExceptions: true)
            },
            .await { .coroutine(loop.sleep(0.1)) },
            .run { out("cancel \(py(g.cancel()))") },
            .awaitCatch({ .future(g) }, { o in
                if o.error?.isCancellation == true { out("partly done gather cancelled") }
                return nil
            }),
            .run { w = loop.createTask(ewait) },
            .await { .coroutine(loop.sleep(0)) },
            .run { w.cancel() },
            .await { .future(loop.gather([.future(w)], returnExceptions: true)) },
            .run {
                ev.set()
                out("event waiters left \(ev.waiterCount)")
                tg = TaskGroup(loop: loop)
            },
            .await { .coroutine(tg.aenter()) },
            .run {
                _ = tg.createTask(Script("spawner", [
                    .await { .coroutine(loop.sleep(0.1)) },
                    .run { out("spawner adds a child"); _ = tg.createTask(val("grandchild", 0.1)) },
                ]))
                out("body done")
            },
            .await { .coroutine(tg.aexit(nil)) },
            .run { out("group done") },
        ])
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "edges7")
    }
}

@Suite struct AsyncGenTests {
    @Test func asyncGenClosedAtShutdown() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        final class Gen {}
        let gen = Gen()
        var ops: [Op] = [.run {
            loop.asyncGenFirstIter(gen) { _ in Script("aclose", [.run { out("agen finally") }]) }
        }]
        for i in 0..<3 {
            ops.append(.run { out("got \(i)") })
            if i < 2 { ops.append(.await { .coroutine(loop.sleep(0)) }) }
        }
        ops.append(.run { out("main done") })
        _ = asyncioRun(Script("main", ops), runtime: rt)
        out("after run")
        expectScenario(out, rt, "asyncgen_shutdown")
    }
}

@Suite struct AsyncGenFinalizerTests {
    @Test func droppedAsyncGenIsClosedInANewTask() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        final class Gen {}
        var ops: [Op] = [.run {
            let gen = Gen()
            let aclose = { Script("aclose", [.run { out("agen finally \(loop.currentTask!.name)") }]) as Coroutine }
            loop.asyncGenFirstIter(gen) { _ in aclose() }
            // `break` drops the last reference: the VM calls the finalizer hook.
            loop.asyncGenFinalizer(ObjectIdentifier(gen), aclose: aclose)
            out("after break")
        }]
        for i in 0..<3 {
            ops += [.await { .coroutine(loop.sleep(0)) }, .run { out("tick \(i)") }]
        }
        _ = asyncioRun(Script("main", ops), runtime: rt)
        expectScenario(out, rt, "asyncgen_finalizer")
    }
}

@Suite struct QueueStressTests {
    /// `for i in range(n): await q.put(i)` / `total += await q.get()`, written the way a VM
    /// uses the fast paths (`putIfRoom`/`getIfAvailable`) with the coroutine as fallback.
    final class Producer: NativeCoroutine {
        let q: AsyncQueue, n: Int, log: Log
        init(_ q: AsyncQueue, _ n: Int, _ log: Log) { self.q = q; self.n = n; self.log = log; super.init(qualname: "producer") }
        override func resume(_ input: Outcome) -> CoroutineStep {
            if case .error(let e) = input { return .raised(e) }
            while pc < n {
                let i = pc
                pc += 1
                if !q.putIfRoom(.int(i)) { return awaitCoroutine(q.put(.int(i))) }
            }
            log("p")
            return .returned(.none)
        }
    }
    final class Consumer: NativeCoroutine {
        let q: AsyncQueue, n: Int, log: Log
        var total = 0
        var waiting = false
        init(_ q: AsyncQueue, _ n: Int, _ log: Log) { self.q = q; self.n = n; self.log = log; super.init(qualname: "consumer") }
        override func resume(_ input: Outcome) -> CoroutineStep {
            if waiting {
                waiting = false
                guard case .value(.int(let x)) = input else { return outcomeStep(input) }
                total += x
            }
            while pc < n {
                pc += 1
                if let v = q.getIfAvailable(), case .int(let x) = v { total += x; continue }
                waiting = true
                return awaitCoroutine(q.get())
            }
            log("c\(total)")
            return .returned(.none)
        }
    }

    @Test func queueStress() {
        let rt = AsyncioRuntime(), out = Log(), log = Log()
        var loop: EventLoop { rt.runningLoop! }
        let q = AsyncQueue(runtime: rt, maxsize: 100)
        let main = Script("main", [
            .await {
                .future(loop.gather((0..<4).map { _ in .coroutine(Producer(q, 2500, log)) }
                                    + (0..<4).map { _ in .coroutine(Consumer(q, 2500, log)) }))
            },
            .run { out(EngineValue.list(log.lines.map { .string($0) }).py) },
        ])
        _ = asyncioRun(main, runtime: rt)
        expectScenario(out, rt, "queue_stress")
    }
}
