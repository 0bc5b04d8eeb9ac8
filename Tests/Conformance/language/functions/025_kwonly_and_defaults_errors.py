# rule: keyword-only parameters, parameter ordering rules and messages for repeated or missing keywords
def connect(host, port=80, *, timeout=10, retries):
    return f"{host}:{port} timeout={timeout} retries={retries}"
print(connect("a", retries=1), connect("b", 8080, retries=2, timeout=1))
for call in [lambda: connect("a"), lambda: connect("a", 1, 2), lambda: connect("a", port=1, retries=1, host="b"),
             lambda: connect(retries=3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def many(a, b, c, d):
    return a
try:
    many(1)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
