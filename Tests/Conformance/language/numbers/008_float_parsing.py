# rule: float() parses inf/nan spellings, exponents and underscores; reports bad text
for text in ["3.14", "  -2.5e3 ", "1_0.5", "inf", "-Infinity", "nan", "-nan", "1e400", "-1e-400", ".5", "5.", "0x10"]:
    try:
        print(repr(text), "->", repr(float(text)))
    except ValueError as e:
        print(repr(text), "->", e)
print(float(7), float(-0), float(True), float(10 ** 20))
for bad in ["abc", "", "1,5", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(None)
except TypeError as e:
    print(e)
