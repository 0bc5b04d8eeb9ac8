# rule: print() with sep, end, several argument types, no arguments, unpacked iterables and flush
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.5, None, True, [1], {"k": (1,)}, sep=" | ")
print(*range(5))
print(*"abc", sep=",")
print(*[], sep="x")
print("no newline", end="")
print(" ... continued", flush=True)
print("multi\nline", "text", sep="\n---\n")
print("", "", sep="[]")
print(end="")
print("tab\tseparated", "cols", sep="\t")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
