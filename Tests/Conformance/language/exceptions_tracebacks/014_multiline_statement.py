# rule: tracebacks for a failure inside a call spread over several lines show the first line of the expression
def build(name, size, tags):
    return {"name": name, "size": size + 0, "tags": tags}

item = build(
    "box",
    "large",
    ["a", "b"],
)
