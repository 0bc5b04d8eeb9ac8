# rule: a round-robin scheduler of generator "tasks" (pre-asyncio style) with deterministic interleaving
def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    return f"{name} finished after {steps} steps"
def run(tasks):
    queue = list(tasks)
    results = []
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task("A", 3), task("B", 1), task("C", 2)]))
