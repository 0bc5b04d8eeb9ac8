# rule: sorting records with key functions, reverse, stability, multi-key tuples, min/max with key and default
employees = [
    {"name": "Zoe", "dept": "eng", "salary": 120_000, "age": 31},
    {"name": "adam", "dept": "ops", "salary": 85_000, "age": 45},
    {"name": "Mia", "dept": "eng", "salary": 120_000, "age": 28},
    {"name": "li", "dept": "sales", "salary": 70_000, "age": 39},
    {"name": "Omar", "dept": "ops", "salary": 91_500, "age": 28},
]


def fmt(rows):
    return ", ".join(f"{r['name']}({r['salary'] // 1000}k)" for r in rows)


print(fmt(sorted(employees, key=lambda e: e["salary"])))
print(fmt(sorted(employees, key=lambda e: e["salary"], reverse=True)))
print([e["name"] for e in sorted(employees, key=lambda e: e["name"])])
print([e["name"] for e in sorted(employees, key=lambda e: e["name"].lower())])
print([e["name"] for e in sorted(employees, key=lambda e: (e["dept"], -e["salary"], e["name"]))])
by_age = sorted(employees, key=lambda e: e["age"])
print("stable:", [e["name"] for e in by_age if e["age"] == 28])
print(max(employees, key=lambda e: (e["salary"], -e["age"]))["name"])
print(min((e for e in employees if e["dept"] == "hr"), key=lambda e: e["age"], default=None))
print(min([3, 1, 2]), max("apple", "Banana", "cherry"), max("apple", "Banana", key=str.lower))
print(sorted([3.5, -1, 2, 0, -7.25], key=abs), sorted("Hello World", key=str.isupper))
depts = {}
for e in employees:
    depts.setdefault(e["dept"], []).append(e)
for dept, people in sorted(depts.items(), key=lambda kv: -sum(p["salary"] for p in kv[1])):
    payroll = sum(p["salary"] for p in people)
    print(f"{dept:<6}{len(people):>2} people  payroll {payroll:>9,}  avg age {sum(p['age'] for p in people) / len(people):.1f}")
names = [e["name"] for e in employees]
names.sort(key=len)
print(names, list(reversed(names)))
try:
    sorted([1, "two", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]), sorted({3: "x", 1: "y"}))
