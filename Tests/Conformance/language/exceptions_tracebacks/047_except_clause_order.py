# rule: the first matching except clause wins (base before subclass shadows it); else runs only without exceptions; errors in else propagate
def classify(fn):
    try:
        fn()
    except Exception as e:
        return "Exception caught " + type(e).__name__
    except KeyError:
        return "never reached"
    else:
        return "no error"
print(classify(lambda: {}["x"]), classify(lambda: None))
def with_else(x):
    try:
        value = 10 // x
    except ZeroDivisionError:
        return "zero"
    else:
        return [value][x]
print(with_else(0))
try:
    with_else(5)
except IndexError as e:
    print("IndexError from else clause:", e)
try:
    try:
        raise ValueError("first")
    except (KeyError, ValueError) as e:
        print("tuple clause caught", repr(e))
        raise
except ValueError as e:
    print("re-raised", repr(e))
