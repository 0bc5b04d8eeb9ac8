# rule: except* splits an ExceptionGroup by type; unmatched parts are re-raised; handlers run once per type
def run(errors):
    try:
        raise ExceptionGroup("batch", errors)
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
run([ValueError("a"), KeyError("k"), ValueError("b")])
run([KeyError("only")])
try:
    run([TypeError("t"), ValueError("v")])
except ExceptionGroup as eg:
    print("left over:", eg.message, [type(e).__name__ for e in eg.exceptions])
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(str(eg), len(eg.exceptions), repr(eg.subgroup(TypeError)))
