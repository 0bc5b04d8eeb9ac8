# rule: an error inside an except handler within a loop shows the original error as context
records = ["10", "x", "30"]
total = 0
for r in records:
    try:
        total += int(r)
    except ValueError:
        print("bad record", r, "- counting as", skipped_value)
print(total)
