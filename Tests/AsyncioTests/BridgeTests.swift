import Testing
import Syntax
import VM
@testable import Asyncio

/// Runs `source` on a fresh interpreter with the asyncio bridge installed; returns stdout,
/// stderr, the exit status and the virtual clock at exit. Expected outputs below were checked
/// against python3 3.11.7 (`python3 prog.py`).
private func run(_ source: String, horizon: Double? = nil) -> (out: String, err: String, status: Int32, time: Double) {
    var out = "", err = ""
    let vm = VM(options: VMOptions(), stdout: OutputBuffer { out += $0 }, stderr: OutputBuffer { err += $0 })
    let bridge = AsyncioBridge.install(in: vm, horizonSeconds: horizon)
    let status = vm.runSource(SourceFile(name: "prog.py", bytes: Array(source.utf8)))
    vm.flush()
    return (out, err, status, bridge.virtualTime)
}

@Suite(.serialized) struct BridgeTests {
    @Test func gatherTasksAndVirtualTime() {
        let r = run("""
            import asyncio, time

            async def work(name, delay):
                await asyncio.sleep(delay)
                print(name, "done")
                return name.upper()

            async def main():
                t0 = time.monotonic()
                results = await asyncio.gather(work("b", 0.2), work("a", 0.1))
                print(results, round(time.monotonic() - t0, 1))
                t = asyncio.create_task(work("c", 0.05), name="worker")
                print(t.get_name(), t.done())
                print(await t, t.done())

            asyncio.run(main())

            """)
        #expect(r.out == "a done\nb done\n['B', 'A'] 0.2\nworker False\nc done\nC True\n")
        #expect(r.err == "")
        #expect(r.status == 0)
        #expect(abs(r.time - 0.25) < 1e-9)
    }

    @Test func cancellationTimeoutsQueuesEventsTaskGroups() {
        let r = run("""
            import asyncio

            async def slow():
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError as e:
                    print("cancelled:", repr(e))
                    raise

            async def main():
                try:
                    await asyncio.wait_for(slow(), 0.1)
                except TimeoutError as e:
                    print("timeout", type(e.__cause__).__name__)
                q = asyncio.Queue(maxsize=1)
                q.put_nowait(1)
                try:
                    q.put_nowait(2)
                except asyncio.QueueFull:
                    print("full", q.qsize())
                ev = asyncio.Event()
                async def setter():
                    await asyncio.sleep(0.01)
                    ev.set()
                asyncio.create_task(setter())
                print("waited", await ev.wait())
                async with asyncio.timeout(1):
                    pass
                try:
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(asyncio.sleep(0.01))
                        async def boom():
                            raise ValueError("x")
                        tg.create_task(boom())
                except* ValueError as eg:
                    print("group", [str(e) for e in eg.exceptions])

            asyncio.run(main())

            """)
        #expect(r.out == "cancelled: CancelledError()\ntimeout CancelledError\nfull 1\nwaited True\ngroup ['x']\n")
        #expect(r.err == "")
        #expect(r.status == 0)
    }

    @Test func threadsAndBlockingSleepMoveTheVirtualClock() {
        let r = run("""
            import asyncio, time
            def blocking():
                time.sleep(0.2)
                return 7
            async def main():
                loop = asyncio.get_running_loop()
                t0 = loop.time()
                r = await asyncio.gather(asyncio.to_thread(blocking), asyncio.sleep(0.1, result="s"))
                print(r, round(loop.time() - t0, 1))
                time.sleep(0.05)
                print(round(loop.time() - t0, 2))
            asyncio.run(main())

            """)
        #expect(r.out == "[7, 's'] 0.2\n0.25\n")
        #expect(r.status == 0)
        #expect(abs(r.time - 0.25) < 1e-9)
    }

    @Test func exceptionIdentityAndTracebackThroughRun() {
        let r = run("""
            import asyncio
            async def fail():
                raise KeyError("k")
            async def main():
                t = asyncio.create_task(fail())
                try:
                    await t
                except KeyError as e:
                    print(e is t.exception(), repr(e))
                await asyncio.sleep(0)
                raise RuntimeError("out")
            asyncio.run(main())

            """)
        #expect(r.out == "True KeyError('k')\n")
        #expect(r.status == 1)
        #expect(r.err.contains("File \"prog.py\", line 12, in <module>\n    asyncio.run(main())\n"))
        #expect(r.err.contains("/asyncio/runners.py\", line 190, in run\n"))
        #expect(r.err.hasSuffix("RuntimeError: out\n"))
    }

    @Test func deadlockIsExplainedNotHung() {
        let r = run("""
            import asyncio
            async def main():
                await asyncio.Event().wait()
            asyncio.run(main())

            """)
        #expect(r.status == 1)
        #expect(r.out == "")
        #expect(r.err == "looplab: deadlock: nothing can run and no timer is pending: Task-1 (main()) waits on Event.wait()\n")
    }

    @Test func horizonStopsASleeperForever() {
        let r = run("""
            import asyncio
            async def main():
                await asyncio.sleep(10)
                print("never")
            asyncio.run(main())

            """, horizon: 5)
        #expect(r.status == 1)
        #expect(r.out == "")
        #expect(r.err.hasPrefix("looplab: stopped at the virtual-time limit"))
    }
}
