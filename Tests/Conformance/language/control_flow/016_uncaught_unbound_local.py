# rule: an uncaught UnboundLocalError from a name assigned later in the function
total = 100

def apply_discount(percent):
    if percent > 50:
        total = total * 0.5
    return total * (1 - percent / 100)

print(apply_discount(10))
print(apply_discount(60))
