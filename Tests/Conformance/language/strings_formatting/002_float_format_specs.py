# rule: float format specs f/e/g/% with precision, rounding half-even on binary value, grouping, signs
values = [3.14159, -2.5, 0.5, 1.5, 2.5, 1234567.891, 0.000123456, 1e20, 0.05, 0.25]
for v in values:
    print(f"{v!r:>14} | {v:.0f} | {v:.2f} | {v:10.3e} | {v:g} | {v:.3g} | {v:+,.1f} | {v:.1%}")
print(f"{2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.2f} {-0.0:.1f} {-0.001:.2f}")
inf, nan = float("inf"), float("nan")
print(f"[{inf:8.2f}] [{-inf:+}] [{nan:^8}] [{inf:e}] [{nan:%}] [{inf:010.1f}]")
print(f"[{12.5:08.2f}] [{-12.5:08.2f}] [{12.5:<8}] [{12.5:*>9.3f}] [{1e-7:f}] [{1e-7}]")
print(format(1.0, ""), format(1e16, ""), format(1.5, "5"), format(100.0, "n"), format(0.1, ".20f"))
