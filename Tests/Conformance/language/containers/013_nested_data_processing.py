# rule: processing nested lists/dicts of records: grouping, aggregation and sorted reports
orders = [
    {"id": 1, "customer": "ann", "items": [("pen", 2, 1.5), ("book", 1, 12.0)]},
    {"id": 2, "customer": "bob", "items": [("pen", 10, 1.5)]},
    {"id": 3, "customer": "ann", "items": [("mug", 2, 7.25), ("pen", 1, 1.5)]},
    {"id": 4, "customer": "cat", "items": []},
]
by_customer = {}
for order in orders:
    total = sum(q * p for _, q, p in order["items"])
    by_customer.setdefault(order["customer"], []).append((order["id"], total))
for cust, entries in by_customer.items():
    print(cust, entries, "sum", sum(t for _, t in entries))
product_qty = {}
for order in orders:
    for name, qty, _ in order["items"]:
        product_qty[name] = product_qty.get(name, 0) + qty
print(sorted(product_qty.items(), key=lambda kv: -kv[1]))
print(max(orders, key=lambda o: len(o["items"]))["id"], [o["id"] for o in orders if not o["items"]])
print({o["id"]: [n for n, *_ in o["items"]] for o in orders})
