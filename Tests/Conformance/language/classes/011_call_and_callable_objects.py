# rule: __call__ makes instances callable; stateful function objects; callable() results
class RunningAverage:
    def __init__(self):
        self.total = 0
        self.count = 0
    def __call__(self, value):
        self.total += value
        self.count += 1
        return self.total / self.count
avg = RunningAverage()
print([avg(v) for v in [10, 20, 30, 45]], callable(avg), callable(RunningAverage))
class Validator:
    def __init__(self, *checks):
        self.checks = checks
    def __call__(self, value):
        return [name for name, check in self.checks if not check(value)]
password_ok = Validator(("length", lambda s: len(s) >= 8), ("digit", lambda s: any(c.isdigit() for c in s)),
                        ("upper", lambda s: any(c.isupper() for c in s)))
for pw in ["short", "longenough", "Longenough1"]:
    print(pw, password_ok(pw) or "ok")
