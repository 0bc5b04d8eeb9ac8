# rule: an uncaught ValueError("generator already executing") from a generator calling next() on itself
def ticker():
    count = 0
    while True:
        count += 1
        if count == 3:
            next(gen)
        yield count

gen = ticker()
print(next(gen), next(gen))
print(next(gen))
