# rule: assignment expressions (:=) in conditions, comprehensions and while loops
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)):
    print("chunk", chunk)
values = [y for x in data if (y := x * x) > 10]
print(values, y)
total = 0
running = [total := total + v for v in data]
print(running, total)
print((z := 5) + z, z)
