# rule: execution order of try/except/else/finally including return in finally and nested try
def trace(x):
    events = []
    try:
        events.append("try")
        try:
            events.append("inner-try")
            if x == 1:
                raise KeyError("inner")
            if x == 2:
                raise ValueError("escapes inner")
        except KeyError:
            events.append("inner-except")
        finally:
            events.append("inner-finally")
        events.append("after-inner")
    except ValueError:
        events.append("outer-except")
    else:
        events.append("outer-else")
    finally:
        events.append("outer-finally")
    return events
for x in (0, 1, 2):
    print(x, trace(x))
def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"
print(swallow())
