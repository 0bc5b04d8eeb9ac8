# rule: every builtin exception class exists with CPython's bases; IOError and EnvironmentError are OSError
def lineage(cls):
    names = []
    while cls is not object:
        names.append(cls.__name__)
        cls = cls.__base__
    return " < ".join(names)


for cls in (BlockingIOError, ChildProcessError, InterruptedError, IsADirectoryError, NotADirectoryError,
            ProcessLookupError, UnicodeTranslateError, SyntaxWarning, FutureWarning,
            PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
            EncodingWarning):
    print(lineage(cls))
print(IOError is OSError, EnvironmentError is OSError, IOError, repr(IOError("disk")))
print(__debug__, issubclass(IsADirectoryError, OSError), isinstance(SyntaxWarning("w"), Warning))


def read_config(path):
    if path.endswith("/"):
        raise IsADirectoryError(f"{path} is a directory")
    raise FileNotFoundError(f"no such file: {path}")


for p in ("conf/", "app.ini"):
    try:
        read_config(p)
    except IOError as e:
        print(f"{type(e).__name__} caught as IOError: {e}")
try:
    raise ProcessLookupError("no such process")
except EnvironmentError as e:
    print("EnvironmentError catches", type(e).__name__)
raise NotADirectoryError("not a folder")
