# rule: __name__ is "__main__" in the run program; the main guard calls main(); functions see module globals defined later
def main(args):
    print("running main with", args, "as", __name__)
    print("helper says", helper(len(args)))
    return 3 if args else 0

def helper(n):
    return f"{n} argument(s), verbose={VERBOSE}"

VERBOSE = True

if __name__ == "__main__":
    status = main(["--verbose"])
    print("main returned", status)
else:
    print("imported, not run")
if __name__ != "__main__":
    print("never")
print(__name__, type(__name__).__name__)
