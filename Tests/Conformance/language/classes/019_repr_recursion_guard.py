# rule: __repr__ calling repr on containers with the object inside; class reprs and default module names
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    def add(self, node):
        self.children.append(node)
        return node
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
print(root)
print(repr(Node), repr(int), str(Node), Node.__module__, type(root).__module__)
