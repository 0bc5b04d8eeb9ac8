# rule: %c, format code c and str.format/f-strings/__format__ of a surrogate code point make a str holding a lone surrogate (padding and concatenation included), which print then refuses
print(repr("%c" % 0xd800), repr(format(0xd800, "c")), repr("{:c}".format(0xdc00)), repr(f"{0xdfff:c}|{'x'}"), repr((0xd800).__format__("c")), repr("%c%s" % (0xd801, "\udc00")))
print(repr("{:>3c}".format(0xd800)), repr("%-3c|" % 0xdbff), len("%c" % 0xd800), ("%c" % 0xd800) == chr(0xd800), repr("x".__mod__(())), repr("%c".__mod__(0xd800)))
try:
    print("%c" % 0xd800)
except UnicodeEncodeError as e:
    print("caught", e.start, e.end)
