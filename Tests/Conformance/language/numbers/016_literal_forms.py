# rule: integer literals in hex/octal/binary with underscores, float literal forms and exponents
values = [0x_ff, 0o17, 0b1010, 1_000_000, 0xDEAD_BEEF, 0O7, 0B11, 00, 1e3, 1E-3, 0.5e-3, .5, 5., 1_0.0_1, 1e0_1]
for v in values:
    print(repr(v), type(v).__name__)
print(0xff == 255 == 0o377 == 0b11111111)
print(1_000 * 1_000, 3.14_15, 0x10 + 0o10 + 0b10)
print(123456789012345678901234567890 % 97, -0x10, +0b1, - - 3)
