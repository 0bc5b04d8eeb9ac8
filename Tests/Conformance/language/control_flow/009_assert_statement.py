# rule: assert raises AssertionError with an optional message; the message expression is evaluated lazily
def check_age(age):
    assert isinstance(age, int), f"age must be an int, got {type(age).__name__}"
    assert 0 <= age < 150, "age out of range"
    return age
for a in [30, "30", 200, -1]:
    try:
        print("ok", check_age(a))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e, e.args)
assert True, 1 / 0
print("lazy message not evaluated")
