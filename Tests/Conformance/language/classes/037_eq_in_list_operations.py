# rule: list.remove/index/count and `in` use __eq__ of elements; identity is checked first
class Item:
    def __init__(self, sku, qty=1):
        self.sku, self.qty = sku, qty
    def __eq__(self, other):
        print(f"  compare {self.sku} with {getattr(other, 'sku', other)}")
        return isinstance(other, Item) and self.sku == other.sku
    def __repr__(self):
        return f"Item({self.sku!r}, {self.qty})"
cart = [Item("pen", 2), Item("ink"), Item("pad", 5)]
print(Item("ink") in cart)
print(cart.index(Item("pad")))
cart.remove(Item("pen", 99))
print(cart)
target = cart[0]
print(target in cart, cart.count(target))
print(cart == [Item("ink"), Item("pad")])
