# rule: a dict-backed record class with __getitem__/__setitem__/__contains__ and KeyError messages for missing fields
class Record:
    def __init__(self, **fields):
        self.fields = dict(fields)
    def __getitem__(self, name):
        if name not in self.fields:
            raise KeyError(f"record has no field {name!r}")
        return self.fields[name]
    def __setitem__(self, name, value):
        print(f"  set {name} = {value!r}")
        self.fields[name] = value
    def __contains__(self, name):
        return name in self.fields
    def __len__(self):
        return len(self.fields)
r = Record(id=7, name="ann")
print(r["id"], r["name"], len(r), "id" in r, "email" in r)
r["email"] = "ann@example.com"
r["id"] += 1
print(r.fields, len(r))
try:
    r["phone"]
except KeyError as e:
    print("KeyError:", e, e.args)
print([r[k] for k in ("id", "email") if k in r])
