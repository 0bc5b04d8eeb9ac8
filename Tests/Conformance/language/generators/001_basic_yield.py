# rule: generator functions run lazily between next() calls; locals persist; exhaustion raises StopIteration
def numbers():
    print("  start")
    yield 1
    print("  after 1")
    yield 2
    print("  after 2")
g = numbers()
print("created")
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(list(g), next(g, None))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(100)), max(squares(4)), 9 in squares(10), list(squares(0)))
