# rule: dispatching with dicts of functions and if-chains; lambda defaults capture loop values
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
def evaluate(tokens):
    stack = []
    for tok in tokens:
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack.pop()
print(evaluate("3 4 + 2 *".split()), evaluate("10 4 /".split()), evaluate("2.5 2 * 1 -".split()))
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
handlers = []
for name in ["start", "stop"]:
    def handler(event, name=name):
        return f"{name} handled {event}"
    handlers.append(handler)
print([h("click") for h in handlers])
