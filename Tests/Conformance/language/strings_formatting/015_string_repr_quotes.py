# rule: repr of str chooses quotes and escapes like CPython (\n, \t, \x.., \u.., backslash, non-printables)
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline", "\r\x00\x7f",
           "\x1b[0m", "é ñ 中", "\u200b", "\u2028", "\U0001F600", "\xa0", "\x85", "'", '"', ""]
for s in samples:
    print(repr(s), len(s), len(repr(s)), str([s]))
print([s for s in samples[:4]])
print(str("x'y"), repr(["a'b", 'c"d']), {"k'": "v\n"})
