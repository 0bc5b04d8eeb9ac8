# rule: % formatting errors: argument count mismatches and wrong types, with CPython's messages
cases = [
    ("'%d %d' % (1,)", lambda: "%d %d" % (1,)),
    ("'%d' % (1, 2)", lambda: "%d" % (1, 2)),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("'%f' % 'x'", lambda: "%f" % "x"),
    ("'%(a)s' % (1,)", lambda: "%(a)s" % (1,)),
    ("'%(a)s' % {}", lambda: "%(a)s" % {}),
    ("'%z' % 1", lambda: "%z" % 1),
    ("'%c' % 'ab'", lambda: "%c" % "ab"),
    ("'%x' % 1.5", lambda: "%x" % 1.5),
    ("'hello' % 5", lambda: "hello" % 5),
    ("'%s %s' % [1, 2]", lambda: "%s %s" % [1, 2]),
]
for text, fn in cases:
    try:
        print(text, "->", repr(fn()))
    except (TypeError, ValueError, KeyError) as e:
        print(text, "->", type(e).__name__, e)
