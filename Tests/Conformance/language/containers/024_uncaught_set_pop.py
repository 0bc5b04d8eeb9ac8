# rule: an uncaught KeyError from set.pop on an empty set
pending = {4, 8, 15}
while True:
    job = pending.pop()
    print("processing", job)
