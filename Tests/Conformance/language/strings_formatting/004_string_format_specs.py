# rule: format specs on strings: fill/align, truncating precision, !r and !s conversions, nested widths
words = ["apple", "kiwi", "banana", "fig"]
for w in words:
    print(f"[{w:<8}] [{w:>8}] [{w:^8}] [{w:*^9}] [{w:.3}] [{w:>6.2}] [{w!r:>10}]")
width, prec = 12, 4
print(f"[{3.14159265:{width}.{prec}f}] [{'x':{'-'}^{width}}] [{'abc':{width // 2}}]")
print("[{:^{}}]".format("mid", 9), "[{0:>{1}}]".format("r", 4), "[{:{fill}<{w}}]".format("ab", fill=".", w=6))
print(format("text", ""), format("text", "10"), repr(format("", "^3")))
print(f"{'left':<{width}}|{'right':>{width}}|")
