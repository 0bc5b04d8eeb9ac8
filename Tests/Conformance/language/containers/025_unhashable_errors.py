# rule: unhashable types raise TypeError with the type name; tuples of hashables work
for value in ([1], {"a": 1}, {1, 2}, ([],), (1, {})):
    try:
        hash(value)
        print(type(value).__name__, "hashable")
    except TypeError as e:
        print("TypeError:", e)
print({(1, (2, 3)): "nested", (1, "a"): "tuple", b"bytes": 1, None: 0, "": 3})
try:
    {1, 2, [3]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
