# rule: a three-level chain mixing implicit context and explicit cause prints all three tracebacks in order
def read_number(s):
    return int(s)

def read_settings(values):
    try:
        return [read_number(v) for v in values]
    except ValueError as e:
        raise TypeError("settings must be numeric") from e

def start():
    try:
        read_settings(["1", "x"])
    except TypeError:
        raise RuntimeError("startup failed")

start()
