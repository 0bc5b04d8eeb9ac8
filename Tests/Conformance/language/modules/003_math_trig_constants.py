# rule: math constants and trigonometric functions give CPython's (libm) values, printed with repr
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.pi == 2 * math.pi / 2)
for deg in (0, 30, 45, 60, 90, 180, 270):
    r = math.radians(deg)
    print(f"{deg:>3} {r!r:<20} sin={math.sin(r)!r:<24} cos={math.cos(r)!r:<24} tan={math.tan(r)!r}")
print(math.degrees(math.pi), math.atan2(1, 1), math.atan2(-1, -1), math.asin(1), math.acos(-1), math.atan(math.inf))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.dist((0, 0), (3, 4)), math.sinh(1), math.cosh(0), math.tanh(100))
