# rule: character arithmetic with ord/chr, str.translate/maketrans and building strings in loops
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! Zebra-123 ñ"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3), "|", caesar(msg, 26) == msg)
table = str.maketrans("aeiou", "AEIOU", "!")
print(msg.translate(table), msg.translate({ord("l"): None, ord("o"): "0"}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Why did the chicken cross the road?".translate(rot13))
print(sorted(str.maketrans("ab", "xy").items()))
