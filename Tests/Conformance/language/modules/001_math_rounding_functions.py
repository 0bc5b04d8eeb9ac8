# rule: math.floor/ceil/trunc return ints (also for big floats); fabs/copysign/fmod/modf/frexp/ldexp values
import math
for x in [2.5, -2.5, 3.0, -0.5, 1e20, -7.9999]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__, math.fabs(x), math.modf(x), math.frexp(x))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, -2), math.ldexp(0.75, 4))
print(math.floor(10 ** 30) , math.ceil(-1e30), math.trunc(-1e300) % 7)
for bad in (float("inf"), float("nan")):
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
