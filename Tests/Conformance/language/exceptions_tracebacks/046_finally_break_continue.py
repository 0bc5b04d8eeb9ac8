# rule: break and continue inside finally and try blocks, return overriding in nested finally, and exception discarding
def collect():
    out = []
    for i in range(5):
        try:
            if i == 1:
                raise ValueError("dropped")
            out.append(i)
        finally:
            if i == 1:
                continue
            if i == 3:
                break
    return out
print(collect())
def nested():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested())
def discard():
    for _ in range(1):
        try:
            raise KeyError("gone")
        finally:
            break
    return "exception discarded by break"
print(discard())
