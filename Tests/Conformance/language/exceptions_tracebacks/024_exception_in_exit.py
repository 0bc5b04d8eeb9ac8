# rule: an exception raised by __exit__ replaces the body's exception, which appears as context
class Transaction:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("rollback because of", exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            raise RuntimeError("rollback failed")
        return False

with Transaction():
    print("work ok")
with Transaction():
    {}["missing"]
