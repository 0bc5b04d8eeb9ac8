# rule: try/except/else/finally ordering inside loops with break and continue
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body{i}")
    except ZeroDivisionError:
        log.append("never")
    else:
        log.append(f"else{i}")
    finally:
        log.append(f"finally{i}")
print(log)
def attempt(x):
    steps = []
    try:
        steps.append("try")
        result = 10 / x
    except ZeroDivisionError as e:
        steps.append(f"except({e})")
        result = None
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    return result, steps
print(attempt(4))
print(attempt(0))
