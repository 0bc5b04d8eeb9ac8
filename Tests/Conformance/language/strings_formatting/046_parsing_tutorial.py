# rule: tutorial-style parsing: CSV by split/zip/dict, date fields via map/int, palindromes, Caesar cipher with ord/chr, run-length encoding, word statistics, digit manipulation, number bases and float str, matrix printing and transpose
csv_text = """name,age,city
Alice,30,Paris
Bob,25,Berlin
 Carol , 35 , Rome
Dan,,Oslo"""
rows = [line.split(",") for line in csv_text.strip().splitlines()]
header, *data = rows
records = []
for row in data:
    rec = dict(zip(header, (c.strip() for c in row)))
    rec["age"] = int(rec["age"]) if rec["age"].isdigit() else None
    records.append(rec)
print(records)
ages = [r["age"] for r in records if r["age"] is not None]
print(f"avg age {sum(ages) / len(ages):.1f}, oldest {max(records, key=lambda r: r['age'] or 0)['name']}")
print(sorted(records, key=lambda r: (r["age"] is None, r["age"] or 0))[0]["name"])
date = "2024-03-15T08:05:09"
d, t = date.split("T")
y, m, dd = map(int, d.split("-"))
hh, mm, ss = (int(x) for x in t.split(":"))
print(y, m, dd, hh * 3600 + mm * 60 + ss, f"{dd:02d}/{m:02d}/{y}", d.replace("-", ""), date.partition("T"))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]:
    print(repr(s), is_palindrome(s))
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3))
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
words = "the rain in spain stays mainly in the plain".split()
print({w: words.count(w) for w in sorted(set(words)) if words.count(w) > 1}, sorted(sorted(set(words)), key=len)[:3])
print([w for w in words if "ain" in w], [w.upper() if len(w) > 4 else w for w in words])
print(" ".join(w[::-1] for w in words), "-".join(sorted(words, key=str.lower)))
n = 1234567
digits = [int(c) for c in str(n)]
print(digits, sum(digits), int("".join(map(str, reversed(digits)))), bin(n), hex(n), oct(n), f"{n:_}", n.bit_length())
print(int("ff", 16), int("0b101", 0), int("  42  "), float("3.5e2"), str(3.0), str(1e16), str(1/3), 0.1 + 0.2, round(0.1 + 0.2, 2))
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    print(" ".join(f"{x:3d}" for x in row))
print("\n".join(",".join(map(str, col)) for col in zip(*matrix)))
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    records[0]["email"]
except KeyError as e:
    print("missing", e)
print(records[1].get("email", "n/a"), list(records[0].items())[:2])
