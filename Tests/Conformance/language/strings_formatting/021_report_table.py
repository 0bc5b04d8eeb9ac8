# rule: a realistic aligned report built with format specs, joins and computed column widths
inventory = [
    ("Widget", 4, 2.5),
    ("Gadget extra long name", 12, 13.999),
    ("Doohickey", 0, 120.0),
    ("Thingamajig", 1000, 0.05),
]
name_w = max(len(n) for n, _, _ in inventory)
header = f"{'Item':<{name_w}}  {'Qty':>5}  {'Price':>8}  {'Total':>10}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in inventory:
    total = qty * price
    grand += total
    flag = " (out of stock)" if qty == 0 else ""
    print(f"{name:<{name_w}}  {qty:>5}  {price:>8.2f}  {total:>10,.2f}{flag}")
print("=" * len(header))
print(f"{'Grand total':<{name_w}}  {'':>5}  {'':>8}  {grand:>10,.2f}")
print(f"Average price: {sum(p for *_, p in inventory) / len(inventory):.3f}; items: {len(inventory)}")
