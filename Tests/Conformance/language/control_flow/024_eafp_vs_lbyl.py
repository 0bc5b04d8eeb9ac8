# rule: look-before-you-leap vs try/except styles give the same results; exceptions used as control flow
config = {"port": "8080", "debug": "yes", "workers": "four"}
def lbyl(key, default):
    if key in config and config[key].isdigit():
        return int(config[key])
    return default
def eafp(key, default):
    try:
        return int(config[key])
    except KeyError:
        return default
    except ValueError:
        return -1
for key in ["port", "workers", "timeout"]:
    print(f"{key:<8} lbyl={lbyl(key, 30)!r:<6} eafp={eafp(key, 30)!r}")
def first_number(values):
    for v in values:
        try:
            return float(v)
        except (TypeError, ValueError):
            continue
    raise LookupError("no number found")
print(first_number(["x", None, "2.5", "3"]))
try:
    first_number(["a", [], {}])
except LookupError as e:
    print("LookupError:", e)
