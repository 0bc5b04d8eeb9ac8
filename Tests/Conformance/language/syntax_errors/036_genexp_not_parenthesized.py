# rule: an unparenthesized generator expression next to another argument is a SyntaxError
values = [1, 2, 3]
print(sum(v * v for v in values))
print(max(v for v in values, 0))
