# rule: throw() raises inside the generator at the paused yield; close() raises GeneratorExit; finally runs
def worker():
    try:
        while True:
            try:
                job = yield
                print("  doing", job)
            except ValueError as e:
                print("  recovered from", e)
                yield "recovered"
    finally:
        print("  worker cleanup")
w = worker()
next(w)
w.send("job1")
print(w.throw(ValueError("bad job")))
next(w)
w.send("job2")
w.close()
print("closed; send now:")
try:
    w.send("job3")
except StopIteration:
    print("StopIteration after close")
g = worker()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
