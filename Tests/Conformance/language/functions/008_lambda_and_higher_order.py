# rule: lambdas, map/filter/sorted with key functions, functions as values, and function reprs by name
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(square(7), compose(square, inc)(3), compose(inc, square)(3), (lambda *a, **k: (a, k))(1, z=2))
words = ["kiwi", "Banana", "apple", "fig"]
print(sorted(words, key=lambda w: (len(w), w.lower())), list(map(str.upper, words)), list(filter(lambda w: "a" in w, words)))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(inc, 5, 0), apply_n(square, 3, 2), apply_n(lambda s: s + "!", 3, "hey"))
print(square.__name__, inc.__qualname__, apply_n.__name__, callable(square), callable(5))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "-")]
text = "  Hello Big World  "
for step in pipeline:
    text = step(text)
print(text)
