# rule: infinite generators consumed partially with zip, enumerate and break
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(zip(range(5), fibonacci())))
for i, n in enumerate(naturals(10)):
    if i == 3:
        break
    print(i, n)
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(10, fibonacci()), take(3, naturals()))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), take(3, evens))
big = next(f for f in fibonacci() if f > 10 ** 20)
print(big, len(str(big)))
