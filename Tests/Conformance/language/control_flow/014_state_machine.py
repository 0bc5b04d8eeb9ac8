# rule: a traffic-light state machine driven by a while loop and dict transitions
transitions = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}
state, clock, log = "red", 0, []
while clock < 15:
    nxt, duration = transitions[state]
    log.append(f"t={clock:>2} {state:<6} for {duration}")
    clock += duration
    state = nxt
print("\n".join(log))
print("final", state, clock)
def parse_number(text):
    state, digits, sign = "start", "", 1
    for ch in text:
        if state == "start" and ch in "+-":
            sign = -1 if ch == "-" else 1
            state = "sign"
        elif ch.isdigit():
            digits += ch
            state = "digits"
        elif ch == " " and state == "start":
            continue
        else:
            return None
    return sign * int(digits) if digits else None
print([parse_number(t) for t in ["42", " -17", "+3", "4a", "-", ""]])
