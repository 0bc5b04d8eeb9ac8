# rule: a block header with no indented body reports "expected an indented block after 'for' statement on line N"
for i in range(3):
print(i)
