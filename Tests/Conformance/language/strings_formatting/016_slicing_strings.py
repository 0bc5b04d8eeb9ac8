# rule: string slicing with negative indices, steps, out-of-range bounds; indexing errors
s = "Programming"
print(s[0], s[-1], s[3:7], s[:4], s[4:], s[-4:], s[:-4], s[::2], s[1::3], s[::-1], s[-1:-5:-1], s[8:2:-2])
print(repr(s[20:]), repr(s[-100:3]), repr(s[5:2]), s[-100:100] == s, s[::-1][::-1] == s)
for i in [10, -11, 11, -12]:
    try:
        print(i, s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "p"
except TypeError as e:
    print("TypeError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[2], "abc"[1:2][0])
