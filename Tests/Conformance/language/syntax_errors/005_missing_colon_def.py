# rule: a missing colon after a def header reports "expected ':'"
def greet(name)
    return "hi " + name
