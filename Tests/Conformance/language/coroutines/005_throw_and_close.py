# rule: throw() raises at the coroutine's await; close() raises GeneratorExit; try/finally in coroutines runs
class Pause:
    def __await__(self):
        yield "paused"
async def worker():
    try:
        try:
            await Pause()
        except ValueError as e:
            print("  worker handled", repr(e))
        await Pause()
        print("  never reached")
    finally:
        print("  worker cleanup")
w = worker()
print(w.send(None))
print(w.throw(ValueError("cancel-like")))
w.close()
print("closed")
w2 = worker()
w2.send(None)
try:
    w2.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
