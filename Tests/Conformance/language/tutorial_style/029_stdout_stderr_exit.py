# rule: print to sys.stderr, sep/end, sys.stdout.write; sys.exit with a message prints it to stderr and exits 1
import sys


ANSWERS = {"Your name? ": "", "How many? ": "3"}


def ask(prompt, default):
    answer = ANSWERS.get(prompt)
    print(prompt + (answer or f"(empty, using {default!r})"))
    return answer or default


name = ask("Your name? ", "stranger")
count = int(ask("How many? ", "3"))
print(f"Hello, {name}! " * count)
print("warning: running without a terminal", file=sys.stderr)
print("values:", *range(3), sep=" | ", end=" <end>\n")
print("a", "b", sep="")
print()
print(*["x", "y"], sep="\n")
sys.stdout.write("written directly\n")
sys.stderr.write("error stream\n")
if count < 5:
    sys.exit(f"fatal: count {count} is too small")
print("not reached")
