# rule: the recursion limit counts all active frames: starting deeper leaves fewer frames for recursion
def probe(n=0):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
def nest(levels):
    if levels == 0:
        return probe()
    return nest(levels - 1)
print("from module:", probe())
print("from 10 frames down:", nest(10))
print("from 100 frames down:", nest(100))
class Walker:
    def step(self, n):
        try:
            return self.step(n + 1)
        except RecursionError:
            return n
print("method recursion:", Walker().step(0))
gen_depth = 0
def chain(n):
    global gen_depth
    gen_depth = n
    yield from chain(n + 1)
try:
    next(chain(0))
except RecursionError as e:
    print("yield from chain:", gen_depth, e)
