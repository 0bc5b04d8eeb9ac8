# rule: integer loops and recursion: gcd, primes, digit sums, collatz, exact big results
import math
def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
ps = primes_upto(100)
print(len(ps), ps[-5:], sum(ps))
print(math.gcd(1071, 462), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(4, 6, 10))
def collatz(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps
best = max(range(1, 1000), key=collatz)
print(best, collatz(best), [collatz(n) for n in range(1, 11)])
print(sum(int(d) for d in str(2 ** 1000)), math.isqrt(10 ** 40 + 12345), math.factorial(25))
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], len(str(fib[-1])), fib[100] % 1000007)
