# f-string formatting with format specs, repr and str conversions.
rows = []
for i in range(200_000):
    rows.append(f"{i:>7} {i / 7:10.3f} {i % 13!r} {'task'}-{i:04x}")
print(len(rows), rows[-1], sum(len(r) for r in rows))
