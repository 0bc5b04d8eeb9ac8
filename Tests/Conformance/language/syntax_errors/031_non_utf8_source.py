# rule: a non-UTF-8 byte in source without a coding declaration is a SyntaxError naming the byte and line
# This file is deliberately stored in Latin-1.
city = "Zürich"
print(city)
