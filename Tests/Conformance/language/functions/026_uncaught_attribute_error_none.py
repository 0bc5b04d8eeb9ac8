# rule: calling a method on None returned by a function gives AttributeError: 'NoneType' object has no attribute
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

users = [{"name": "ann", "email": "ANN@EXAMPLE.COM"}]
print(find_user(users, "ann")["email"].lower())
print(find_user(users, "bob").get("email"))
