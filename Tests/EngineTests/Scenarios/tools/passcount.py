# Runs a scenario with BaseEventLoop._run_once counted; prints "PASSES n" at exit.
import asyncio, asyncio.base_events as be, atexit, runpy, sys
n = 0
orig = be.BaseEventLoop._run_once
def counted(self):
    global n
    n += 1
    return orig(self)
be.BaseEventLoop._run_once = counted
atexit.register(lambda: print("PASSES", n))
runpy.run_path(sys.argv[1], run_name="__main__")
