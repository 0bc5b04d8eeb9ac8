# rule: a small inventory class built on dicts and lists, with sorted reports and error handling
class Inventory:
    def __init__(self):
        self.stock = {}
        self.log = []
    def add(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty
        self.log.append(("add", item, qty))
    def remove(self, item, qty):
        have = self.stock.get(item, 0)
        if qty > have:
            raise ValueError(f"only {have} {item} left, asked for {qty}")
        self.stock[item] = have - qty
        if self.stock[item] == 0:
            del self.stock[item]
        self.log.append(("remove", item, qty))
    def report(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.stock.items()))
inv = Inventory()
for item, qty in [("bolt", 100), ("nut", 50), ("washer", 7), ("bolt", 20)]:
    inv.add(item, qty)
inv.remove("washer", 7)
try:
    inv.remove("nut", 60)
except ValueError as e:
    print("error:", e)
print(inv.report())
print(inv.log)
print(len(inv.log), sum(q for op, _, q in inv.log if op == "add"))
