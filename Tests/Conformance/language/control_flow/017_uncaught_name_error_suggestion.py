# rule: an uncaught NameError for a misspelled local prints "Did you mean" in the traceback only
def summarize(numbers):
    count = len(numbers)
    total = sum(numbers)
    return totl / count

try:
    summarize([1, 2])
except NameError as e:
    print("str(e):", e)
    print("args:", e.args, "name:", e.name)
print(summarize([1, 2, 3]))
