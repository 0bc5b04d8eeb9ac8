# rule: a missing colon after an if condition reports "expected ':'"
temperature = 25
if temperature > 20
    print("warm")
