# rule: grouping options (, and _) with floats, percentages and exponents; width with grouping and zero padding
for v in [1234567.891, -9876.5, 0.5, 1e21, 1000.0, 999.999]:
    print(f"[{v:,}] [{v:_.2f}] [{v:,.0f}] [{v:>15,.3f}] [{v:015,.1f}] [{v:,.2%}] [{v:,e}]")
print(f"{10 ** 12:,}", f"{-(10 ** 9):_}", f"{12345678:_x}", f"{255:_b}", f"{1e6:,}", f"{0.000001:,}")
print("{:,}".format(1234.5), "{:08,.1f}".format(-3.14159), format(1_000_000, "_d"))
try:
    format(1.5, ",_")
except ValueError as e:
    print("ValueError:", e)
try:
    format("text", ",")
except ValueError as e:
    print("ValueError:", e)
