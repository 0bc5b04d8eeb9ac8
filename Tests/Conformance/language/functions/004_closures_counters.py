# rule: closures capture variables (cells), not values; each call to the factory makes new cells
def make_counter(start=0, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return tick, reset
tick_a, reset_a = make_counter()
tick_b, _ = make_counter(100, 10)
print(tick_a(), tick_a(), tick_b(), tick_a(), tick_b())
reset_a()
print(tick_a())
def multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in multipliers()])
def make_adders():
    adders = {}
    for n in (1, 5, 10):
        def add(x, n=n):
            return x + n
        adders[n] = add
    return adders
print({k: f(100) for k, f in make_adders().items()})
print(tick_a.__name__, tick_a.__qualname__, reset_a.__qualname__)
