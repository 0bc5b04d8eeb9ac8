# rule: the default= hook converts unknown objects; its errors propagate; nested objects are converted recursively
import json
class Money:
    def __init__(self, cents):
        self.cents = cents
class Order:
    def __init__(self, oid, items):
        self.oid, self.items = oid, items
def encode(o):
    if isinstance(o, Money):
        return f"{o.cents / 100:.2f} EUR"
    if isinstance(o, Order):
        return {"id": o.oid, "items": o.items}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
order = Order(7, [{"sku": "A1", "price": Money(1999)}, {"sku": "B2", "price": Money(5)}])
print(json.dumps(order, default=encode))
print(json.dumps({"tags": {3, 1, 2}}, default=encode))
print(json.dumps([1, Money(100)], default=encode, indent=1))
try:
    json.dumps({"bad": range(3)}, default=encode)
except TypeError as e:
    print("TypeError:", e)
