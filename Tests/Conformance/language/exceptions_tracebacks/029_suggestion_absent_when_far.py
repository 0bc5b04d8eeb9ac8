# rule: no "Did you mean" is printed when no name is close enough
inventory = {"apples": 3}
quantity = 4
print(inventory["apples"] + quantity)
print(totally_unrelated_name)
