# rule: an uncaught ValueError from int() on bad input ends the run with status 1 and a traceback
lines = ["12", "7", " 30 ", "4O", "5"]
total = 0
for line in lines:
    total += int(line)
    print("running total", total)
