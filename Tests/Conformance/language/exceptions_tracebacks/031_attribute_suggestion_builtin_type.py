# rule: AttributeError suggestions for builtin types (list.push -> append? no; str.lowercase) in the traceback
items = [1, 2]
try:
    items.push(3)
except AttributeError as e:
    print("str:", e)
text = "Hello"
try:
    text.uppper()
except AttributeError as e:
    print("str:", e)
d = {"a": 1}
try:
    d.iteritems()
except AttributeError as e:
    print("str:", e)
items.apend(4)
