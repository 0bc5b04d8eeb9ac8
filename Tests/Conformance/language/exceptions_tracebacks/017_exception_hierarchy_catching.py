# rule: except clauses catch subclasses: LookupError covers KeyError/IndexError, ArithmeticError covers ZeroDivisionError
def attempt(fn):
    try:
        fn()
    except LookupError as e:
        return f"LookupError branch: {type(e).__name__}({e})"
    except ArithmeticError as e:
        return f"ArithmeticError branch: {type(e).__name__}({e})"
    except (TypeError, ValueError) as e:
        return f"TypeError/ValueError branch: {type(e).__name__}"
    except Exception as e:
        return f"Exception branch: {type(e).__name__}"
    else:
        return "no error"
for fn in (lambda: {}["k"], lambda: [][1], lambda: 1 / 0, lambda: 2.0 ** 5000, lambda: int("x"), lambda: None + 1,
           lambda: [].foo, lambda: None):
    print(attempt(fn))
for cls in (KeyError, IndexError, ZeroDivisionError, OverflowError, RecursionError, NotImplementedError,
            UnboundLocalError, StopIteration, GeneratorExit, KeyboardInterrupt, TimeoutError, MemoryError):
    print(cls.__name__, issubclass(cls, Exception), [b.__name__ for b in (LookupError, ArithmeticError, RuntimeError, NameError) if issubclass(cls, b)])
