# rule: generator state transitions are observable through behaviour: running, suspended, finished
def stepper():
    yield "first"
    yield "second"
g = stepper()
print(next(g))
print(next(g))
print(next(g, "done"))
print(next(g, "still done"))
def self_reference():
    yield next(me)
me = self_reference()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def returns_early(flag):
    if flag:
        return "early"
    yield "value"
print(list(returns_early(True)), list(returns_early(False)))
try:
    next(returns_early(True))
except StopIteration as e:
    print("StopIteration value:", e.value)
