# rule: len, ljust and slicing count code points, not display columns or grapheme clusters
rows = [("naïve", 3), ("e\u0301cole", 12), ("日本", 7), ("🐍py", 1), ("plain", 40)]
for name, n in rows:
    print(f"|{name:<8}|{n:>3}| len={len(name)} first={name[0]!r} last={name[-1]!r}")
s = "🇫🇷 drapeau"
print(len(s), s[:2], s[2:], s[::-1][:3])
print("ab\u0308c".upper(), len("ab\u0308c"), "ß".center(5, "*"), "é".zfill(3))
