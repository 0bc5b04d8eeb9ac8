# rule: summary statistics computed with builtins on lists: mean, median, mode, variance, percentiles
scores = [88, 92, 79, 93, 85, 92, 70, 100, 85, 92]
n = len(scores)
mean = sum(scores) / n
s = sorted(scores)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
counts = {}
for v in scores:
    counts[v] = counts.get(v, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
variance = sum((v - mean) ** 2 for v in scores) / (n - 1)
print(f"n={n} mean={mean} median={median} mode={mode}")
print(f"variance={variance!r} stdev={variance ** 0.5:.4f}")
print("quartiles", s[n // 4], s[n // 2], s[3 * n // 4], "range", s[-1] - s[0])
buckets = {}
for v in scores:
    buckets.setdefault(v // 10 * 10, []).append(v)
for lo in sorted(buckets):
    print(f"{lo:3}-{lo + 9:<3} {'*' * len(buckets[lo])} {buckets[lo]}")
