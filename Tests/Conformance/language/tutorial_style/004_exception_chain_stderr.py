# rule: an uncaught exception raised while handling another prints both tracebacks to stderr
import json


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def validate(record):
    if "email" not in record:
        raise ValidationError("email", "missing")
    if "@" not in record["email"]:
        raise ValidationError("email", f"invalid address {record['email']!r}")
    return record


def load(raw):
    data = json.loads(raw)
    ok = []
    for i, rec in enumerate(data):
        try:
            ok.append(validate(rec))
        except ValidationError as e:
            print(f"record {i} rejected ({e.field}): {e}")
    return ok


print(load('[{"email": "a@b.c"}, {"name": "x"}, {"email": "nobody"}]'))


def save(records):
    try:
        return records[5]
    except IndexError:
        log = {"saved": len(records)}
        return log["failed"]


save([1, 2])
