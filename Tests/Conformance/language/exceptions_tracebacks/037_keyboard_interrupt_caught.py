# rule: KeyboardInterrupt is a BaseException: `except Exception` does not catch it, `except BaseException` does
def work():
    raise KeyboardInterrupt("stop requested")
try:
    try:
        work()
    except Exception:
        print("never: Exception does not catch KeyboardInterrupt")
except BaseException as e:
    print("caught", type(e).__name__, repr(e), isinstance(e, Exception))
try:
    work()
except KeyboardInterrupt:
    print("caught directly")
finally:
    print("cleanup ran")
print("continuing normally")
