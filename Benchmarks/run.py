#!/usr/bin/env python3
"""Benchmarks: looplab (release build) against python3 on the same programs.

    python3 Benchmarks/run.py [--runs N] [--looplab PATH] [NAME_FILTER ...]

Method (DESIGN §8): whole processes, python3 called by its real path (not a
launcher shim), the two interpreters interleaved run by run so machine noise
hits both alike, the median of N (>= 5) runs each, reported as the ratio
looplab / CPython. Each benchmark's goal ratio is in GOALS; the script prints
every ratio and whether it meets its goal. Memory per pending task is
(peak RSS with 100k tasks pending − peak RSS with none) / 100k, measured the
same way for both. Not part of `make test`: speed goals live here, not in
timed unit tests.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# name -> goal for median(looplab) / median(CPython); None = report only.
GOALS = {
    "language/fib": 1.0,
    "language/loop_arith": 1.0,
    "language/genexpr_sum": 1.0,
    "language/fstrings": 1.0,
    "language/list_dict_churn": 1.0,
    "language/method_calls": 1.0,
    "asyncio/sleep0_tasks": 0.25,
    "asyncio/queue_1m": 0.25,
    "asyncio/timers_100k": 0.25,
    "asyncio/locks_semaphores": 0.25,
    "asyncio/cancellations_50k": 0.5,
    "asyncio/wait_for_timeouts": 0.5,
    "asyncio/deep_await_chain": 0.7,
    "asyncio/async_generators": 0.7,
    "asyncio/empty_run": 0.5,
    # Real time, not a ratio: CPython sleeps 4.3 s; looplab must finish in 21 ms.
    "asyncio/seed_lesson": None,
}
SEED_LESSON_LIMIT = 0.021
MEMORY_GOAL_BYTES = 750


def real_python():
    return subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True, check=True).stdout.strip()


def run_once(argv, cwd):
    """Runs one process; returns (seconds, peak RSS in bytes, exit status, stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss * 1024, process.returncode, out


def measure(name, python, looplab, runs):
    path = os.path.join(HERE, name + ".py")
    folder, file = os.path.split(path)
    py_times, ll_times, py_rss, ll_rss = [], [], [], []
    py_out = ll_out = None
    failure = None
    for _ in range(runs):
        t, rss, code, py_out = run_once([python, file], folder)
        py_times.append(t)
        py_rss.append(rss)
        t, rss, code, ll_out = run_once([looplab, "run", file, "--plain", "--max-steps", "0"], folder)
        if code != 0:
            failure = f"looplab exited with status {code}"
        ll_times.append(t)
        ll_rss.append(rss)
    if failure is None and ll_out != py_out:
        failure = "looplab's output differs from CPython's"
    return {
        "python": statistics.median(py_times), "looplab": statistics.median(ll_times),
        "python_rss": statistics.median(py_rss), "looplab_rss": statistics.median(ll_rss),
        "failure": failure,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--looplab", default=os.path.join(ROOT, ".build", "release", "looplab"))
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("use at least 5 runs: the machines are noisy")
    python = real_python()
    names = [n for n in GOALS if not args.filters or any(f in n for f in args.filters)]
    memory = not args.filters or any("pending" in f for f in args.filters)
    print(f"python3: {python}\nlooplab: {args.looplab}\nruns: {args.runs} each, interleaved; medians\n")
    print(f"{'benchmark':28} {'CPython':>9} {'looplab':>9} {'ratio':>7}  goal")
    met = True
    for name in names:
        result = measure(name, python, args.looplab, args.runs)
        goal = GOALS[name]
        ratio = result["looplab"] / result["python"]
        if result["failure"]:
            verdict, met = "FAILED: " + result["failure"], False
        elif goal is None:
            ok = result["looplab"] <= SEED_LESSON_LIMIT
            verdict = f"{'met' if ok else 'MISSED'} (≤ {SEED_LESSON_LIMIT * 1000:.0f} ms real time)"
            met = met and ok
        else:
            ok = ratio <= goal
            verdict = f"{'met' if ok else 'MISSED'} (≤ {goal}×)"
            met = met and ok
        print(f"{name:28} {result['python']:8.3f}s {result['looplab']:8.3f}s {ratio:6.2f}×  {verdict}", flush=True)
    if memory:
        full = measure("asyncio/pending_tasks_100k", python, args.looplab, args.runs)
        empty = measure("asyncio/pending_tasks_0", python, args.looplab, args.runs)
        per_py = (full["python_rss"] - empty["python_rss"]) / 100_000
        per_ll = (full["looplab_rss"] - empty["looplab_rss"]) / 100_000
        failure = full["failure"] or empty["failure"]
        ok = failure is None and per_ll <= MEMORY_GOAL_BYTES
        met = met and ok
        verdict = "FAILED: " + failure if failure else f"{'met' if ok else 'MISSED'} (≤ {MEMORY_GOAL_BYTES} B)"
        print(f"{'memory per pending task':28} {per_py:8.0f}B {per_ll:8.0f}B {per_ll / per_py:6.2f}×  {verdict}")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
