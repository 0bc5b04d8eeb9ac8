# rule: class attributes are shared until shadowed by instance attributes; mutable class attribute pitfall
class Counter:
    instances = 0
    shared_log = []
    def __init__(self, name):
        Counter.instances += 1
        self.name = name
        self.shared_log.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.instances, a.instances, a.shared_log is b.shared_log, Counter.shared_log)
a.instances = 99
print(a.instances, b.instances, Counter.instances, a.instances is not b.instances)
del a.instances
print(a.instances)
Counter.instances = 0
print(b.instances, a.instances, b.name, hasattr(b, "shared_log"))
