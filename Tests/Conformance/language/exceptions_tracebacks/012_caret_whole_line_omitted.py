# rule: no caret line is printed when the failing expression spans the whole source line
def fail():
    raise ValueError("boom")

def call_it():
    fail()

call_it()
