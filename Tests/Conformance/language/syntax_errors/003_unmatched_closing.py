# rule: a stray closing bracket reports "unmatched ')'"
values = [1, 2, 3]
print(len(values)))
