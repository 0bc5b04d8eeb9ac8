# rule: generators created in a loop capture loop variables late unless bound as parameters
def make_generators():
    gens = []
    for n in range(3):
        gens.append(x * n for x in range(3))
    return gens
print([list(g) for g in make_generators()])
def make_bound():
    def gen(n):
        for x in range(3):
            yield x * n
    return [gen(n) for n in range(3)]
print([list(g) for g in make_bound()])
def counter_factory(start):
    def count():
        n = start
        while True:
            n = yield n
            if n is None:
                return
    return count
c = counter_factory(10)()
print(next(c), c.send(20), c.send(5))
