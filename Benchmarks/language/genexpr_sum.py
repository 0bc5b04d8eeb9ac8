# sum() over a generator expression: the generator protocol called from a builtin.
print(sum(x * x for x in range(3_000_000) if x % 3))
