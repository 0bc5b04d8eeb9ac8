# rule: large-but-cheap computations stay exact: million-element lists, long strings, huge powers of two
big = list(range(10 ** 6))
print(len(big), sum(big), big[-1], big[::250000])
s = "ab" * 10 ** 6
print(len(s), s.count("ba"), s[-3:], len(s.replace("a", "")))
p = 2 ** 100000
print(p.bit_length(), p % 1000007, len(hex(p)), (p - 1).bit_count())
f = 1
for i in range(2, 1001):
    f *= i
print(len(str(f)), str(f)[:20], f % (10 ** 9 + 7))
d = {i: i * i for i in range(200000)}
print(len(d), d[199999], sum(d.values()) % 1000)
srt = sorted(range(100000, 0, -1))
print(srt[:3], srt[-3:], len(set(range(0, 300000, 3))))
