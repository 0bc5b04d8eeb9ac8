# rule: a practical bug demo: shared default list vs None sentinel across several calls, with ids avoided
def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags
first = add_tag("a")
second = add_tag("b")
print(first, second, first is second)
def add_tag_fixed(tag, tags=None):
    tags = [] if tags is None else tags
    tags.append(tag)
    return tags
x = add_tag_fixed("a")
y = add_tag_fixed("b")
print(x, y, x is y)
def make_config(name, options={"debug": False}):
    options = dict(options)
    options["name"] = name
    return options
print(make_config("a"), make_config("b", {"debug": True}), make_config("c"))
