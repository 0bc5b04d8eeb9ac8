# rule: an invalid f-string conversion character is a SyntaxError listing the valid ones
value = 3.5
print(f"{value!x}")
