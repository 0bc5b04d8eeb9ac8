# rule: return inside loops and try/finally: finally runs and can override the return value
def first_even(values):
    for v in values:
        if v % 2 == 0:
            return v
    return None
def with_cleanup(x):
    try:
        if x < 0:
            return "negative"
        return "ok"
    finally:
        print("  cleanup for", x)
def override():
    try:
        return "from try"
    finally:
        return "from finally"
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(first_even([1, 3, 6, 8]), first_even([1]), with_cleanup(-1), with_cleanup(1), override(), loop_finally())
