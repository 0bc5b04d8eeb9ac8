# rule: 3.11 limits int<->decimal str conversion to 4300 digits (ValueError), other bases are unlimited
ok = 10 ** 4299
print(len(str(ok)), str(ok)[:5])
big = 10 ** 4300
try:
    s = str(big)
except ValueError as e:
    print("str:", e)
try:
    print(big)
except ValueError as e:
    print("print:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("int:", e)
print(len(str(int("7" * 4300))))
print(len(hex(big)), len(bin(big)))
print(int("f" * 5000, 16) % 1000)
try:
    f"{big}"
except ValueError as e:
    print("f-string:", e)
try:
    repr(-big)
except ValueError as e:
    print("repr:", type(e).__name__, e)
