# rule: ExceptionGroup.split/subgroup take a type, a tuple or a predicate (called on groups too), derive new groups and keep whole matches
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + " (part)", excs)


class Plain(ExceptionGroup):
    pass


eg = ExceptionGroup("batch", [ValueError(1), KeyError(2), ExceptionGroup("inner", [TypeError(3), ValueError(4)])])
seen = []


def pred(e):
    seen.append(type(e).__name__)
    return isinstance(e, ValueError)


print(repr(eg.subgroup(pred)))
print(seen)
m, r = eg.split((ValueError, KeyError))
print(repr(m), "|", repr(r))
whole, none = eg.split(ExceptionGroup)
print(whole is eg, none)
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(lambda e: False))
all_leaves, _ = ExceptionGroup("x", [ValueError(0)]).split(ValueError)
print(repr(all_leaves), all_leaves.message)
print(repr(Tagged("mine", [ValueError(1), TypeError(2)]).split(ValueError)))
print(repr(Plain("p", [ValueError(1), KeyError(2)]).split(ValueError)))
print(repr(Plain("p", [ValueError(1)]).derive([KeyboardInterrupt()])))
eg.add_note("retry later")
try:
    raise eg
except ExceptionGroup as caught:
    part = caught.subgroup(KeyError)
    print(part.__notes__, part.__traceback__ is caught.__traceback__)
for bad in (5, int, (ValueError, 3)):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
