# rule: truth testing calls __bool__, then __len__; __bool__ must return bool
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on
class Plain:
    pass
print(bool(Empty()), bool(Full()), bool(Flag(True)), bool(Plain()), not Flag(False))
if Flag(True) and Full():
    print("both truthy")
print([x for x in [Empty(), Full(), Flag(False)] if x].__len__())
class Bad:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
for obj in (Bad(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
