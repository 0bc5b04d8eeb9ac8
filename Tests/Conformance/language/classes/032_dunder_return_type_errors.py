# rule: dunders returning the wrong type raise TypeError with CPython's messages (__str__, __repr__, __len__, __bool__, __format__, __iter__)
class BadStr:
    def __str__(self):
        return 42
class BadRepr:
    def __repr__(self):
        return None
class BadLen:
    def __len__(self):
        return "3"
class HugeLen:
    def __len__(self):
        return 2 ** 100
class BadFormat:
    def __format__(self, spec):
        return 1
class BadIter:
    def __iter__(self):
        return [1, 2]
class BadHash:
    def __hash__(self):
        return "h"
tests = [("str(BadStr())", lambda: str(BadStr())), ("repr(BadRepr())", lambda: repr(BadRepr())),
         ("len(BadLen())", lambda: len(BadLen())), ("len(HugeLen())", lambda: len(HugeLen())),
         ("format(BadFormat())", lambda: format(BadFormat())), ("iter(BadIter())", lambda: iter(BadIter())),
         ("hash(BadHash())", lambda: hash(BadHash())), ("print(BadStr())", lambda: print(BadStr())),
         ("f'{BadFormat()}'", lambda: f"{BadFormat()}"), ("bool(BadLen())", lambda: bool(BadLen()))]
for text, fn in tests:
    try:
        fn()
    except (TypeError, OverflowError) as e:
        print(f"{text:<22} {type(e).__name__}: {e}")
