# rule: AttributeError "Did you mean" appears in the printed traceback only, never in str(e)
class Order:
    def __init__(self):
        self.quantity = 3
        self.unit_price = 9.5
    def total(self):
        return self.quantity * self.unit_price
o = Order()
try:
    o.quantiy
except AttributeError as e:
    print("str:", str(e))
    print("args:", e.args, e.name)
try:
    o.totl()
except AttributeError as e:
    print("str:", e)
print(o.total())
print(o.unit_prize)
