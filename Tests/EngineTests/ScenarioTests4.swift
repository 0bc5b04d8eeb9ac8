import Testing
@testable import Engine

@Suite struct ScenarioTests4 {
    @Test func waitAsCompleted() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func job(_ name: String, _ d: Double, fail: Bool = false) -> Script {
            Script("job", [
                .await { .coroutine(loop.sleep(d)) },
                fail ? .raise { .runtime(name) } : .ret { .string(name) },
            ])
        }
        func named(_ c: Script, _ n: String) -> Task {
            let t = loop.createTask(c); t.name = n; return t
        }
        func names(_ v: EngineValue) -> String {
            guard case .set(let xs) = v else { return "?" }
            let ns = xs.map { v -> String in if case .future(let t as Task) = v { return t.name } else { return "?" } }.sorted()
            return EngineValue.list(ns.map { .string($0) }).py
        }
        var t0 = 0.0
        var ts: [Task] = [], ts2: [Task] = []
        var m: Script!
        var it: AsCompletedIterator!
        var c: Coroutine?
        func report(_ label: String) -> Op {
            .run {
                guard case .tuple(let dp) = m.last.value! else { return }
                out("\(label) \(names(dp[0])) \(names(dp[1])) \(round1(loop.time() - t0))")
            }
        }
        var ops: [Op] = [
            .run {
                t0 = loop.time()
                ts = [0.3, 0.1, 0.2].enumerated().map { named(job("j\($0)", $1), "j\($0)") }
            },
            .await { .coroutine(loop.wait(ts.map { .future($0) }, returnWhen: .firstCompleted)) },
            report("first"),
            .await { .coroutine(loop.wait(ts.map { .future($0) }, timeout: 0.11)) },
            report("timeout"),
            .run {
                ts2 = [named(job("k0", 0.1), "k0"), named(job("k1", 0.2, fail: true), "k1"), named(job("k2", 0.5), "k2")]
            },
            .await { .coroutine(loop.wait(ts2.map { .future($0) }, returnWhen: .firstException)) },
            report("first exc"),
            .run {
                let tasks = [0.3, 0.1, 0.2].enumerated().map { loop.createTask(job("a\($0)", $1)) }
                it = loop.asCompleted(tasks.map { .future($0) })
            },
        ]
        for _ in 0..<3 {
            ops += [
                .await { c = it.next(); return .coroutine(c!) },
                .run { out("as_completed \(m.last.value!.py.replacingQuotes)") },
            ]
        }
        ops += [
            .run { it = loop.asCompleted([.future(ts2[2]), .future(loop.createTask(job("late", 2)))], timeout: 0.1) },
            .await { .coroutine(it.next()!) },
            .run { out("got \(m.last.value!.py.replacingQuotes)") },
            .awaitCatch({ .coroutine(it.next()!) }, { o in
                out("as_completed timeout \(o.error!.repr) \(round1(loop.time() - t0))"); return nil
            }),
            .awaitCatch({ .coroutine(loop.wait([])) }, { o in out(o.error!.repr); return nil }),
        ]
        m = Script("main", ops)
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "wait_as_completed")
    }

    @Test func cancelEdges() {
        let rt = AsyncioRuntime(), out = Log()
        var loop: EventLoop { rt.runningLoop! }
        func inner(_ name: String, _ d: Double) -> Script {
            Script("inner", [
                .awaitCatch({ .coroutine(loop.sleep(d)) }, { o in
                    if let e = o.error, e.isCancellation { out("\(name) cancelled") }
                    return o.error.map { .error($0) }
                }),
                .run { out("\(name) done") },
                .ret { .string(name) },
            ])
        }
        var t: Task!, fut: Future!, g: Future!, f2: Future!, it: Task!, outer: Task!, c: Task!
        var m: Script!
        m = Script("main", [
            .run { t = loop.createTask(Script("selfcancel", [.run { loop.currentTask!.cancel() }, .ret { .int(5) }])) },
            .await { .coroutine(loop.sleep(0)) },
            .run {
                out("selfcancel \(py(t.isCancelled))")
                fut = loop.createFuture()
                t = loop.createTask(Script("quick", [.await { .future(fut) }]))
            },
            .await { .coroutine(loop.sleep(0)) },
            .run { fut.setResult(.int(1)); t.cancel() },
            .awaitCatch({ .future(t) }, { o in out("result lost \(py(t.isCancelled))"); return nil }),
            .run { g = loop.gather([.coroutine(inner("g1", 0.1)), .coroutine(inner("g2", 1))]) },
            .await { .coroutine(loop.sleep(0.2)) },
            .run { out("gather cancel \(py(g.cancel()))") },
            .awaitCatch({ .future(g) }, { o in
                out("gather raised \(o.error!.repr) \(py(g.isCancelled)) \(py(g.isDone))"); return nil
            }),
            .run { g = loop.gather([.coroutine(inner("h1", 1))], returnExceptions: true) },
            .await { .coroutine(loop.sleep(0)) },
            .run { g.cancel(msg: .string("why")) },
            .awaitCatch({ .future(g) }, { o in out("gather rx \(o.error!.repr)"); return nil }),
            .run {
                f2 = loop.createFuture()
                g = loop.gather([.future(f2)], returnExceptions: true)
                f2.cancel(msg: .string("msg"))
            },
            .await { .future(g) },
            .run {
                out("future in gather \(m.last.value!.py)")
                it = loop.createTask(inner("sh", 0.3))
                outer = loop.createTask(Script("shielded", [.await { .future(loop.shield(.future(it))) }]))
            },
            .await { .coroutine(loop.sleep(0.1)) },
            .run { outer.cancel() },
            .awaitCatch({ .future(outer) }, { o in out("outer cancelled \(py(it.isDone))"); return nil }),
            .await { .future(it) },
            .run {
                out("inner result \(m.last.value!.py.replacingQuotes)")
                c = loop.createTask(Script("catcher", [
                    .awaitCatch({ .coroutine(loop.sleep(1)) }, { o in
                        if let e = o.error, e.isCancellation {
                            out("catcher caught \(loop.currentTask!.cancelling())")
                            loop.currentTask!.uncancel()
                        }
                        return nil
                    }),
                    .await { .coroutine(loop.sleep(0.1)) },
                    .ret { .string("survived") },
                ]))
            },
            .await { .coroutine(loop.sleep(0)) },
            .run { c.cancel() },
            .await { .future(c) },
            .run { out("\(m.last.value!.py.replacingQuotes) \(py(c.isCancelled))") },
        ])
        _ = asyncioRun(m, runtime: rt)
        expectScenario(out, rt, "cancel_edges")
    }
}
