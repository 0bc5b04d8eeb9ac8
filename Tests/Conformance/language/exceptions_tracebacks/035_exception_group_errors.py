# rule: ExceptionGroup construction rules and BaseExceptionGroup/ExceptionGroup class selection
for args in [("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = BaseExceptionGroup("mixed", [ValueError(1)])
print(type(g).__name__, repr(g))
h = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(h).__name__, repr(h), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError:
    print("handled with except*")
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", repr(eg))
