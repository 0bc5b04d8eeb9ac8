# rule: functions stored in dicts and lists, registered by a decorator, and dispatched by name
COMMANDS = {}
def command(name=None):
    def register(func):
        COMMANDS[name or func.__name__] = func
        return func
    return register
@command()
def add(a, b):
    return a + b
@command("mul")
def multiply(a, b):
    return a * b
@command()
def neg(a):
    return -a
def run(line):
    name, *args = line.split()
    func = COMMANDS.get(name)
    if func is None:
        return f"unknown command {name!r}; known: {', '.join(sorted(COMMANDS))}"
    try:
        return func(*map(int, args))
    except TypeError as e:
        return f"bad call: {e}"
for line in ["add 2 3", "mul 4 5", "neg 7", "div 1 2", "add 1", "neg 1 2"]:
    print(f"{line:<10} => {run(line)}")
