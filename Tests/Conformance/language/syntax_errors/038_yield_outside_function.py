# rule: yield at module level is "'yield' outside function"
values = [1, 2]
for v in values:
    yield v
