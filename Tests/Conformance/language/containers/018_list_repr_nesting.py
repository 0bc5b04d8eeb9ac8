# rule: repr of nested and recursive containers uses [...] and {...} for self references
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, d, (a,)]
print(b)
s = [[[[[]]]]]
print(s, repr(s) == str(s))
t = ([], {})
t[0].append(t)
print(t)
