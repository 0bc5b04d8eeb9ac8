# rule: nested loops with break/else to search a table, and loop variable values after loops
table = [["ann", 3], ["bob", 0], ["cy", 5]]
for needle in ["bob", "dan"]:
    for row_index, (name, qty) in enumerate(table):
        if name == needle:
            print(needle, "found at row", row_index, "qty", qty)
            break
    else:
        print(needle, "not found after", row_index + 1, "rows")
found = None
for row in table:
    for cell in row:
        if cell == 5:
            found = row
            break
    if found:
        break
print("found", found, "last cell", cell)
total = 0
for i in range(10, 0, -2):
    total += i
print(total, i)
