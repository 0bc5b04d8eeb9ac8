# rule: str.format with automatic, numbered and keyword fields, indexing, attributes and brace escapes
print("{} + {} = {}".format(2, 3, 5))
print("{0}{1}{0}".format("ab", "-"))
print("{name} has {count} items".format(name="cart", count=3))
print("{0[1]} {0[0]} {1[key]}".format(["x", "y"], {"key": "value"}))
class User:
    name = "grace"
    roles = ["admin", "dev"]
print("{u.name} {u.roles[1]} {u.name!r:>8}".format(u=User()))
print("{{literal}} {} {{{}}}".format("a", "b"))
print("{:>5}|{:<5}|{:^5}".format(1, 2, 3))
data = {"city": "Oslo", "temp": -3.5}
print("{city}: {temp:+.1f}C".format(**data), "{}-{}".format(*"xy"))
for bad, args, kwargs in [("{} {}", (1,), {}), ("{x}", (), {}), ("{0} {}", (1, 2), {}), ("{:d}", ("s",), {}), ("{", (), {})]:
    try:
        print(bad.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
