# rule: inconsistent tabs and spaces in indentation raise TabError
def compute(values):
    total = 0
    for v in values:
	total += v
    return total
