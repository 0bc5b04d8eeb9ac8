# rule: sys.stderr writes lone surrogates backslash-escaped (print(file=sys.stderr) and the uncaught exception's message) where stdout would raise UnicodeEncodeError
import sys
print("x\udc80", "\ud800y", sep="\udfff", file=sys.stderr)
print("out ok")
try:
    raise KeyError("k\ud800")
except KeyError as e:
    print(repr(e), repr(str(e)))
raise ValueError("bad \ud800 value")
