# rule: an uncaught NotImplementedError raised from a base-class method called through a subclass
class Plugin:
    def run(self):
        return self.execute() * 2
    def execute(self):
        raise NotImplementedError(f"{type(self).__name__} must implement execute()")

class Doubler(Plugin):
    def execute(self):
        return 21

class Broken(Plugin):
    pass

for p in [Doubler(), Broken()]:
    print(type(p).__name__, p.run())
