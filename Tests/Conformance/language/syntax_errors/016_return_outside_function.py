# rule: return at module level is a SyntaxError "'return' outside function"
total = 0
for n in range(3):
    total += n
return total
