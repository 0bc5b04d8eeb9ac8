# rule: continue skips to the next iteration; break only leaves the innermost loop; loop variables survive
results = []
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        results.append((i, j))
print(results)
print("i and j after loops:", i, j)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print("NameError:", e)
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of three:", count)
