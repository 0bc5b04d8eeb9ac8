# rule: an error in an expression continued with a backslash shows only the first physical line, carets to its end
def total(a, b):
    result = a + \
        b
    return result

print(total(1, 2))
total(1, "x")
