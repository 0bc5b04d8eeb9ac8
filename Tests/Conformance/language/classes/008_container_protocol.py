# rule: __len__, __getitem__, __setitem__, __contains__, __iter__ make a class behave like a container
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        if not isinstance(i, int):
            return Playlist(*self.songs[i])
        return self.songs[i]
    def __setitem__(self, i, value):
        self.songs[i] = value
    def remove(self, i):
        del self.songs[i]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)
    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"
p = Playlist("Intro", "Verse", "Chorus", "Outro")
print(len(p), p[0], p[-1], p[1:3], "chorus" in p, "bridge" in p)
p[1] = "Bridge"
p.remove(0)
print(p, list(p), [s.upper() for s in p], list(reversed(p)), sorted(p))
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
a, *rest = p
print(a, rest, bool(Playlist()), bool(p))
