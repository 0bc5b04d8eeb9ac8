# rule: an error raised inside a dict comprehension in a method shows the comprehension frame in the traceback
class PriceList:
    def __init__(self, rows):
        self.rows = rows

    def unit_prices(self):
        return {
            name: round(total / qty, 2)
            for name, total, qty in self.rows
        }

    def cheapest(self):
        prices = self.unit_prices()
        return min(prices, key=prices.get)


ok = PriceList([("tea", 12.0, 4), ("cake", 9.0, 3), ("jam", 7.5, 5)])
print(ok.unit_prices(), ok.cheapest())
squares = [n * n for n in range(6) if n % 2]
print(squares, {n: chr(65 + n) for n in range(3)}, sorted({len(w) for w in "a bb cc ddd".split()}))
bad = PriceList([("tea", 12.0, 4), ("free sample", 0.0, 0)])
print(bad.cheapest())
