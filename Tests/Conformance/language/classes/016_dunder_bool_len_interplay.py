# rule: objects in if/while/not/and/or use __bool__ before __len__, default instances are truthy
class Queue:
    def __init__(self, items=()):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def pop(self):
        return self.items.pop(0)
q = Queue([1, 2, 3])
while q:
    print("pop", q.pop(), "left", len(q))
print(bool(q), not q, q or "empty queue", Queue([0]) and "non-empty")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()), "falsy" if not Both() else "truthy")
