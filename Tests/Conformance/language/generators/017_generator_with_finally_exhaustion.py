# rule: a generator's finally block runs on exhaustion, on close and when an exception stops it
def resource(name, fail_at=None):
    print(f"  open {name}")
    try:
        for i in range(3):
            if i == fail_at:
                raise ValueError(f"{name} failed at {i}")
            yield i
    finally:
        print(f"  close {name}")
print(list(resource("a")))
g = resource("b")
print(next(g))
g.close()
try:
    for x in resource("c", fail_at=1):
        print("  got", x)
except ValueError as e:
    print("ValueError:", e)
for x in resource("d"):
    if x == 1:
        break
print("after break (close happens when the generator is freed)")
