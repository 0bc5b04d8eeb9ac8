# rule: sentinel-driven while loops and loop-and-a-half patterns with break, using iter/next defaults
tokens = iter(["SET", "x", "5", "PRINT", "x", "END", "never"])
env = {}
while True:
    op = next(tokens, "END")
    if op == "END":
        print("end of program")
        break
    if op == "SET":
        name = next(tokens)
        env[name] = int(next(tokens))
        print("set", name, env[name])
    elif op == "PRINT":
        name = next(tokens)
        print("value of", name, "is", env[name])
print("left over:", list(tokens))
readings = [12, 15, -1, 20]
total = count = 0
index = 0
while index < len(readings):
    value = readings[index]
    index += 1
    if value < 0:
        print("sentinel at position", index - 1)
        break
    total += value
    count += 1
print(total, count, total / count)
queue = [3]
steps = 0
while queue:
    n = queue.pop()
    steps += 1
    if n > 0:
        queue.extend([n - 1, n - 2])
print("tree walk steps:", steps)
