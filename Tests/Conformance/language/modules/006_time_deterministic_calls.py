# rule: time functions used without printing real clock values: types, monotonicity, sleep(0), strftime with a fixed tuple
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0)
time.sleep(0.0)
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, time.monotonic() >= m0, time.perf_counter() >= p0)
fixed = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", fixed))
print(time.strftime("%a %b %d %j %p %I %%", fixed))
print(time.strftime("%y/%m/%d", (1999, 12, 31, 23, 59, 59, 4, 365, 0)), repr(time.strftime("", fixed)))
print(time.time() > 1600000000, time.time() - t0 >= 0)
