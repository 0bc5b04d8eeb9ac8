# rule: carets for an error inside an f-string replacement field point at the expression inside the string
def show(items, n):
    return f"first: {items[0]}, ratio: {len(items) / n:.2f}"

print(show([1, 2], 4))
print(show([1, 2], 0))
