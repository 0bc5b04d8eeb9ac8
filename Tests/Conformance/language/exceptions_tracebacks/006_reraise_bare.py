# rule: a bare raise in an except block re-raises with the original traceback (frames of the first raise)
def risky(n):
    return [1, 2, 3][n]

def wrapper(n):
    try:
        return risky(n)
    except IndexError:
        print("logging the error for", n)
        raise

print(wrapper(1))
wrapper(7)
