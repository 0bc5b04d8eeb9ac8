# rule: zip stops at the shortest iterable but has already pulled one extra item from earlier iterators
def numbered(limit):
    for i in range(limit):
        print(f"  produce {i}")
        yield i
letters = iter("ab")
gen = numbered(5)
print(list(zip(gen, letters)))
print("next from gen:", next(gen))
gen2 = numbered(5)
print(list(zip(iter("ab"), gen2)))
print("next from gen2:", next(gen2))
