x = y = 1, 2
a, (b, c), *d = [1, (2, 3), 4, 5]
a[1:2], a[::2], a[1:2, ::3] = 1, 2, 3
del a[0], b.c
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7; x <<= 1; x >>= 1; x |= 1; x ^= 1; x &= 1
n: int
m: "str" = "s"
(p): int = 3
s = 'a' "b" '''c''' r'\d' u"e"
bs = b'\x00\n' rb'\d' B"x"
f = f'{x!r:>{w}} {y=!s} {{z}} {"q"} {x:{y}.{z}f}'
big = 123456789012345678901234567890 + 0xFF_FF + 0o17 + 0b1010 + 1_000 + 007.5 + .5 + 5. + 1e10 + 1.5E-3
assert x, "msg"
assert not x in y and a is not b or c not in d
print(-x ** -y, ~x, +x, not x, x if y else z, lambda: 0, lambda a, b=1, *c, d, e=2, **f: a)
print(*args, **kwargs, sep='')
print(x for x in y)
print(a < b <= c > d >= e == f != g)
print(a | b ^ c & d << e >> f + g - h * i / j // k % l)
print({}, {1}, {1: 2, **d}, {*s, 1}, [], [1, *l], (), (1,), (1, 2))
print([i for i in range(3) if i if not i for j in k], {i for i in x}, (i async for i in x))
print(x[1], x[1:], x[:1], x[::], x[a, b], x[*a], x[1:2:3])
print(f"{'nested'} {f'{1}'}", "\N{BULLET} \u00e9 \x41 \101 \n")
def gen():
    print((yield) if 0 else 1) if 0 else None
    x = yield a, b
    await_ = 1
if (n := 10) > 5:
    pass
elif x:
    pass
elif y:
    pass
else:
    pass
while x:
    break
else:
    pass
for i, j in enumerate(x):
    continue
else:
    pass
with open(a) as f, open(b) as (g, h):
    pass
with (open(a) as f, open(b)):
    pass
with (a, b):
    pass
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
import a.b.c as d, e
from . import x
from ..m import (y as z, w,)
from m import *
global gg
@dec
@dec2(1)
class C(B, metaclass=M):
    def m(self, a, /, b, *, c): return (yield from a)
def g():
    nonlocal_x = 1
    def h():
        nonlocal nonlocal_x
        return
    raise
raise E from None
