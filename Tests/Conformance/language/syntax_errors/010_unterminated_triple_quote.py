# rule: an unterminated triple-quoted string reports the line where it starts
print("start")
doc = """This docstring
never ends
x = 1
