# rule: super() chains through several levels, including in __repr__ and class methods
class Base:
    def __init__(self):
        self.log = ["Base"]
    def describe(self):
        return "base"
    @classmethod
    def kind(cls):
        return f"kind of {cls.__name__}"
class Middle(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Middle")
    def describe(self):
        return "middle+" + super().describe()
class Leaf(Middle):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def describe(self):
        return "leaf+" + super().describe()
    @classmethod
    def kind(cls):
        return "leaf's " + super().kind()
x = Leaf()
print(x.log, x.describe(), Leaf.kind(), Middle.kind())
print(Middle().describe(), Middle().log, Base().describe())
