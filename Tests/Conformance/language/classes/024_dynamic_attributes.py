# rule: attributes can be added to instances at any time; instance attributes shadow class attributes per object
class Settings:
    theme = "light"
    def __init__(self, user):
        self.user = user
a = Settings("ann")
b = Settings("bob")
a.theme = "dark"
a.font_size = 14
print(a.user, a.theme, a.font_size, b.theme, Settings.theme, hasattr(b, "font_size"))
Settings.theme = "sepia"
print(a.theme, b.theme)
del a.theme
print(a.theme, getattr(a, "font_size", None), getattr(b, "font_size", "default"))
try:
    b.font_size
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.theme
except AttributeError as e:
    print("AttributeError:", e)
print(a.__class__.__name__, a.__class__ is Settings, type(a) is type(b))
