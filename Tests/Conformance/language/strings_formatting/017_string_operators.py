# rule: concatenation, repetition, comparison (by code point), membership and their TypeErrors
print("ab" + "cd", "ab" * 3, "ab" * 0, repr("ab" * -2), 3 * "-", "a" < "b", "Z" < "a", "apple" < "apples", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x"]))
print(sorted(["banana", "Apple", "cherry"], key=str.lower), max("hello"), min("hello"))
print("an" in "banana", "" in "", "x" not in "abc", "abc" == "abc", "abc" is not None)
for fn in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 2.0, lambda: "a" - "b", lambda: "a" < 1):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
