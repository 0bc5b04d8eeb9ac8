# rule: each division flavour has its own ZeroDivisionError message
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.5 % 0", lambda: 1.5 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -2", lambda: 0.0 ** -2),
    ("10 ** 30 / 0", lambda: 10 ** 30 / 0),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except ZeroDivisionError as e:
        print(f"{text:<16} ZeroDivisionError: {e}")
    except ValueError as e:
        print(f"{text:<16} ValueError: {e}")
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ZeroDivisionError, ValueError))
