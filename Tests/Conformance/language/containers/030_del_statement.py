# rule: del on names, list items, slices, dict keys and attributes; NameError/KeyError after deletion
x = 10
lst = [0, 1, 2, 3, 4, 5]
d = {"a": 1, "b": 2}
del lst[1], lst[-1]
del d["a"]
print(lst, d)
del lst[1:3]
print(lst)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class Box:
    pass
b = Box()
b.v = 1
del b.v
try:
    del b.v
except AttributeError as e:
    print("AttributeError:", e)
a, c = 1, 2
del (a, c)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
print(lst)
