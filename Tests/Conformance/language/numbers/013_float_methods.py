# rule: float methods is_integer, as_integer_ratio, hex, fromhex and int methods bit_count, to_bytes, from_bytes
for v in [0.5, 0.1, 3.0, -2.75, 1e300]:
    n, d = v.as_integer_ratio()
    print(v, v.is_integer(), n if n < 10 ** 20 else len(str(n)), d if d < 10 ** 20 else len(str(d)), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.fffffffffffffp+1023"))
for n in [0, 1, 255, 1023, -7, 2 ** 64]:
    print(n, n.bit_length(), n.bit_count(), abs(n).to_bytes(9, "big").hex())
print((1024).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((-1).to_bytes(2, "big", signed=True), (5).as_integer_ratio(), (10).numerator, (10).denominator)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
