# rule: format specs on ints and floats: fill, alignment, sign, zero padding, grouping, bases, precision and the float presentation types
for n in [0, 7, -7, 42, -1234567, 255, 10 ** 15, -(2 ** 63), 2 ** 64]:
    print(f"|{n:>7}|{n:<7}|{n:^9}|{n:=+10}|{n:08}|{n:,}|{n:_}|{n:010,}|{n:#x}|{n:04x}|{n:#010b}|{n:o}|{n:X}|{n:_x}|{n: d}|")
    print(f"|{n:*>12,}|{n:é^11}|{n:0=12_}|{n:+}|{n:c}|" if 0 <= n < 0x110000 else f"|{n:*>12,}|{n:é^11}|{n:0=12_}|{n:+}|")
for x in [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 2.5e16, 1e300, -1e-300, float("inf"), float("-inf"), float("nan"), 0.125, 999.9995]:
    print(f"|{x:10.3f}|{x:<12.2e}|{x:^14g}|{x:+.4G}|{x:012.3f}|{x:,.2f}|{x:_.1f}|{x:.0f}|{x:#.0f}|{x:%}|{x:.1%}|{x:}|{x:20}|{x:z.2f}|{x:.3}|{x:F}|{x:E}|")
for i in range(0, 40, 7):
    print(f"{i:>7} {i / 7:10.3f} {i % 13!r} {'task'}-{i:04x}", len(f"{i / 3:.12f}"))
print(format(12345.6789, "=^+20,.2f"), format(-5, "x<8"), format(2 ** 70, ",d"), format(0.1, ".30f"))
print(f"{123456789:,}", f"{-0.0001:.3f}", f"{-0.0001:z.3f}", f"{1e22:f}", f"{1.0:.27f}", f"{2 ** -30:.27f}")
