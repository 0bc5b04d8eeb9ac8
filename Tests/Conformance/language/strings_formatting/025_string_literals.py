# rule: raw strings, triple quotes, implicit concatenation, backslash line continuation, escape sequences
path = r"C:\new\table\x41"
print(path, len(path), repr(path))
doc = """Line one
    indented "quoted" line
Last line\
 (continued)"""
print(doc)
joined = ("alpha "
          'beta '
          "gamma")
print(joined)
total = 1 + \
        2 + \
        3
print(total, "tab:\t|", "bell-free:\\a", "octal:\101\102", "hex:\x43", "nul:" + repr("\0"))
print('single \'quote\'', "double \"quote\"", '''triple ''' + """mixed 'n" """)
print(r"raw\n" == "raw\\n", len("\n"), len(r"\n"), rb"\x00", br"a\b")
