# rule: format specs for a sales table: width, alignment, fill, thousands separators, percentages, str methods
sales = [
    ("North", 1254300.5, 0.0712),
    ("South", 98350.0, -0.0315),
    ("East", 450000.25, 0.15),
    ("West", 7321.9, 0.0),
]
header = f"{'Region':<8}|{'Revenue':>16}|{'Growth':>9}|"
print(header)
print("=" * len(header))
for region, revenue, growth in sales:
    print(f"{region:<8}|{revenue:>16,.2f}|{growth:>+9.1%}|")
print("-" * len(header))
total = sum(r for _, r, _ in sales)
print(f"{'TOTAL':<8}|{total:>16,.2f}|{'':>9}|")
print(f"{'centered':^20}|")
print(f"{'fill':*^20}|{42:0>8}|{-42:08d}|{255:#x}|{255:#o}|{5:#b}|")
print(f"{1234567:_d} {0.000123:.2e} {1e21:g} {123.456:.1f} {2.5:.0f} {3.5:.0f}")
print("{:>10} | {:<6} | {:^7}".format("right", "left", "mid"))
print("{0}-{1}-{0}".format("a", "b"), "{name} is {age}".format(name="Ann", age=31))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 19.999, 12.345))
print("%-6s|%6s|%06.2f" % ("ab", "cd", 3.14159))
values = {"cpu": 0.734, "mem": 0.25, "disk": 0.9}
for k in sorted(values):
    bar = "#" * int(values[k] * 20)
    print(f"{k:>4} [{bar:<20}] {values[k]:.0%}")
print(str(12).zfill(5), "-7".zfill(4), "x".ljust(3, "."), "x".rjust(3, "."), "abc".center(7, "-"))
print(f"{'nested ' + str(len(sales)):>{len(header) // 2}}")
width, prec = 12, 3
print(f"{3.14159265:{width}.{prec}f}|")
print(f"{total=:,.1f}", f"{len(sales) = }")
print(repr(f"{'tab':\u003e5}"), f"{'quote'!r}", f"{'ab' * 3!s:.4}")
