# rule: __getitem__/__setitem__ receive slice objects for a[i:j:k]; negative index handling is up to the class
class Series:
    def __init__(self, values):
        self.values = list(values)
    def __getitem__(self, key):
        print("  key:", repr(key))
        if isinstance(key, int):
            return self.values[key]
        if isinstance(key, tuple):
            return [self.values[k] for k in key]
        return Series(self.values[key])
    def __setitem__(self, key, value):
        print("  set:", repr(key), value)
        self.values[key] = value
    def __len__(self):
        return len(self.values)
    def __repr__(self):
        return f"Series({self.values})"
s = Series(range(10))
print(s[3], s[-1])
print(s[2:5])
print(s[::3], s[:], s[-2:])
print(s[1, 4, 7])
s[0] = 99
s[1:3] = [7, 7, 7]
print(s, len(s))
