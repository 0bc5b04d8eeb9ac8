# rule: time.sleep argument validation: negative, NaN, huge and wrong types raise CPython's errors
import time
for value in (-1, -0.5, float("nan"), 1e300, "1", None, float("inf")):
    try:
        time.sleep(value)
        print(repr(value), "slept")
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{value!r:<8} {type(e).__name__}: {e}")
