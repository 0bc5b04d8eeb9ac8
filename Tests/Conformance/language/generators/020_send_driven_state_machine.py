# rule: a send()-driven parser keeps state across resumptions and reports tokens
def tokenizer():
    tokens = []
    current = ""
    while True:
        ch = yield tokens
        tokens = []
        if ch is None or ch == " ":
            if current:
                tokens.append(current)
                current = ""
            if ch is None:
                yield tokens
                return
        elif ch in "+-*/()":
            if current:
                tokens.append(current)
                current = ""
            tokens.append(ch)
        else:
            current += ch
t = tokenizer()
next(t)
out = []
for ch in "12+ab*(3 - x)":
    out.extend(t.send(ch))
out.extend(t.send(None))
print(out)
