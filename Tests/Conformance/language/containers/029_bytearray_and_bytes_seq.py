# rule: bytes and bytearray as sequences: mutation of bytearray, slicing, errors on out-of-range values
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b"??")
del ba[-1]
print(ba, len(ba), bytes(ba), ba[1:3], list(ba[:2]), ba.decode())
ba[1:3] = b"EE"
print(ba, ba.find(b"l"), ba.count(b"l"), ba.replace(b"l", b"L"), b"".join([b"a", b"b"]))
for fn in (lambda: ba.append(256), lambda: bytes([300]), lambda: b"x"[0:1] + 1, lambda: ba.__setitem__(0, "a")):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes(range(65, 70)), bytearray(3), b"abc"[::-1], b"a" < b"b", list(b"\x00\xff"))
