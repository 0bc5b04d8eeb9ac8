# rule: str.split() with no separator splits on all Unicode whitespace; strip() removes it too; splitlines on \x1c-\x1e and \u2028
text = "alpha\u3000beta\xa0gamma\u2003delta\tepsilon\x1cfin"
print(text.split())
print(text.split(" "), len(text.split()))
print(repr("\u2003 padded \u3000".strip()), repr("\x0b\x0cx\x1f".strip()))
print("one\x1ctwo\x1dthree\x1efour\u2028five\x85six".splitlines())
print("a\u2029b\rc\r\nd".splitlines(keepends=True))
print(["\u200b".isspace(), "\u3000".isspace(), "\x1c".isspace(), "\x85".isspace()])
