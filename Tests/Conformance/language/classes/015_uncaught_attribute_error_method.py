# rule: an uncaught AttributeError inside a method prints its frame and a suggestion for a misspelled attribute
class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price):
        self.items.append((name, price))
        return self
    def total(self):
        return sum(price for _, price in self.itmes)

cart = Cart().add("pen", 1.5).add("ink", 4.0)
print(len(cart.items))
print(cart.total())
