# rule: dict views are live, support set ops; | and |= merge with right-hand precedence
prices = {"apple": 3, "pear": 4, "fig": 10}
keys = prices.keys()
vals = prices.values()
items = prices.items()
prices["kiwi"] = 2
print(keys, vals, items)
print(len(keys), "fig" in keys, 10 in vals, ("fig", 10) in items)
print(sorted(keys & {"fig", "plum"}), sorted(keys - {"apple"}), sorted(keys | {"z"}))
extra = {"fig": 11, "lime": 1}
print(prices | extra)
print(extra | prices)
prices |= extra
print(prices)
print(list(reversed(prices)), list(reversed(prices.items()))[:2])
print({k: v for k, v in prices.items() if v > 3}, max(prices, key=prices.get), sorted(prices.items(), key=lambda kv: kv[1]))
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
