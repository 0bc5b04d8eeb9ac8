# rule: an uncaught OverflowError from float exponentiation shows the binary-op carets
def grow(start, factor, years):
    value = start
    for year in range(years):
        value = value * factor ** year
        print(year, value)
    return value

grow(1.5, 10.0, 400)
