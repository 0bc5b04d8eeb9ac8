# rule: bools are ints in arithmetic; and/or return an operand, not a bool
print(True + True, True * 10, -True, sum([True, False, True, True]), True / 2, ~True)
print(0 or "default", "" or [] or None, 5 and "five", [] and 1, None or 0, 3 or 1 / 0)
print(not 0, not [], not "x", not None, bool(0.0), bool(-0.0), bool(float("nan")), bool(" "))
calls = []
def probe(name, value):
    calls.append(name)
    return value
result = probe("a", 0) or probe("b", 2) and probe("c", 0) or probe("d", "end")
print(result, calls)
print(isinstance(True, int), type(True + 1).__name__, int(False), str(True), repr(False))
print(True == 1 == 1.0, True is 1 == 1, {True: "yes", 1: "one"}, {1: "one", True: "yes"})
