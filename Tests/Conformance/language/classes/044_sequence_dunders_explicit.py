# rule: explicit dunder calls on sequences: __add__/__mul__/__rmul__ raise the sequence TypeErrors (no NotImplemented), str/bytes have __mod__/__rmod__ (NotImplemented for a foreign left operand); the same dunders on strs holding lone surrogates
print([].__rmul__(2), 'ab'.__rmul__(2), b'x'.__mul__(3), b'a'.__add__(b'b'), b'%d'.__mod__(3), '%s'.__rmod__(5), 'x'.__rmod__('%s!'), (1,).__rmul__(2), hasattr([], '__mod__'), hasattr((), '__rmod__'))
for f in [lambda: [1].__rmul__('x'), lambda: 'a'.__mul__(1.5), lambda: 'a'.__add__(1), lambda: [].__add__(()), lambda: b'a'.__add__('x'), lambda: '%d'.__mod__('x'), lambda: b'a'.__rmod__(1), lambda: (1,).__mul__(True), lambda: 'ab'.__mul__(-1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = "\ud800"
print(repr(s.__add__("x")), repr(s.__mul__(2)), repr(s.__rmul__(2)), s.__lt__("\ue000"), s.__contains__(s), repr(s.__getitem__(0)), s.__ne__("\ufffd"), s.__len__())
print(repr(str.__add__("a", s)), repr(str.upper(s)), repr(str.join(s, "ab")), repr(s.__format__("^3")), repr(s.__mod__(())))
print(repr(("%s" % s).center(5)), repr(" ".join([s]*2)), repr(s.split()), repr(s.partition("x")), repr(s + s), s + s == s * 2)
print([repr(x) for x in ["a\ud800".rsplit("a")]], repr(dict.fromkeys([s, "b"])), repr({s}), repr([s]), repr((s,)))
