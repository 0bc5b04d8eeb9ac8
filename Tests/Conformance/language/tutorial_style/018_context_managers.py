# rule: with statements call __enter__/__exit__, suppress exceptions when __exit__ returns True, and nest
class Timer:
    def __init__(self, label, log):
        self.label = label
        self.log = log

    def __enter__(self):
        self.log.append(f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        self.log.append(f"exit {self.label} ({outcome})")
        return False


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught = exc
            return True
        return None


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        Resource.opened.remove(self.name)


log = []
with Timer("outer", log) as t:
    with Timer("inner", log):
        log.append(f"work in {t.label}")
print(log)
log.clear()
try:
    with Timer("failing", log):
        {}["missing"]
except KeyError as e:
    print("KeyError escaped:", e)
print(log)
with Suppress(ZeroDivisionError, ValueError) as s:
    int("twelve")
print("suppressed:", repr(s.caught))
with Suppress(ZeroDivisionError) as s:
    pass
print("nothing caught:", s.caught)
with Resource("db") as a, Resource("cache") as b:
    print(a, b, Resource.opened)
print("after:", Resource.opened)
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


def first_line(lines):
    with Timer("reader", log):
        for line in lines:
            return line.strip()


log.clear()
print(first_line(["  hello  ", "world"]), log)
with Timer("final", log):
    raise ValueError("boom")
