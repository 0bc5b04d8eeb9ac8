#!/usr/bin/env python3
"""Generates Sources/Asyncio/LibraryFrames.swift: the frames of CPython's own asyncio code that
tracebacks show (DESIGN §4, issue 4), read from the installed python3's standard library.

Each entry names a library function and the statement CPython is executing in it when an
exception passes through; the source line and the caret columns come from the real file (the
underlined span is the expression CPython's location table gives that instruction, or none when
it spans the whole statement). Run with the python3 the expected outputs were recorded with:

    python3 scripts/gen_library_frames.py > Sources/Asyncio/LibraryFrames.swift
"""
import json

from stdlib_frames import STDLIB, swift_enum

# key, file, function, the statement's first words, the underlined expression (None: none)
ENTRIES = [
    ("runnersRun", "asyncio/runners.py", "run", "return runner.run(main)", "runner.run(main)"),
    ("runnerRun", "asyncio/runners.py", "run", "return self._loop.run_until_complete(task)", "self._loop.run_until_complete(task)"),
    ("runUntilComplete", "asyncio/base_events.py", "run_until_complete", "return future.result()", "future.result()"),
    ("sleep", "asyncio/tasks.py", "sleep", "return await future", "await future"),
    ("waitCoroutines", "asyncio/tasks.py", "wait", "raise TypeError(\"Passing coroutines is forbidden", None),
    ("waitForResult", "asyncio/tasks.py", "wait_for", "return fut.result()", "fut.result()"),
    ("waitForTimeout", "asyncio/tasks.py", "wait_for", "raise exceptions.TimeoutError() from exc", None),
    ("timeoutExit", "asyncio/timeouts.py", "__aexit__", "raise TimeoutError from exc_val", None),
    ("taskGroupExit", "asyncio/taskgroups.py", "__aexit__", "raise me from None", None),
    ("queueGetNowait", "asyncio/queues.py", "get_nowait", "raise QueueEmpty", None),
    ("queuePutNowait", "asyncio/queues.py", "put_nowait", "raise QueueFull", None),
    ("lockRelease", "asyncio/locks.py", "release", "raise RuntimeError('Lock is not acquired.')", None),
    ("handleRun", "asyncio/events.py", "_run", "self._context.run(self._callback, *self._args)", None),
    ("toThread", "asyncio/threads.py", "to_thread", "return await loop.run_in_executor(None, func_call)", "await loop.run_in_executor(None, func_call)"),
    ("threadRun", "concurrent/futures/thread.py", "run", "result = self.fn(*self.args, **self.kwargs)", "self.fn(*self.args, **self.kwargs)"),
    # The loop-state checks and their callers (the caller's frame holds its arguments).
    ("runNested", "asyncio/runners.py", "run", "raise RuntimeError(", None),
    ("runUntilCompleteCheckClosed", "asyncio/base_events.py", "run_until_complete", "self._check_closed()", None),
    ("runUntilCompleteCheckRunning", "asyncio/base_events.py", "run_until_complete", "self._check_running()", None),
    ("runForeverCheckClosed", "asyncio/base_events.py", "run_forever", "self._check_closed()", None),
    ("runForeverCheckRunning", "asyncio/base_events.py", "run_forever", "self._check_running()", None),
    ("createTaskCheckClosed", "asyncio/base_events.py", "create_task", "self._check_closed()", None),
    ("checkClosed", "asyncio/base_events.py", "_check_closed", "raise RuntimeError('Event loop is closed')", None),
    ("checkRunningSelf", "asyncio/base_events.py", "_check_running", "raise RuntimeError('This event loop is already running')", None),
    ("checkRunningOther", "asyncio/base_events.py", "_check_running", "raise RuntimeError(", None),
    # Where loop.close() drops the queued handles (what only they held dies there).
    ("closeReady", "asyncio/base_events.py", "close", "self._ready.clear()", None),
    ("closeScheduled", "asyncio/base_events.py", "close", "self._scheduled.clear()", None),
    # Where _run_once drops the handle it ran (what only that handle held dies there).
    ("runOnceNextHandle", "asyncio/base_events.py", "_run_once", "handle = self._ready.popleft()", None),
    ("runOnceEnd", "asyncio/base_events.py", "_run_once", "handle = None", None),
    # Argument checks inside `async def`s: they fail when the coroutine runs.
    ("sleepCompare", "asyncio/tasks.py", "sleep", "if delay <= 0:", "delay <= 0"),
    ("waitForCompare", "asyncio/tasks.py", "wait_for", "if timeout <= 0:", "timeout <= 0"),
]


def main():
    print(swift_enum("scripts/gen_library_frames.py",
                     "Frames of CPython's asyncio code as its tracebacks show them.",
                     "LibraryFrame", ENTRIES, json.dumps(STDLIB)))


main()
