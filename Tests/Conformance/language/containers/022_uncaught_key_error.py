# rule: an uncaught KeyError prints the repr of the key as its message
inventory = {"apples": 3, "pears": 0}
orders = [("apples", 1), ("pears", 2), ("plums", 1)]
for fruit, qty in orders:
    left = inventory[fruit] - qty
    print(fruit, "left:", left)
