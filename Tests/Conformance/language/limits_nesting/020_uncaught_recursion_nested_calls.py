# rule: an uncaught RecursionError after a few distinct frames prints them before the folded repeated frame
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1) + ""

def start(n):
    print("starting", n)
    return countdown(n)

print(start(10))
print(start(-1))
