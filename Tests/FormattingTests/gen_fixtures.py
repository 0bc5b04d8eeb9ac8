#!/usr/bin/env python3
"""Writes the FormattingTests fixtures: every expected value comes from CPython.

Run with CPython 3.11.7 from the package root:
    python3 Tests/FormattingTests/gen_fixtures.py
Floats travel as their IEEE bit pattern (16 hex digits) so nothing is lost.
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "fixtures must come from CPython 3.11"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Fixtures")
rng = random.Random(20261121)


def bits(x):
    return struct.pack(">d", x).hex()


def outcome(fn):
    """[kind, text]: kind is 'ok' or the exception class name."""
    try:
        result = fn()
        if isinstance(result, str) and any(0xD800 <= ord(c) < 0xE000 for c in result):
            # Swift strings cannot hold lone surrogates: looplab reports them instead.
            return ["NotSupported", "lone surrogate characters are not supported"]
        return ["ok", result]
    except Exception as e:  # noqa: BLE001 - we record whatever CPython raises
        return [type(e).__name__, str(e)]


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print(name, len(rows))


def edge_floats():
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15,
          9999999999999998.0, 1e16 - 2, 1e-4, 1e-5, 0.0001, 0.00011, 9.999999999999999e-5,
          5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, math.inf, -math.inf, math.nan, math.pi, math.e,
          123456789.0, 1e22, 1e23, 1.5, 2.5, 0.5, 0.125, 1234.5678, 2.675, 1.005,
          0.05, 0.15, 0.25, 0.35, 1e-7, 12345678901234567890.0, 4.35, 1e300, 1e-300]
    for k in range(-40, 41):
        xs += [2.0 ** 53 + k, float(2 ** 54 + 2 * k), 1e16 + 2 * k, 1e15 + k + 0.5]
    for e in range(-330, 310, 3):
        xs.append(float("1e%d" % e))
        xs.append(float("9.5e%d" % e))
    for e in range(-1074, 1024, 7):
        xs.append(2.0 ** e)
        xs.append(math.nextafter(2.0 ** e, 0))
    for _ in range(2500):
        r = rng.random()
        if r < 0.4:
            x = struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0]
        elif r < 0.7:
            x = rng.uniform(-1e6, 1e6)
        elif r < 0.85:
            x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        else:
            x = rng.randint(-10**6, 10**6) / 8
        xs.append(x)
    return xs


def float_repr():
    xs = edge_floats()
    # Extra random bit patterns and short decimals stress the shortest-digit search.
    xs += [struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0] for _ in range(12000)]
    xs += [float("%de%d" % (rng.randint(1, 10**rng.randint(1, 17)), rng.randint(-330, 300)))
           for _ in range(4000)]
    return [[bits(x), repr(x)] for x in xs]


FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".3", ".17", ".0e",
               ".0f", ".0g", ".1g", ".2e", ".2f", ".2%", ".10f", ".20e", ".25g", "#", "#.0",
               "#.0e", "#.0f", "#g", "#.3g", "+", " ", "-", "+.3f", " .2e", "z", "z.1f",
               "z.0f", "+z.2f", "10", "<10", ">12.3f", "^15.2e", "=+12.3f", "010.3f", "015,.2f",
               "_", ",", ",.2f", "_.3f", "020,", "020_.1e", "*^20", "x<12g", "0<10", "012",
               "08.3", ",g", ",.10g", "+,", "012%", ".30f", "1.0", "10.4", "-^9.1%",
               "d", "x", "c", "s", "abc", ",_", ".", "1..", "#x", "n,", ",n", ".1000e"]


def format_float():
    rows = []
    xs = edge_floats()
    sample = xs[:400] + rng.sample(xs, 600)
    for x in sample:
        for spec in rng.sample(FLOAT_SPECS, 12):
            rows.append([bits(x), spec] + outcome(lambda: format(x, spec)))
    for spec in FLOAT_SPECS:
        for x in [0.0, -0.0, 1.0, -1.5, 1234567.891, 1e-10, 1e20, math.inf, -math.inf, math.nan,
                  0.5, 2.5, -0.0001, 9.99999]:
            rows.append([bits(x), spec] + outcome(lambda: format(x, spec)))
    return rows


INT_SPECS = ["", "d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", "+d", " d", "-d",
             "10", "<10", "^10", ">10", "=10", "010", "+010", "#010x", "#012_b", "_", ",", "_x",
             "_b", "_o", "_X", "#_x", ",d", "015,", "020_", "08,", "09,", "+,", "x<+10,",
             "*^15_", "e", "E", ".2e", "f", ".3f", "g", "G", "%", ".1%", ",.2f", "n", ",n", "_n",
             ",x", ",c", ".2", "z", "+c", "#c", "<5c", "abc", "s", "r", ",_", "12.", "0=10",
             "0^10", "-#10o", " #x", "0", "00", "1", "#", "\x01", "\u00e9"]


def format_int():
    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 999999, 10**6, -10**6, 2**31, 2**63 - 1,
            -2**63, 2**63, 2**64, 10**20, -10**20, 65, 0x10FFFF, 0x110000, 0xD800, 10**30,
            -(10**40) - 17]
    ints += [rng.randint(-10**rng.randint(1, 30), 10**rng.randint(1, 30)) for _ in range(300)]
    rows = []
    for n in ints:
        for spec in rng.sample(INT_SPECS, 20):
            rows.append([str(n), spec] + outcome(lambda: format(n, spec)))
    for spec in INT_SPECS:
        for n in [0, 5, -5, 1234567, -1234567, 97, 10**25]:
            rows.append([str(n), spec] + outcome(lambda: format(n, spec)))
    for n in [10**400, -10**400, 10**4299, 10**4300 - 1, 10**4300, 2**20000]:
        for spec in ["", "d", "x", "e", ",", "n"]:
            rows.append([hex(n), spec] + outcome(lambda: format(n, spec)))
    return rows


STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", ".2", ".0", "10.3", "x>5.1s",
             "05", "0<7", "=10", "+", " ", "-", "#", "z", ",", "_", "d", "r", "s,", ".", "1.2.3",
             "\u00e9^8", "🎉<6"]


def format_str():
    strs = ["", "a", "abc", "hello world", "é", "日本語", "🎉x", "tab\there", "a" * 12]
    rows = []
    for s in strs:
        for spec in STR_SPECS:
            rows.append([s, spec] + outcome(lambda: format(s, spec)))
    return rows


def float_arith():
    """[op, x bits, y, kind, result]: y is bits for float ops, an int for round."""
    xs = edge_floats()
    rows = []
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.0, 1e308, 1e-308, math.inf,
                -math.inf, math.nan, 7.5, -7.5, 0.1, 1e16, 2.5, -0.5]
    pairs = [(a, b) for a in specials for b in specials]
    pairs += [(rng.choice(xs), rng.choice(xs)) for _ in range(1500)]
    pairs += [(rng.uniform(-100, 100), rng.choice([3.0, -3.0, 0.7, -0.7, 2.0, 1e-3])) for _ in range(500)]
    for a, b in pairs:
        for op, fn in [("mod", lambda: a % b), ("floordiv", lambda: a // b),
                       ("divmod", lambda: divmod(a, b)), ("pow", lambda: a ** b)]:
            kind, res = outcome(fn)
            if isinstance(res, complex):
                kind, res = "complex", ""  # looplab reports these as unsupported
            elif kind == "ok":
                res = [bits(v) for v in res] if isinstance(res, tuple) else bits(res)
            elif kind == "TypeError":
                continue
            rows.append([op, bits(a), bits(b), kind, res])
    for x in xs[:1500] + [0.5, 1.5, 2.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1234.5, 5e-324]:
        for nd in rng.sample([-400, -309, -308, -20, -3, -1, 0, 1, 2, 3, 5, 10, 17, 300, 323, 324], 5):
            kind, res = outcome(lambda: round(x, nd))
            rows.append(["round", bits(x), nd, kind, bits(res) if kind == "ok" else res])
        kind, res = outcome(lambda: round(x))
        rows.append(["roundint", bits(x), 0, kind, str(res) if kind == "ok" else res])
        kind, res = outcome(lambda: int(x))
        rows.append(["int", bits(x), 0, kind, str(res) if kind == "ok" else res])
    return rows


def int_division():
    """[a, b, kind, float bits] for a / b and float(a) (b == None)."""
    rows = []
    nums = [0, 1, -1, 3, 10, 2**53, 2**53 + 1, 2**54 + 3, 10**400, 10**399, -(10**400), 2**1024,
            2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**970 - 1, 10**308, 7 * 10**307]
    nums += [rng.getrandbits(rng.randint(1, 1200)) * rng.choice([1, -1]) for _ in range(400)]
    for _ in range(1500):
        a = rng.choice(nums)
        b = rng.choice(nums + [rng.getrandbits(rng.randint(1, 80)) + 1 for _ in range(3)])
        kind, res = outcome(lambda: a / b)
        rows.append([hex(a), hex(b), kind, bits(res) if kind == "ok" else res])
    for a in nums:
        kind, res = outcome(lambda: float(a))
        rows.append([hex(a), None, kind, bits(res) if kind == "ok" else res])
    for a, b in [(1, 2**1080), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 3 * 2**1073), (10**400, 10**399)]:
        kind, res = outcome(lambda: a / b)
        rows.append([hex(a), hex(b), kind, bits(res) if kind == "ok" else res])
    return rows


def parse_numbers():
    """[kind of parse, text, base, outcome kind, result]."""
    float_texts = ["0", "1", "-1", "+1.5", "  3.25  ", "\t\n1e5\n", "1_000.5", "1__0", "_1", "1_",
                   "1._5", "1_.5", "1e1_0", "1_e5", "inf", "-inf", "+inf", "INF", "Infinity",
                   "-iNfInItY", "infinit", "nan", "-nan", "+NaN", "nan(1)", "0x10", "1e", "1e+",
                   "1e-5", ".5", "5.", ".", "", "   ", "1 2", "١٢٣", "١.٥", "\u00a01.5\u2003",
                   "1e400", "-1e400", "1e-400", "0.1", "1.7976931348623157e308",
                   "2.2250738585072011e-308", "4.9e-324", "2.4703282292062327e-324",
                   "2.4703282292062328e-324", "9007199254740993", "123456789012345678901234567890",
                   "0.30000000000000004", "--1", "+-1", "1.2.3", "e5", "x", "é", "1\x00",
                   "0" * 400 + "1", "1" + "0" * 320, "0." + "0" * 330 + "1"]
    float_texts += [repr(rng.uniform(-1e10, 1e10)) for _ in range(200)]
    float_texts += ["%.*e" % (rng.randint(0, 25), rng.uniform(-1, 1) * 10 ** rng.randint(-320, 308))
                    for _ in range(300)]
    alphabet = list("0123456789") * 3 + list("_._eE+- xobXOBaAfFinty") + ["\t", "١", "\u00a0"]
    fuzz = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    float_texts += fuzz
    rows = []
    for t in float_texts:
        kind, res = outcome(lambda: float(t))
        rows.append(["float", t, 0, kind, bits(res) if kind == "ok" else res])
    int_texts = ["0", "1", "-1", "+7", " 42 ", "\t-42\n", "1_000", "1__000", "_1", "1_", "0x1f",
                 "0X1F", "0o17", "0b101", "0b_101", "0b__1", "0_1", "00", "0_0", "010", "0x",
                 "", " ", "-", "+", "12a", "z", "Z", "١٢٣", "1\u00a0", "\u20031", "9" * 30,
                 "-" + "9" * 50, "0x_ff", "ff", "FF", "0b2", "1.5", "1e5", "x" * 300, "1 2",
                 "1" * 4300, "1" * 4301, "1_" * 4300 + "1", "é"]
    bases = [0, 2, 3, 8, 10, 16, 36, 1, 37, -1]
    for t in fuzz:
        base = rng.choice([0, 0, 10, 16, 2, 8, 36])
        kind, res = outcome(lambda: int(t, base))
        rows.append(["int", t, base, kind, hex(res) if kind == "ok" else res])
    for t in int_texts:
        for base in bases:
            kind, res = outcome(lambda: int(t, base))
            rows.append(["int", t, base, kind, hex(res) if kind == "ok" else res])
    return rows


def str_reprs():
    """Printable ranges of all code points plus repr samples."""
    ranges = []
    start = None
    for cp in range(0x110000):
        printable = chr(cp).isprintable()
        if printable and start is None:
            start = cp
        elif not printable and start is not None:
            ranges.append([start, cp - 1])
            start = None
    if start is not None:
        ranges.append([start, 0x10FFFF])
    samples = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\t\n\r",
               "\x00\x01\x1f\x7f\x80\x9f\xa0\xad", "é日本🎉", "\u200b\u2028\u2029\ufeff",
               "\U0001f600\U000e0001", "\ue000", "\u0378", "\U0001fae8", "x" * 50]
    samples += ["".join(chr(rng.choice([rng.randint(0, 0x2ff), rng.randint(0, 0xffff),
                                        rng.randint(0x10000, 0x10ffff)]))
                        for _ in range(rng.randint(1, 12))) for _ in range(400)]
    samples = [x for x in samples if not any(0xD800 <= ord(c) < 0xE000 for c in x)]
    reprs = [[x, repr(x), ascii(x), json.dumps(x), json.dumps(x, ensure_ascii=False)] for x in samples]
    byte_samples = [b"", b"abc", b"'", b'"', b"'\"", b"\x00\t\n\r\\\x7f\x80\xff"]
    byte_samples += [bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 20))) for _ in range(200)]
    byte_reprs = [[b.hex(), repr(b)] for b in byte_samples]
    json_floats = [[bits(x), json.dumps(x)] for x in edge_floats()[:600]]
    # Wrapped as [[dict]] so every fixture shares one loader shape.
    return [[{"printable": ranges, "reprs": reprs, "bytes": byte_reprs, "jsonFloats": json_floats}]]


class Obj:
    """A non-number argument with fixed str and repr."""

    def __init__(self, s, r):
        self.s, self.r = s, r

    def __str__(self):
        return self.s

    def __repr__(self):
        return self.r


def encode_arg(v):
    if isinstance(v, bool):
        return ["bool", hex(int(v)), str(v)]
    if isinstance(v, int):
        return ["int", hex(v)]
    if isinstance(v, float):
        return ["float", bits(v)]
    if isinstance(v, str):
        return ["str", v]
    return ["other", str(v), repr(v)]


def percent_cases():
    """[format, args encoding, kind, result]; args: ["tuple", [...]], ["one", arg], ["dict", {..}]."""
    values = [0, 1, -1, 42, -42, 255, 10**20, -(10**25), True, False, 0.0, -0.0, 1.5, -2.5, 3.14159,
              1e20, 1e-7, 123456.789, math.inf, -math.inf, math.nan, "", "x", "abc", "héllo",
              "it's", Obj("OBJ", "<Obj>"), Obj("é", "<é>"), 65, 0x10FFFF, 0x110000]
    convs = ["s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c"]
    flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+#", " 0", "-#"]
    widths = ["", "1", "5", "12"]
    precs = ["", ".0", ".1", ".3", ".10"]
    rows = []

    def add(fmt, args, enc):
        kind, res = outcome(lambda: fmt % args)
        rows.append([fmt, enc, kind, res])

    for v in values:
        for _ in range(30):
            fmt = "%" + rng.choice(flags) + rng.choice(widths) + rng.choice(precs) + rng.choice(convs)
            add(fmt, (v,), ["tuple", [encode_arg(v)]])
    fixed = [
        ("%s", 5), ("%s %s", (1, 2)), ("%d %d", (1,)), ("%d", (1, 2)), ("abc", 5), ("abc", ()),
        ("%%", ()), ("100%%", ()), ("%5%", ()), ("%5%", (1,)), ("%", ()), ("%-", (1,)),
        ("%.", (1,)), ("%.2", (1,)), ("%*", (5,)), ("%*d", (5, 1)), ("%-*d|", (5, 1)),
        ("%*d|", (-5, 1)), ("%.*f", (2, 1.23456)), ("%.*f", (-2, 1.23456)), ("%*.*f|", (8, 2, 3.14159)),
        ("%*d", ("x", 1)), ("%.*d", (1.5, 1)), ("%z", (1,)), ("%é", (1,)), ("%\x01", (1,)),
        ("%ld %hd %Lf", (1, 2, 3.0)), ("%d", "x"), ("%x", 1.5), ("%o", "s"), ("%d", 1.9),
        ("%d", -1.9), ("%i", math.inf), ("%d", math.nan), ("%f", "x"), ("%f", 10**400),
        ("%e", 10**30), ("%c", "ab"), ("%c", ""), ("%c", "é"), ("%c", 1.5), ("%c", -1),
        ("%c", 2**70), ("%5c|", 65), ("%-5c|", "z"), ("%s", ()), ("%s%s", ("a",)),
        ("%(a)s", 5), ("%s", [1, 2]), ("%d", 10**5000), ("%s", 10**5000), ("%x", 10**5000),
        ("%#.5x", 255), ("%#5.3o|", 8), ("%+#x", 255), ("% #X", -255), ("%#010x", 255),
        ("%-#10x|", 255), ("%0-8.2f|", -1.5), ("%+.3s|", "abcdef"), ("%10.2r|", "abc"),
    ]
    for fmt, args in fixed:
        enc = ["tuple", [encode_arg(a) for a in args]] if isinstance(args, tuple) else ["one", encode_arg(args)]
        add(fmt, args, enc)
    # Random multi-conversion formats, argument counts sometimes off by one.
    for _ in range(2000):
        pieces, args = [], []
        for _ in range(rng.randint(1, 4)):
            pieces.append(rng.choice(["", "ab", " ", "é", "%%"]))
            width = rng.choice(["", "", "3", "*"])
            prec = rng.choice(["", "", ".2", ".*", "."])
            conv = rng.choice(convs + ["%", "y"])
            pieces.append("%" + rng.choice(flags) + width + prec + rng.choice(["", "", "l"]) + conv)
            if width == "*":
                args.append(rng.choice([-6, 4, 7]))
            if prec == ".*":
                args.append(rng.choice([-1, 0, 3]))
            args.append(rng.choice(values))
        if rng.random() < 0.1:
            args.append(1)
        elif rng.random() < 0.1 and args:
            args.pop()
        fmt = "".join(pieces)
        add(fmt, tuple(args), ["tuple", [encode_arg(a) for a in args]])
    dict_cases = [("%(a)s", {"a": 1}), ("%(a)d %(b)s", {"a": 1, "b": "x"}), ("%(a)s %s", {"a": 1}),
                  ("%s %(a)s", {"a": 1}), ("%(a", {"a": 1}), ("%(a)", {"a": 1}),
                  ("%((a))s", {"(a)": 2}), ("%(a)5.1f|", {"a": 2.25}), ("abc", {}), ("%(a)*d", {"a": 1}),
                  ("%(x)s", {"x": "é"}), ("%(a)s %(a)r", {"a": "q"})]
    for fmt, d in dict_cases:
        add(fmt, d, ["dict", {k: encode_arg(v) for k, v in d.items()}])
    return rows


def random_spec(types):
    """A spec drawn from the whole grammar, including invalid combinations."""
    parts = []
    if rng.random() < 0.4:
        if rng.random() < 0.5:
            parts.append(rng.choice(["*", "0", "x", " ", "é", "🎉", "=", "<", "_", ","]))
        parts.append(rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.25:
        parts.append("#")
    if rng.random() < 0.25:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([0, 1, 2, 5, 8, 10, 13, 20, 25])))
    if rng.random() < 0.25:
        parts.append(rng.choice([",", "_", ",", "_"]))
    if rng.random() < 0.4:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 6, 10, 17, 20])))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    return "".join(parts)


def format_random_specs():
    """[value kind, value, spec, kind, text] over grammar-generated specs."""
    rows = []
    float_types = list("eEfFgGn%") + ["", "", "d", "s"]
    int_types = list("bcdoxXn") + ["", "", "e", "f", "g", "%", "s"]
    floats = edge_floats()
    for _ in range(5000):
        x = rng.choice(floats)
        spec = random_spec(float_types)
        rows.append(["float", bits(x), spec] + outcome(lambda: format(x, spec)))
    for _ in range(5000):
        n = rng.choice([0, 1, -1, 7, 65, 255, -4096, 10**6, 2**63, -(10**22)]
                       + [rng.randint(-10**12, 10**12)])
        spec = random_spec(int_types)
        rows.append(["int", hex(n), spec] + outcome(lambda: format(n, spec)))
    for _ in range(1500):
        t = rng.choice(["", "a", "héllo", "日本語", "🎉🎉", "longer text here"])
        spec = random_spec(["s", "", "", "d"])
        rows.append(["str", t, spec] + outcome(lambda: format(t, spec)))
    return rows


def int_text():
    """[a, b, str(a), hex, oct, bin, a//b, a%b, divmod, round(a, nd) for nd in ROUND_NDIGITS]."""
    nums = [0, 1, -1, 5, 15, 25, -25, 1250, 1350, -1250, 10**30 + 5 * 10**9, 2**64, -(2**100)]
    nums += [rng.randint(-10**rng.randint(1, 40), 10**rng.randint(1, 40)) for _ in range(400)]
    rows = []
    for a in nums:
        b = rng.choice(nums + [0, 3, -3, 7])
        row = [hex(a), hex(b), str(a), hex(a), oct(a), bin(a)]
        for fn in [lambda: hex(a // b), lambda: hex(a % b), lambda: [hex(v) for v in divmod(a, b)]]:
            kind, res = outcome(fn)
            row.append(res if kind == "ok" else kind + ": " + res)
        row.append([hex(round(a, nd)) for nd in ROUND_NDIGITS])
        rows.append(row)
    return rows


ROUND_NDIGITS = [3, 0, -1, -2, -3, -9, -10, -30, -45, -100]


SECTIONS = {
    "float_repr.json": float_repr,
    "format_float.json": format_float,
    "format_int.json": format_int,
    "format_str.json": format_str,
    "float_arith.json": float_arith,
    "int_division.json": int_division,
    "parse_numbers.json": parse_numbers,
    "str_reprs_wrapped.json": str_reprs,
    "percent.json": percent_cases,
    "format_random.json": format_random_specs,
    "int_text.json": int_text,
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[1:]
    for name, make in SECTIONS.items():
        if not only or name in only:
            write(name, make())
