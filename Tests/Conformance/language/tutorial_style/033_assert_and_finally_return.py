# rule: assert messages, finally overriding return, else on try, and an uncaught AssertionError traceback
def check_order(order):
    assert isinstance(order, dict), f"order must be a dict, got {type(order).__name__}"
    assert order.get("qty", 0) > 0, "quantity must be positive"
    return True


def risky(n):
    try:
        if n == 0:
            raise ZeroDivisionError("n is zero")
        value = 10 / n
    except ZeroDivisionError as e:
        print("  handled:", e)
        return "error"
    else:
        print("  no error, value", value)
        return "ok"
    finally:
        print(f"  finally for n={n}")


def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"


def cleanup_order():
    events = []
    for i in range(3):
        try:
            if i == 1:
                continue
            events.append(f"body {i}")
        finally:
            events.append(f"finally {i}")
    return events


for o in ({"qty": 2}, {"qty": 0}, ["qty"]):
    try:
        print(check_order(o))
    except AssertionError as e:
        print("AssertionError:", e)
print(risky(5), risky(0))
print(finally_wins(), cleanup_order())
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args)


def apply_discount(price, pct):
    assert 0 <= pct <= 100, f"bad discount {pct}%"
    return round(price * (1 - pct / 100), 2)


print(apply_discount(80, 25))
print(apply_discount(80, 125))
