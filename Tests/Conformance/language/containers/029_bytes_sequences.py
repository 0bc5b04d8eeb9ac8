# rule: bytes as an immutable sequence of ints: indexing, slicing, iteration, methods and range errors
data = b"hello world"
print(data[0], data[-1], data[0:5], data[::-1], list(data[:3]), len(data), data.count(b"o"), data.index(b"w"))
print([chr(b) for b in data[:5]], bytes(b + 1 for b in b"HAL"), sum(data) % 256, max(data), min(data))
print(data.split(), data.replace(b"world", b"there"), data.upper(), data.startswith(b"he"), b"-".join([b"a", b"b"]))
print(data.find(b"zz"), b"o" in data, 111 in data, data + b"!", b"ab" * 3, b"abc" < b"abd", b"" == bytes())
for fn in (lambda: bytes([300]), lambda: b"x" + 1, lambda: b"abc"[10], lambda: data.index(b"zz")):
    try:
        fn()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    data[0] = 72
except TypeError as e:
    print("TypeError:", e)
print(bytes(range(65, 70)), bytes(3), list(b"\x00\xff"), bytes("é", "utf-8"), b"%s=%d" % (b"k", 5))
