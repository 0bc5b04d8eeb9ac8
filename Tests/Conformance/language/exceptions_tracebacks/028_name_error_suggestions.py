# rule: NameError suggestions for misspelled builtins and globals appear only in the printed traceback
values = [3, 1, 2]
counter = 0
for text in ("pritn", "lenght", "countr", "xyzzy"):
    try:
        if text == "pritn":
            pritn(values)
        elif text == "lenght":
            lenght(values)
        elif text == "countr":
            countr += 1
        else:
            xyzzy
    except NameError as e:
        print(f"{text}: {e}")
print(sorted(valeus))
