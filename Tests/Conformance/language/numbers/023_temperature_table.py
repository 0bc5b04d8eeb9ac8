# rule: float arithmetic and conversions formatted as a lookup table with several specs
def c_to_f(c):
    return c * 9 / 5 + 32
print(f"{'C':>6} | {'F':>7} | {'K':>8} | repr")
for c in range(-40, 101, 20):
    f = c_to_f(c)
    print(f"{c:>6} | {f:>7.1f} | {c + 273.15:>8.2f} | {f!r}")
readings = [21.5, 22.25, 19.75, 23.125, 20.0]
avg = sum(readings) / len(readings)
print("average", avg, f"{avg:.3f}", "%.1f" % avg, round(avg, 1))
print("spread", max(readings) - min(readings), sorted(readings, reverse=True))
print([round(c_to_f(r), 2) for r in readings])
