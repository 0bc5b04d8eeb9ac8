# rule: getattr/setattr/hasattr builtins with defaults and error messages
class Config:
    debug = False
    def __init__(self):
        self.level = 1
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"), hasattr(c, "level"), hasattr(c, "nope"))
setattr(c, "level", 5)
setattr(c, "new_field", [1])
print(c.level, c.new_field, hasattr(c, "new_field"))
del c.new_field
print(hasattr(c, "new_field"), getattr(c, "new_field", None))
for fn in (lambda: getattr(c, "missing"), lambda: setattr(c, "debug", getattr(c, "nodebug")), lambda: getattr(c, 5), lambda: setattr(5, "x", 1)):
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for name in ["level", "debug", "__class__"]:
    print(name, getattr(c, name))
