# rule: StopIteration escaping a generator becomes RuntimeError("generator raised StopIteration") with context
def first_items(iterators):
    for it in iterators:
        yield next(it)

print(list(first_items([iter([1]), iter([2])])))
try:
    list(first_items([iter([1]), iter([])]))
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
print(list(first_items([iter("ab"), iter([])])))
