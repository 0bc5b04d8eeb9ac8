# rule: function attributes: __name__, __qualname__, __doc__, __module__, custom attributes
def outer():
    def inner(a, b=2, *, c=3):
        """Inner function."""
        return a + b + c
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f(1, c=0))
f.tag = "custom"
print(f.tag, f(1), outer.__doc__)
class K:
    def method(self):
        "Method doc."
    @staticmethod
    def stat():
        pass
print(K.method.__qualname__, K.stat.__qualname__, K.method.__doc__, (lambda: 0).__name__)
