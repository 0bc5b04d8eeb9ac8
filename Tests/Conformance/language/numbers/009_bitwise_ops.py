# rule: bitwise operators on ints use infinite two's complement; bin/hex of negatives; shifts
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print("flags", bin(flags), flags & WRITE, flags & EXEC, flags ^ READ)
for x in [0, 5, -5, 255, -256]:
    print(x, bin(x), hex(x), ~x, x >> 1, x << 3, x & 0xF, x | 0x100, x.bit_length())
print(1 << 100, -1 >> 10, -(2 ** 70) >> 65, (2 ** 70 - 1) & -(2 ** 35))
print(0b1010 ^ 0b0110, 0o777 & 0x1FF, ~0, ~-1, 6 & -6)
print(True & False, True | 2, 3 ^ True)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
