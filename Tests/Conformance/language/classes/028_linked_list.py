# rule: a linked list class with __iter__ generator, __len__, __repr__, __getitem__ with negative indices
class LinkedList:
    class _Node:
        def __init__(self, value, nxt=None):
            self.value, self.next = value, nxt
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)
    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"
ll = LinkedList([1, "two", 3.0])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], list(ll), 3.0 in ll, LinkedList())
try:
    ll[9]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList._Node.__qualname__)
