# rule: an unterminated string inside brackets is reported before the unclosed bracket
names = ["ann", "bob]
print(names)
