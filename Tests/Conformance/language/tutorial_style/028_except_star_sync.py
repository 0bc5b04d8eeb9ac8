# rule: ExceptionGroup with except* splits by type in sync code; an unhandled remainder prints the boxed traceback
def validate_user(user):
    errors = []
    if not user.get("name"):
        errors.append(ValueError("name is required"))
    if "@" not in user.get("email", ""):
        errors.append(ValueError(f"bad email {user.get('email')!r}"))
    if not isinstance(user.get("age"), int):
        errors.append(TypeError("age must be an int"))
    if errors:
        raise ExceptionGroup(f"user {user.get('name') or '?'} invalid", errors)
    return user


users = [
    {"name": "ann", "email": "ann@x.io", "age": 30},
    {"name": "", "email": "nobody", "age": 30},
    {"name": "bo", "email": "bo@x.io", "age": "old"},
]
for u in users:
    try:
        validate_user(u)
        print("valid:", u["name"])
    except* ValueError as eg:
        print("value problems:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("type problems:", [str(e) for e in eg.exceptions], "| group message:", eg.message)

eg = ExceptionGroup("batch", [KeyError("k"), ExceptionGroup("inner", [ValueError("v"), KeyError("k2")])])
match, rest = eg.split(KeyError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, ValueError)))
try:
    raise ExceptionGroup("mixed", [ValueError("one"), OSError("two")])
except* ValueError:
    print("handled the ValueError part")
