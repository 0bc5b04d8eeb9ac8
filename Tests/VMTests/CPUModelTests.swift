import Testing
import Compiler
@testable import VM

/// The CPU model (DESIGN §4, CPUCost.swift): deterministic charges from the committed table.
@Suite struct CPUModelTests {
    private func cpuRun(_ source: String) -> (out: String, cpu: Int64, clock: Int) {
        var options = VMOptions()
        options.cpuModel = true
        var vmRef: VM?
        let r = runPython(source, options: options) { vmRef = $0 }
        return (r.stdout, vmRef!.cpuNanoseconds, vmRef!.options.clock.now)
    }

    @Test func offByDefaultCostsNoTime() {
        var vmRef: VM?
        _ = runPython("s = 0\nfor i in range(1000):\n    s += i\n") { vmRef = $0 }
        #expect(vmRef!.cpuNanoseconds == 0)
        #expect(vmRef!.options.clock.now == 0)
    }

    @Test func chargesTheTableForEachOperation() {
        // `x = 1`: LOAD_CONST STORE_NAME, then the module's LOAD_CONST None RETURN_VALUE.
        let r = cpuRun("x = 1\n")
        let expected = (CPUCostTable.local * 2 + CPUCostTable.name + CPUCostTable.frame) / 1000
        #expect(r.cpu == expected)
        #expect(r.clock == Int(expected))
    }

    @Test func loopsScaleLinearlyAndDeterministically() {
        let small = cpuRun("s = 0\nfor i in range(1000):\n    s += i\n")
        let big = cpuRun("s = 0\nfor i in range(11000):\n    s += i\n")
        let again = cpuRun("s = 0\nfor i in range(11000):\n    s += i\n")
        #expect(big.cpu == again.cpu)
        // Per iteration: FOR_ITER STORE_NAME LOAD_NAME LOAD_NAME BINARY_OP(+=) STORE_NAME JUMP.
        let perIteration = CPUCostTable.iteration + 4 * CPUCostTable.name + CPUCostTable.arithmetic + CPUCostTable.branch
        let diff = (big.cpu - small.cpu) * 1000
        #expect(abs(diff - 10_000 * perIteration) <= 2000)
    }

    @Test func clockReadsSeeTheCPUTimeSoFar() {
        let r = cpuRun("""
            import time
            t0 = time.perf_counter()
            total = sum(i * i for i in range(20000))
            t1 = time.perf_counter()
            print(t1 > t0, round((t1 - t0) * 1e3, 1) > 0.1)
            """)
        #expect(r.out == "True True\n")
    }

    @Test func builtinsPayPerItemPulled() {
        // `[1] * n` is one operation whatever n; `sum` pulls n items.
        let small = cpuRun("x = sum([1] * 10000)\n")
        let big = cpuRun("x = sum([1] * 20000)\n")
        #expect(abs((big.cpu - small.cpu) * 1000 - 10_000 * CPUCostTable.item) <= 2000)
    }

    @Test func percentTimeReportsCPUTime() {
        let r = cpuRun("%time x = sum(i for i in range(50000))\n")
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("CPU times: user ") && !lines[0].hasPrefix("CPU times: user 0 ns"))
        // CPU time and wall time are the same time on the single modelled thread.
        let user = lines[0].dropFirst("CPU times: user ".count).prefix { $0 != "," }
        #expect(lines[1] == "Wall time: \(user)")
    }
}
