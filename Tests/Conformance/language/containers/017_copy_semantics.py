# rule: assignment aliases, shallow copies share nested objects, identity vs equality
original = {"name": "cfg", "tags": ["a", "b"], "limits": {"cpu": 2}}
alias = original
shallow = dict(original)
shallow2 = original.copy()
shallow["name"] = "other"
shallow["tags"].append("c")
shallow2["limits"]["cpu"] = 8
print(original)
print(shallow)
print(alias is original, shallow == original, shallow["tags"] is original["tags"])
lst = [[1, 2], [3]]
cp = lst[:]
cp2 = list(lst)
cp[0].append(99)
cp2.append([4])
print(lst, cp, cp2)
deep = [row[:] for row in lst]
deep[0][0] = "x"
print(lst, deep)
a = [1, 2, 3]
b = [1, 2, 3]
print(a == b, a is b, a is not b, [] == [], () == ())
