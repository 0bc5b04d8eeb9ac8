# rule: a small inventory with a class hierarchy, properties, class methods and __str__/__repr__
class Item:
    tax_rate = 0.2
    count = 0

    def __init__(self, name, price, qty=0):
        self.name = name
        self._price = price
        self.qty = qty
        Item.count += 1

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"price cannot be negative: {value}")
        self._price = value

    @property
    def total(self):
        return round(self.price * self.qty * (1 + self.tax_rate), 2)

    @classmethod
    def from_string(cls, text):
        name, price, qty = text.split(";")
        return cls(name.strip(), float(price), int(qty))

    @staticmethod
    def is_valid_name(name):
        return name.isidentifier()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, qty={self.qty})"

    def __str__(self):
        return f"{self.name} x{self.qty} @ {self.price:.2f}"


class Food(Item):
    tax_rate = 0.05

    def __init__(self, name, price, qty=0, expires="never"):
        super().__init__(name, price, qty)
        self.expires = expires

    def __str__(self):
        return super().__str__() + f" (expires {self.expires})"


stock = [
    Item("lamp", 19.99, 3),
    Food("bread", 2.5, 10, "monday"),
    Item.from_string("desk ; 120 ; 1"),
    Food.from_string("milk;1.2;6"),
]
for it in stock:
    print(f"{str(it):<40} total={it.total:>8.2f}")
print(repr(stock[2]), repr(stock[3]))
print("items created:", Item.count, "| foods:", sum(isinstance(i, Food) for i in stock))
print("grand total:", round(sum(i.total for i in stock), 2))
stock[0].price = 17.5
print(stock[0], stock[0].total)
try:
    stock[1].price = -1
except ValueError as e:
    print("rejected:", e)
print([Item.is_valid_name(n) for n in ("lamp", "2desk", "big_desk")])
print(sorted(stock, key=lambda i: i.total)[0].name, max(stock, key=lambda i: i.qty).name)
print(type(stock[1]).__mro__[1].__name__, issubclass(Food, Item), hasattr(stock[0], "expires"))
