# rule: __name__ is "__main__" for the run program; the main guard runs main(); sys.exit via SystemExit code
def main(args):
    print("running main with", args, "as", __name__)
    return 3 if args else 0

if __name__ == "__main__":
    status = main(["--verbose"])
    print("main returned", status)
    try:
        raise SystemExit(status)
    except SystemExit as e:
        print("caught SystemExit", e.code, repr(e))
    raise SystemExit(status)
