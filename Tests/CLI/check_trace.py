#!/usr/bin/env python3
"""Validates a looplab trace document (docs/trace-format.md) and prints a one-line summary.

    python3 Tests/CLI/check_trace.py OUT.json [--expect-kind KIND ...] [--status N]

Checks the top-level keys and types, that `seq` counts 1, 2, 3 …, that times never go
backwards, and that every event has exactly the common keys plus the fields its kind
documents. Exit status 0 when valid, 1 with the first problem on stderr otherwise.
"""
import json
import sys

COMMON = ["seq", "time", "loop", "pass", "task", "kind", "location"]
# kind -> its own fields (docs/trace-format.md, "Event kinds").
KINDS = {
    "loop_start": ["state"],
    "loop_stop": [],
    "loop_closed": [],
    "task_created": ["created", "creator"],
    "step_start": ["cause"],
    "suspended": ["waits_on"],
    "task_done": ["outcome"],
    "timer_scheduled": ["timer", "due", "label"],
    "timer_due": ["timer"],
    "timer_fired": ["timer"],
    "timer_cancelled": ["timer"],
    "handle_cancelled": ["handle"],
    "handle_skipped": ["handle"],
    "callback_run": ["handle", "label"],
    "clock_advanced": ["from", "to"],
    "cancel_requested": ["target", "by", "message"],
    "blocking_call": ["what", "duration"],
    "deadlock": ["waiters", "sleeps_forever"],
    "thread_submitted": ["future", "worker", "start", "end"],
    "thread_completed": ["future"],
    "slow_callback": ["step_of", "label", "start", "duration", "kept_waiting"],
    "scheduled": ["entry"],
    "output": ["stream", "text"],
    "exception_raised": ["type", "message"],
    "exception_caught": ["type"],
    "warning": ["message"],
}
TOP = {"format": str, "version": int, "program": str, "exit_status": int,
       "virtual_time": (int, float), "loops": int, "loop_passes": int,
       "tasks_created": int, "events": list}


def fail(msg):
    print("check_trace: " + msg, file=sys.stderr)
    sys.exit(1)


def main():
    args = sys.argv[1:]
    if not args:
        fail("usage: check_trace.py OUT.json [--expect-kind KIND ...] [--status N]")
    path, rest = args[0], args[1:]
    expect, status = [], None
    while rest:
        if rest[0] == "--expect-kind" and len(rest) > 1:
            expect.append(rest[1]); rest = rest[2:]
        elif rest[0] == "--status" and len(rest) > 1:
            status = int(rest[1]); rest = rest[2:]
        else:
            fail("bad argument " + rest[0])
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    for key, typ in TOP.items():
        if key not in doc:
            fail("missing top-level key " + key)
        if not isinstance(doc[key], typ) or isinstance(doc[key], bool):
            fail("top-level %s has type %s" % (key, type(doc[key]).__name__))
    if doc["format"] != "looplab-trace" or doc["version"] != 2:
        fail("format/version %r %r" % (doc["format"], doc["version"]))
    if status is not None and doc["exit_status"] != status:
        fail("exit_status %d, expected %d" % (doc["exit_status"], status))
    last = 0.0
    kinds = set()
    for i, e in enumerate(doc["events"], 1):
        kind = e.get("kind")
        if kind not in KINDS:
            fail("event %d: unknown kind %r" % (i, kind))
        want = set(COMMON) | set(KINDS[kind])
        if set(e) != want:
            fail("event %d (%s): keys %s, expected %s" % (i, kind, sorted(e), sorted(want)))
        if e["seq"] != i:
            fail("event %d has seq %r" % (i, e["seq"]))
        if not isinstance(e["time"], (int, float)) or e["time"] < last - 1e-12:
            fail("event %d: time %r goes backwards from %r" % (i, e["time"], last))
        last = e["time"]
        if e["time"] > doc["virtual_time"] + 1e-9:
            fail("event %d: time %r after virtual_time %r" % (i, e["time"], doc["virtual_time"]))
        loc = e["location"]
        if loc is not None and (set(loc) != {"file", "line", "column"} or loc["line"] < 0):
            fail("event %d: bad location %r" % (i, loc))
        kinds.add(kind)
    for k in expect:
        if k not in kinds:
            fail("no %s event (kinds: %s)" % (k, ", ".join(sorted(kinds))))
    print("valid: %d events, virtual_time %r, exit_status %d"
          % (len(doc["events"]), doc["virtual_time"], doc["exit_status"]))


main()
