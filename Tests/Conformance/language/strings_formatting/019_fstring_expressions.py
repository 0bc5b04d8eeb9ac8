# rule: f-strings with nested expressions, quotes, calls, conditionals, dict lookups, escaped braces, conversions
user = {"name": "Lin", "score": 87.456, "tags": ["a", "b"]}
width = 10
print(f"{user['name']:>{width}}|{user['score']:.1f}|{', '.join(user['tags'])}")
print(f"{'pass' if user['score'] >= 50 else 'fail'} {len(user)} {{braces}} {{{user['name']}}}")
print(f"{3 * 4 + 1} {[x * x for x in range(4)]} {dict(a=1)} {(lambda v: v + 1)(2)}")
print(f"{user!r}"[:20], f"{user['name']!r}", f"{'héllo'!r}", f"{42!s:>5}")
n = 255
print(f"{n:#x} {n:b} {n:o} {n:08.3f} {n:,} {n!r:^7}")
msg = (f"multi "
       f"part {n}"
       " plain {n}")
print(msg)
print(f"""triple {user["name"]}
second line {n + 1}""")
