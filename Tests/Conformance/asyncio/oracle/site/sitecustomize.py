# The virtual-clock oracle (see make_oracle.py): CPython 3.11's own asyncio driven by an exact
# virtual clock in integer nanoseconds, timers keyed (deadline_ns, stamp) as in
# asyncio-semantics §3.3, blocking time.sleep advancing the clock while holding the loop, and
# to_thread/run_in_executor modelled as in §17 (a pool of 8 workers, or the executor's
# max_workers; the function runs at submission, its time.sleep charged to the worker; the
# asyncio future completes as an I/O event of the first iteration that reaches its end time,
# or at once when a blocking time.sleep of the loop's thread passes its end time).
# Monkeypatches asyncio internals of 3.11.7; a test tool, never part of looplab.
import asyncio, heapq, itertools, math, os, random, time, json, atexit
from asyncio import base_events, events

_ORIGIN = float(os.environ.pop("LOOPLAB_ORACLE_ORIGIN", "1000.0"))
_state = {"T": 0, "last": 0}
_counter = itertools.count(1)
_real_sleep = time.sleep


def _read():
    _state["last"] = next(_counter)
    return _state["T"]


def _monotonic():
    return _ORIGIN + _read() / 1e9


def _wall():
    return 1700000000.0 + _read() / 1e9


def _sleep(d):
    if isinstance(d, str):
        return _real_sleep(d)
    if d != d:
        raise ValueError("Invalid value NaN (not a number)")
    if d < 0:
        raise ValueError("sleep length must be non-negative")
    _state["T"] += round(d * 1e9)


time.monotonic = _monotonic
time.perf_counter = _monotonic
time.time = _wall
time.sleep = _sleep


def _key(when, stamp):
    if when != when or math.isinf(when):
        return (when, stamp), when
    k = round((when - _ORIGIN) * 1e9)
    return (k, stamp), _ORIGIN + k / 1e9


class TimerHandle(events.TimerHandle):
    __slots__ = ("_vkey",)


def call_at(self, when, callback, *args, context=None, _stamp=None):
    if when is None:
        raise TypeError("when cannot be None")
    self._check_closed()
    if self._debug:
        self._check_thread()
        self._check_callback(callback, 'call_at')
    key, w = _key(when, _state["last"] if _stamp is None else _stamp)
    timer = TimerHandle(w, callback, args, self, context)
    timer._vkey = key
    if timer._source_traceback:
        del timer._source_traceback[-1]
    heapq.heappush(self._scheduled, timer)
    timer._scheduled = True
    return timer


def call_later(self, delay, callback, *args, context=None):
    if delay is None:
        raise TypeError('delay must not be None')
    if delay != delay:
        when = delay
    else:
        when = _ORIGIN + (_state["T"] + round(delay * 1e9)) / 1e9
    timer = call_at(self, when, callback, *args, context=context, _stamp=next(_counter))
    if timer._source_traceback:
        del timer._source_traceback[-1]
    return timer


base_events.BaseEventLoop.call_at = call_at
base_events.BaseEventLoop.call_later = call_later


def _cmp(op):
    def f(self, other):
        if isinstance(other, TimerHandle):
            return op(self._vkey, other._vkey)
        return NotImplemented
    return f


import operator
TimerHandle.__lt__ = _cmp(operator.lt)
TimerHandle.__le__ = _cmp(operator.le)
TimerHandle.__gt__ = _cmp(operator.gt)
TimerHandle.__ge__ = _cmp(operator.ge)

_orig_run_once = base_events.BaseEventLoop._run_once


def _run_once(self):
    if not self._ready and not self._stopping:
        live = [h._vkey[0] for h in self._scheduled if not h._cancelled]
        finite = [k for k in live if isinstance(k, int)]
        if finite:
            top = min(finite)
            if top > _state["T"]:
                _state["T"] = top
        elif not live and not self._ready:
            raise SystemExit("vshim: deadlock (nothing ready, no timers)")
    return _orig_run_once(self)


base_events.BaseEventLoop._run_once = _run_once

_seed = os.environ.pop("LOOPLAB_RANDOM_SEED", None)
if _seed is not None:
    random.seed(int(_seed))
_out = os.environ.pop("VSHIM_JSON", None)
if _out:
    def _write():
        with open(_out, "w") as f:
            json.dump({"virtual_time": _state["T"] / 1e9}, f)
    atexit.register(_write)


# ---- threads: run the function at submission (its time.sleep charged to a thread clock),
# complete the asyncio future at T0 + blocking time, as an I/O event of that iteration.
import concurrent.futures
from concurrent.futures import thread as _cf_thread
from asyncio import futures as _aio_futures

_thread_clock = []
_pending = []          # (done_at_ns, seq, loop, cfut, afut)
_slots = {}            # executor id -> list of free-at times
_seq = itertools.count()
_orig_sleep = _sleep


def _sleep2(d):
    if _thread_clock:
        if d != d:
            raise ValueError("Invalid value NaN (not a number)")
        if d < 0:
            raise ValueError("sleep length must be non-negative")
        _thread_clock[-1] += round(d * 1e9)
        return
    _orig_sleep(d)
    # Workers that finish while this thread blocks queue their completion at that instant
    # (call_soon_threadsafe): behind what was queued before the sleep, ahead of what follows.
    for loop in {id(p[2]): p[2] for p in _pending}.values():
        if not loop.is_closed():
            _deliver(loop)


time.sleep = _sleep2


def run_in_executor(self, executor, func, *args):
    self._check_closed()
    workers = 8 if executor is None else executor._max_workers
    slots = _slots.setdefault(id(executor), [0] * workers)
    i = min(range(len(slots)), key=lambda j: slots[j])
    start = max(_state["T"], slots[i])
    cfut = concurrent.futures.Future()
    _thread_clock.append(0)
    try:
        _cf_thread._WorkItem(cfut, func, args, {}).run()
    finally:
        spent = _thread_clock.pop()
    done_at = start + spent
    slots[i] = done_at
    afut = self.create_future()
    _pending.append((done_at, next(_seq), self, cfut, afut))
    return afut


base_events.BaseEventLoop.run_in_executor = run_in_executor


def _deliver(loop):
    due = sorted(p for p in _pending if p[2] is loop and p[0] <= _state["T"])
    for p in due:
        _pending.remove(p)
        loop.call_soon(_aio_futures._copy_future_state, p[3], p[4])


def _run_once2(self):
    _deliver(self)
    if not self._ready and not self._stopping:
        live = [h._vkey[0] for h in self._scheduled if not h._cancelled]
        cands = [k for k in live if isinstance(k, int)] + [p[0] for p in _pending if p[2] is self]
        if cands:
            top = min(cands)
            if top > _state["T"]:
                _state["T"] = top
            _deliver(self)
        elif not live:
            raise SystemExit("vshim: deadlock (nothing ready, no timers)")
    return _orig_run_once(self)


base_events.BaseEventLoop._run_once = _run_once2
