# rule: exception args are settable; custom attributes; str() after changing args; with_traceback(None) keeps type
e = ValueError("first")
e.args = ("changed", 2)
print(str(e), repr(e))
class HttpError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(f"{status} {reason}")
        self.status = status
try:
    raise HttpError(404, "Not Found")
except HttpError as err:
    print(err.status, err, err.args, repr(err))
try:
    raise HttpError(500)
except Exception as err:
    print(type(err).__name__, err, isinstance(err, HttpError))
k = KeyError("missing")
print(str(k), repr(k), str(KeyError("a", "b")), str(IndexError()), repr(StopIteration()))
