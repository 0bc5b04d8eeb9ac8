# rule: a tutorial-style text report: split/strip/lower, dict counting, sorting with keys, f-string and %-format specs, translate, center, expandtabs, capitalize
text = """The quick brown fox jumps over the lazy dog. The dog barks!
A fox, a dog, and a cat walk into a bar... "Why?" asked the cat."""
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
words = [w.strip(punctuation).lower() for w in text.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:5])
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(f"{n:>2}: {', '.join(by_len[n])}")
print(text.title()[:40], text.swapcase()[:20], text.count("the"), text.lower().count("the"))
print(" | ".join(f"{w!r:>8}" for w in words[:5]))
table = str.maketrans("aeiou", "AEIOU")
print(text.translate(table)[:50])
print(sorted(words, key=lambda w: (-len(w), w))[:6])
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:10], "".join(reversed("stressed")))
print("{:=^30}".format(" REPORT "), "%-10s|%5.1f%%" % ("ratio", 12.345), f"{1234567.891:,.2f}", f"{255:#010b}", f"{0.000123:.2e}")
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "racecar" == "racecar"[::-1], "Hello World".center(21, "*"), "tab\tsep".expandtabs(4))
print(" ".join(w.capitalize() for w in "hello   world  foo".split()), "x".join("abc"), "a,b,,c".split(","), "a b  c".split(None, 1))
print("%s has %d items costing %.2f (%r) %5s|%-5s|%05d %x %o %e %g %%" % ("cart", 3, 9.5, "x", "ab", "cd", 42, 255, 8, 12345.678, 0.00001))
