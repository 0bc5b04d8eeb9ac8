# rule: RecursionError message variants: plain, while getting repr, in comparison, while calling a Python object
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("1:", e)
deep = []
for _ in range(5000):
    deep = [deep]
try:
    str(deep)
except RecursionError as e:
    print("2:", e)
a, b = [], []
for _ in range(5000):
    a, b = [a], [b]
try:
    a == b
except RecursionError as e:
    print("3:", e)
t = ()
for _ in range(5000):
    t = (t,)
try:
    print(t == t, len(repr(t)) > 0)
except RecursionError as e:
    print("4:", e)
print(isinstance(RecursionError("x"), RuntimeError), RecursionError.__name__)
