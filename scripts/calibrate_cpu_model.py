#!/usr/bin/env python3
"""Calibrates looplab's CPU model (DESIGN §4 "CPU model") against the python3 running it.

    python3 scripts/calibrate_cpu_model.py > Sources/VM/CPUCostTable.swift

Run once and commit the output: lesson times must not depend on the machine or on how fast
looplab's own interpreter is, only on this table.

Each operation kind of the table is measured by differencing: a loop body that adds known
source-level operations to a base loop, timed with perf_counter_ns (best of several runs),
minus the kinds already solved. The counts below are in looplab's instructions, which follow
CPython 3.11's bytecode for these statements (Sources/Compiler). Costs are written in
picoseconds per operation.
"""
import gc
import sys
import time

N = 50_000
# Rounds over all snippets, interleaved; each snippet keeps its best round (robust to other
# processes taking the CPU now and then).
REPEAT = 41

SETUP = """
class O:
    def __init__(self):
        self.a = 1
def fn():
    pass
def gen(n):
    for i in range(n):
        yield i
G = 1
"""

# name -> loop body (runs N times inside a function with locals i, t, o, l, f, length).
BODIES = {
    "base": "pass",
    "store": "x = i",
    "branch": "if t: pass",
    "add": "x = i + i",
    "mul": "x = i * i",
    "compare": "x = i < i",
    "global": "x = G",
    "attribute": "x = o.a",
    "subscript": "x = l[0]",
    "build": "x = (i, i)",
    "string": "x = f'{i}-{i}'",
    "pycall": "f()",
    "builtincall": "x = length(l)",
    "define": "def inner(): pass",
    "import": "import sys",
    "raise": "try:\n        raise ValueError\n    except ValueError:\n        pass",
}


def compile_run(body):
    src = SETUP + (
        "def run(n):\n"
        "    t = True\n"
        "    o = O()\n"
        "    l = [1, 2]\n"
        "    f = fn\n"
        "    length = len\n"
        "    for i in range(n):\n"
        "    " + "    " + body.replace("\n", "\n    ") + "\n")
    ns = {}
    exec(compile(src, "<calibrate>", "exec"), ns)
    return ns["run"]


def generator_run():
    ns = {}
    exec(SETUP + "def run(n):\n    for x in gen(n):\n        pass\n", ns)
    return ns["run"]


def consumed_run():
    ns = {}
    exec(SETUP + "def run(n):\n    return sum(gen(n))\n", ns)
    return ns["run"]


def measure():
    runs = {k: compile_run(v) for k, v in BODIES.items()}
    runs["generator"] = generator_run()
    runs["consumed"] = consumed_run()
    best = {k: float("inf") for k in runs}
    gc.disable()
    for _ in range(REPEAT):
        for k, run in runs.items():
            t0 = time.perf_counter_ns()
            run(N)
            best[k] = min(best[k], (time.perf_counter_ns() - t0) / N)
    gc.enable()
    return best


def main():
    # Three independent measurements, each snippet's best kept.
    passes = [measure() for _ in range(3)]
    t = {k: min(p[k] for p in passes) for k in passes[0]}
    gen = t.pop("generator")
    consumed = t.pop("consumed")
    base = t["base"]                                  # forIter + storeFast + jump
    local = max((t["store"] - base) / 2, 0.3)         # loadFast + storeFast
    branch = max(t["branch"] - base - local, 0.3)     # loadFast + popJumpIfFalse
    iteration = max(base - local - branch, 0.3)
    cost = {
        "local": local,
        "branch": branch,
        "iteration": iteration,
        # loadFast loadFast op storeFast
        "arithmetic": max((t["add"] + t["mul"]) / 2 - base - 3 * local, 0.3),
        "compare": max(t["compare"] - base - 3 * local, 0.3),
        # loadGlobal storeFast
        "name": max(t["global"] - base - local, 0.3),
        # loadFast loadAttr storeFast
        "attribute": max(t["attribute"] - base - 2 * local, 0.3),
        # loadFast loadConst binarySubscr storeFast
        "subscription": max(t["subscript"] - base - 3 * local, 0.3),
        # loadFast loadFast buildTuple storeFast
        "build": max(t["build"] - base - 3 * local, 0.3),
        # loadFast formatValue loadConst loadFast formatValue buildString storeFast: 3 string ops
        "string": max((t["string"] - base - 4 * local) / 3, 0.3),
        # loadFast pushNull loadFast call storeFast
        "call": max(t["builtincall"] - base - 4 * local, 0.3),
        # loadConst makeFunction storeFast (3.11: LOAD_CONST code, MAKE_FUNCTION, STORE_FAST)
        "define": max(t["define"] - base - 2 * local, 0.3),
        # loadConst loadConst importName storeFast
        "importing": max(t["import"] - base - 3 * local, 0.3),
    }
    # A Python-level call: loadFast pushNull call popTop, then the callee's loadConst
    # returnValue. The extra over a builtin call is charged at the callee's return.
    cost["frame"] = max(t["pycall"] - base - 4 * local - cost["call"], 0.3)
    # try/raise/except per iteration: loadGlobal raise, handler pushExcInfo loadGlobal
    # checkExcMatch popJumpIfFalse popTop popExcept jump (+ setupFinally/popBlock, free in
    # 3.11): charged on the raise.
    cost["raise"] = max(t["raise"] - base - 2 * cost["name"] - 5 * local - 2 * branch, 0.3)
    # for x in gen(n): outer forIter storeFast jump, inner forIter storeFast loadFast
    # yieldValue popTop jump: the generator switch is charged on the yield.
    cost["yield"] = max(gen - 2 * iteration - 4 * local - 2 * branch, 0.3)

    # sum(gen(n)): the generator body (forIter storeFast loadFast yieldValue popTop jump)
    # plus what a builtin does per item it pulls from an iterator (`VM.next`).
    cost["item"] = max(consumed - iteration - 3 * local - cost["yield"] - branch, 0.3)

    order = ["local", "branch", "iteration", "arithmetic", "compare", "name", "attribute",
             "subscription", "build", "string", "call", "frame", "yield", "item", "define", "importing", "raise"]
    print("// Generated by scripts/calibrate_cpu_model.py on python3 %s — do not edit by hand;"
          % sys.version.split()[0])
    print("// re-run the script (once, on a quiet machine) and commit its output instead.")
    print("")
    print("/// Virtual CPU cost of one source-level operation of each kind, in picoseconds, as")
    print("/// measured on CPython (DESIGN §4 \"CPU model\"). `CPUCost.swift` maps instructions to kinds.")
    print("enum CPUCostTable {")
    for k in order:
        print("    static let %s: Int64 = %d" % (k, round(cost[k] * 1000)))
    print("}")
    raw = ", ".join("%s %.1f" % (k, v) for k, v in sorted(t.items()))
    print("// Measured ns per loop iteration: %s, generator %.1f, sum(generator) %.1f"
          % (raw, gen, consumed), file=sys.stderr)


main()
