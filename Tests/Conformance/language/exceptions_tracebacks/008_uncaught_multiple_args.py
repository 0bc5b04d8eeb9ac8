# rule: an uncaught exception with several args prints the args tuple as its message
def check(x, low, high):
    if not low <= x <= high:
        raise ValueError("out of range", x, (low, high))
    return x

print(check(5, 0, 10))
check(11, 0, 10)
