# rule: a generator that yields after GeneratorExit makes close() raise RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit, yielding anyway")
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  exiting politely")
        raise
p = polite()
next(p)
p.close()
p.close()
print("closing an unstarted generator is silent:", polite().close())
