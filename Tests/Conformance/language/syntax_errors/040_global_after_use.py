# rule: using a name before its global declaration in the same function is a SyntaxError
counter = 0
def bump():
    counter_copy = counter
    global counter
    counter += 1
