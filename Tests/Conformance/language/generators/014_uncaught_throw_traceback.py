# rule: the traceback of an exception thrown into a generator and not handled shows the yield line
def consumer():
    total = 0
    while True:
        item = yield total
        total += item

c = consumer()
next(c)
print(c.send(5), c.send(7))
c.throw(ValueError("sensor offline"))
