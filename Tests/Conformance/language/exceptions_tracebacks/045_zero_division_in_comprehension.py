# rule: an uncaught ZeroDivisionError inside a list comprehension shows the <listcomp> frame and carets
data = {"a": (10, 2), "b": (9, 3), "c": (1, 0)}
rates = [num / den for num, den in data.values()]
print(rates)
