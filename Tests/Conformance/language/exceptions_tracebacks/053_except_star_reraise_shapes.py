# rule: after except* clauses, re-raised matches go back into the original group's shape and new exceptions are grouped with them in ExceptionGroup('', [...])
def run(label, make, handler):
    try:
        handler(make())
    except BaseException as e:
        print(label, "->", repr(e))
        if isinstance(e, BaseExceptionGroup):
            print("   message:", repr(e.message), "leaves:", [repr(x) for x in e.exceptions])
def nested():
    return ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), ValueError(3)]), TypeError(4)])
def reraise_values(eg):
    try:
        raise eg
    except* ValueError:
        raise
def reraise_all(eg):
    try:
        raise eg
    except* ValueError:
        raise
    except* KeyError:
        raise
def new_and_reraise(eg):
    try:
        raise eg
    except* ValueError:
        raise RuntimeError("replaced values")
    except* KeyError:
        raise
def two_new(eg):
    try:
        raise eg
    except* ValueError:
        raise RuntimeError("one")
    except* (KeyError, TypeError):
        raise IndexError("two")
def handle_some(eg):
    try:
        raise eg
    except* ValueError:
        print("   handled values")
def raise_from(eg):
    try:
        raise eg
    except* TypeError as t:
        raise LookupError("from") from t
run("reraise values", nested, reraise_values)
run("reraise all", nested, reraise_all)
run("new and reraise", nested, new_and_reraise)
run("two new", nested, two_new)
run("handle some", nested, handle_some)
run("raise from", nested, raise_from)
run("naked reraised", lambda: ValueError("naked"), reraise_values)
run("naked replaced", lambda: ValueError("naked"), new_and_reraise)
run("base group", lambda: BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(5)]), new_and_reraise)
try:
    try:
        raise ExceptionGroup("top", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("in handler")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
try:
    raise ExceptionGroup("uncaught", [ValueError(1), KeyError(2)])
except* ValueError:
    raise RuntimeError("replacement")
