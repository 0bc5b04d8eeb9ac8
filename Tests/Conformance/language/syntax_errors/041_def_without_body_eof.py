# rule: a function header at end of file reports "expected an indented block after function definition on line N"
def helper():
    return 1

def unfinished(x):
