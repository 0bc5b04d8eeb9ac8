# rule: an uncaught TypeError inside a generator after send() shows both frames
def averager():
    total, count = 0, 0
    while True:
        value = yield (total / count if count else None)
        total += value
        count += 1

avg = averager()
next(avg)
print(avg.send(10), avg.send(20))
print(avg.send("30"))
