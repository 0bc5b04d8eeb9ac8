# rule: raise ... from None hides the context; __cause__/__context__/__suppress_context__ values
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"unknown key {key}") from None

try:
    lookup({}, "a")
except LookupError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
lookup({"b": 1}, "c")
