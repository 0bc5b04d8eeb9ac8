# rule: classes with __iter__/__next__ and __getitem__/__len__/__contains__ work with for, in, list, zip and unpacking
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Cycle:
    def __init__(self, items, limit):
        self.items = items
        self.limit = limit
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self.songs[index])
        return self.songs[index]

    def __contains__(self, title):
        return any(title.lower() == s.lower() for s in self.songs)

    def __repr__(self):
        return f"Playlist({', '.join(map(repr, self.songs))})"


print(list(Countdown(5)), sum(Countdown(100)))
c = Cycle("RGB", 7)
print("".join(c), list(c))
p = Playlist("Intro", "Blue", "Outro", "Encore")
print(len(p), p[1], p[-1], p[1:3], "blue" in p, "Red" in p)
for i, song in enumerate(p):
    print(i, song)
first, *middle, last = p
print(first, middle, last)
print(list(zip(Countdown(3), p)), dict(zip(p, Countdown(4))))
it = iter(p)
print(next(it), next(it), list(it), next(it, "end"))
print(list(reversed(p)), sorted(p), max(p, key=len))
try:
    next(Cycle("x", 0))
except StopIteration:
    print("empty cycle")
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
try:
    p["one"]
except TypeError as e:
    print("TypeError:", e)
