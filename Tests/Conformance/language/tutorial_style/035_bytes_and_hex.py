# rule: bytes for a binary record: encode/decode, hex/fromhex, int.to_bytes/from_bytes, slicing and errors
record = "Zoë;42;ok".encode("utf-8")
print(record, len(record), len("Zoë;42;ok"), record.hex(), record.hex(" ") if False else record[:4].hex())
name, age, status = record.decode("utf-8").split(";")
print(name, int(age) + 1, status.upper())
packet = bytes.fromhex("ca fe 01 00 2a")
print(packet, list(packet), packet[0], packet[-1:], packet[1:3].hex())
magic = int.from_bytes(packet[:2], "big")
length = int.from_bytes(packet[2:4], "little")
print(hex(magic), length, (magic).to_bytes(2, "little"), (1000).to_bytes(4, "big"))
checksum = sum(packet) % 256
print("checksum:", checksum, bytes([checksum]), bytes(3), bytes(range(65, 70)))
print(b"abc" + b"def", b"ab" * 2, b"x" in b"xyz", b"a,b,c".split(b","), b"  pad ".strip(), b"Hi".lower())
for bad in ("zz", "abc", "0 1"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff\xfe".decode("utf-8", errors="replace"), "naïve".encode("ascii", errors="ignore"))
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print("TypeError:", e)
print(bytes([256]))
