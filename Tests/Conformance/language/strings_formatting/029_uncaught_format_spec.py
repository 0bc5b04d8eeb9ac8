# rule: an uncaught ValueError from a bad format spec in an f-string inside a loop
prices = {"tea": 2.5, "cake": 4.25, "note": "free"}
for name, price in prices.items():
    print(f"{name:<6}{price:>8.2f}")
