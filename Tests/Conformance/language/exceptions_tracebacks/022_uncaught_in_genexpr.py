# rule: an exception inside a generator expression consumed by sum() shows the <genexpr> frame
prices = {"tea": 2.5, "cake": 4.0}
order = ["tea", "cake", "scone"]
print(sum(prices[item] for item in order[:2]))
print(sum(prices[item] for item in order))
