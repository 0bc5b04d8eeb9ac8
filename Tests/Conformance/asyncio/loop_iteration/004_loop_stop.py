# rule: loop.stop() only sets a flag: the current iteration finishes, later callbacks stay queued for the next run_forever
import asyncio

loop = asyncio.new_event_loop()


def say(msg):
    print(msg)


def stopper():
    print("stop requested")
    loop.stop()
    loop.call_soon(say, "queued after stop (runs in the next run_forever)")


loop.call_soon(say, "first")
loop.call_soon(stopper)
loop.call_soon(say, "same iteration as stop: still runs")
print("run_forever #1")
loop.run_forever()
print("run_forever #1 returned, running:", loop.is_running())
loop.call_soon(loop.stop)
print("run_forever #2")
loop.run_forever()
print("run_forever #2 returned")
loop.close()
print("closed:", loop.is_closed())
