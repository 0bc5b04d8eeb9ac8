# rule: format() and f-strings call __format__; object.__format__ rejects non-empty specs
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = self.cents / 100
        if spec == "short":
            return f"${value:.0f}"
        return f"${value:{spec or ',.2f'}}"
    def __str__(self):
        return f"Money({self.cents})"
m = Money(123456)
print(format(m), format(m, "short"), f"{m}", f"{m:>12,.2f}", str(m), f"{m!s}", "{:short}".format(m))
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>8}")
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)
for value, spec in [("abc", "d"), (1.5, "d"), (10, "s"), ([1], "x")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
