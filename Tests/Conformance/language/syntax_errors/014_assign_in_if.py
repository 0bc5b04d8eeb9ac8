# rule: `=` in an if condition suggests '==' or ':='
value = 3
if value = 3:
    print("three")
