# rule: strings are sequences of code points: len, indexing, ord/chr, \N{...} and \U escapes, combining marks
s = "naïve café"
print(len(s), s[2], s[::-1], s.upper())
emoji = "I \U0001F600 Python \N{SNAKE}"
print(emoji, len(emoji), [hex(ord(c)) for c in emoji[2:3]], emoji[-1] == "\U0001F40D")
combining = "e\u0301"
print(combining, len(combining), combining == "é", [ord(c) for c in combining])
flag = "\U0001F1F3\U0001F1F4"
print(flag, len(flag), flag[0] + "|" + flag[1])
print("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}", "\u00e9\x41\101\t|", chr(8364), ord("€"), chr(0x10FFFF) == "\U0010ffff")
family = "👨‍👩‍👧"
print(len(family), [hex(ord(c)) for c in family])
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
