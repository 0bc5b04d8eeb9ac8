# rule: an uncaught RecursionError through __repr__ prints the repeated frames folded with "[Previous line repeated N more times]"
class Node:
    def __init__(self):
        self.parent = self
    def __repr__(self):
        return f"Node(parent={self.parent!r})"

n = Node()
print("created")
print(n)
