# rule: str/repr of exceptions with zero, one and several args; the uncaught form of an empty-message error
cases = [ValueError(), ValueError(""), ValueError("x"), ValueError("a", 1), KeyError("k"), KeyError(), KeyError(1, 2),
         IndexError(0), Exception(None), RuntimeError(["list"]), ZeroDivisionError("custom"), StopIteration(5)]
for e in cases:
    print(f"{type(e).__name__:<18} str={str(e)!r:<18} repr={e!r:<28} args={e.args!r}")
try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)
raise ValueError("")
