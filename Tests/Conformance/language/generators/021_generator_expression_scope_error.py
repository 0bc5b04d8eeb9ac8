# rule: an uncaught NameError inside a generator expression evaluated lazily after the name was deleted
scale = 3
values = [1, 2, 3]
scaled = (v * scale for v in values)
print(next(scaled))
del scale
print(list(scaled))
