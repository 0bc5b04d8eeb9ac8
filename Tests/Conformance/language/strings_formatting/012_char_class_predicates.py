# rule: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable/isascii on assorted text
samples = ["123", "١٢٣", "²", "½", "Ⅻ", "abc", "abc123", "ñ", " \t\n", "\u00a0", "", "_name", "2nd", "class", "tab\t", "é", "a b"]
print(f"{'sample':22} dig dec num alp aln spc idf prt asc")
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
             s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{str([hex(ord(c)) for c in s[:2]]):22}", " ".join(" T " if f else " . " for f in flags))
