# Method calls and attribute access on instances of a small class hierarchy.
class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by):
        self.count += by
        return self


class StepCounter(Counter):
    def bump(self, by):
        return super().bump(by * 2)


counters = [Counter(), StepCounter()]
for i in range(600_000):
    counters[i & 1].bump(1)
print([c.count for c in counters])
