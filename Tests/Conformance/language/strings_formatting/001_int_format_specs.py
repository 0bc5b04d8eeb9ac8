# rule: format specs for ints: width, alignment, fill, sign, zero padding, grouping, bases, alternate form
n = 1234567
for spec in ["d", "10d", "<10d", "^10d", ">+10d", "010d", ",", "_", "x", "#x", "X", "#o", "#b", "_b", "+,", " d", "*^15,", "e", ".2%", "g", "=+12"]:
    print(f"{spec!r:>8} -> [{format(n, spec)}]")
for v in [0, -42, 255]:
    print(f"[{v:5}] [{v:<5}] [{v:^5}] [{v:=+6}] [{v:#06x}] [{v:08b}] [{v:+}] [{v: }]")
print(format(65, "c"), format(0x1F600, "c"), f"{-5:0=6}", f"{1000000:,d}", f"{-1234:_}")
