# rule: f-string format specs nested two levels deep are a SyntaxError
width, prec = 10, 2
print(f"{3.14159:{width}.{prec}f}")
print(f"{3.14159:{width:{prec}}}")
