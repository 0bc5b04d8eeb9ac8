# rule: default values are evaluated once at def time; keyword arguments; mutable default pitfall
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
stamp = 10
def show(x=stamp):
    return x
stamp = 20
print(show(), append_to(5), show.__name__)
