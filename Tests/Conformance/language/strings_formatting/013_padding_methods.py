# rule: center/ljust/rjust/zfill/expandtabs with odd widths, fill characters and signs
for w in ["a", "ab", "abc", "abcd"]:
    print(f"[{w.center(7)}] [{w.center(8, '*')}] [{w.ljust(6, '.')}] [{w.rjust(6, '-')}]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("ab\tc".expandtabs(4)), repr("\t".expandtabs(0)), repr("x\ty\n\tz".expandtabs(3)))
print("x".center(0), "long text".center(4), "|" + "".center(3) + "|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
