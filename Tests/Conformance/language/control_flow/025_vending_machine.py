# rule: a vending machine simulation: nested ifs, loops over input events, dict state and formatted receipts
PRICES = {"A1": 125, "A2": 90, "B1": 250}
events = [("coin", 100), ("coin", 25), ("select", "A1"), ("coin", 200), ("select", "B1"), ("coin", 100),
          ("select", "Z9"), ("select", "B1"), ("refund", None)]
credit = 0
sold = []
for kind, value in events:
    if kind == "coin":
        if value not in (5, 10, 25, 50, 100, 200):
            print(f"rejected coin {value}")
            continue
        credit += value
        print(f"credit {credit / 100:.2f}")
    elif kind == "select":
        price = PRICES.get(value)
        if price is None:
            print(f"unknown item {value}")
        elif credit < price:
            print(f"{value} costs {price / 100:.2f}, insert {(price - credit) / 100:.2f} more")
        else:
            credit -= price
            sold.append(value)
            print(f"vend {value}; credit left {credit / 100:.2f}")
    elif kind == "refund":
        print(f"refund {credit // 100} x 1.00 and {credit % 100} cents")
        credit = 0
print("sold:", sold, "takings:", sum(PRICES[s] for s in sold) / 100)
