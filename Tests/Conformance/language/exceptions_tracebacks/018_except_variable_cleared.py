# rule: the `as` name of an except clause is deleted at the end of the clause
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def keep():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
s = keep()
print(type(s).__name__, s)
