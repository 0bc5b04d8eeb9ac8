# rule: an unexpected indent is an IndentationError pointing at the indented line
count = 0
    count += 1
print(count)
