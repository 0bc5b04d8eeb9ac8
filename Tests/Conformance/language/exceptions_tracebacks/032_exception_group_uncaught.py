# rule: an uncaught ExceptionGroup prints the boxed group traceback with numbered sub-exceptions
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is empty"))
    if record.get("age", 0) < 0:
        errors.append(ValueError(f"age is negative: {record['age']}"))
    if "email" not in record:
        errors.append(KeyError("email"))
    if errors:
        raise ExceptionGroup("invalid record", errors)
    return record

print(validate({"name": "ann", "age": 3, "email": "a@b"}))
validate({"name": "", "age": -1})
