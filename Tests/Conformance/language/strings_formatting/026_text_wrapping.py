# rule: manual word wrapping and justification with len, join and ljust produce a fixed layout
text = ("Asynchronous programming lets a single thread juggle many waiting tasks: "
        "while one task waits for the network, the event loop runs another.")
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        candidate = word if not line else line + " " + word
        if len(candidate) > width and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines
for width in (20, 35):
    print(f"--- width {width}")
    for line in wrap(text, width):
        print("|" + line.ljust(width) + "|")
print("--- justified")
for line in wrap(text, 30):
    words = line.split()
    gaps = len(words) - 1
    spaces = 30 - sum(len(w) for w in words)
    if gaps == 0:
        print(line)
        continue
    q, r = divmod(spaces, gaps)
    print("".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(words[:-1])) + words[-1])
