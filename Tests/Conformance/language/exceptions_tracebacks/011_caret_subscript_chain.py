# rule: carets for a failing subscript inside a chain of subscripts and attribute access
class Store:
    def __init__(self):
        self.data = {"users": [{"name": "ann", "roles": ["admin"]}]}

s = Store()
print(s.data["users"][0]["roles"][0])
print(s.data["users"][0]["roles"][3].upper())
