# rule: the 'g' presentation type switches to exponent notation at CPython's thresholds and strips zeros
for v in [1e-5, 1e-4, 0.0001234, 123456.0, 1234567.0, 1e16, 100.0, 1.0, 0.0, -0.0, 12345.678, 9.9999995e5]:
    print(f"{v!r:>14}  g={v:g}  .2g={v:.2g}  .10g={v:.10g}  #g={v:#g}  G={v:G}")
print(f"{123456789:g} {123:.1g} {150:.1g} {250:.1g} {0.00001:.3G}")
print(format(1e100, "g"), format(1.5e-10, ".3g"), format(12345, ".3e"))
