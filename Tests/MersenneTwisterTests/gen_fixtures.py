#!/usr/bin/env python3
"""Writes the MersenneTwisterTests fixtures from CPython 3.11's random module.

Run from the package root:  python3 Tests/MersenneTwisterTests/gen_fixtures.py
Each script seeds a fresh random.Random and runs a list of operations in order,
recording every result, so the generator's state progression is checked too.
Floats travel as IEEE bit patterns (hex), ints as decimal strings.
"""
import hashlib
import itertools
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "fixtures must come from CPython 3.11"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Fixtures")
meta = random.Random(7)


def bits(x):
    return struct.pack(">d", x).hex()


def attempt(fn):
    try:
        return ["ok", fn()]
    except Exception as e:  # noqa: BLE001 - record what CPython raises
        return [type(e).__name__, str(e)]


def random_ops(r):
    """A random program of operations; returns rows [op, args..., kind, result]."""
    rows = []
    for _ in range(meta.randint(20, 60)):
        op = meta.choice(["random", "getrandbits", "randrange1", "randrange2", "randrange3",
                          "randint", "choice", "shuffle", "sample", "uniform", "randbelow_big",
                          "choices", "wchoices"])
        if op == "random":
            rows.append([op, bits(r.random())])
        elif op == "getrandbits":
            k = meta.choice([0, 1, 5, 31, 32, 33, 53, 63, 64, 65, 100, 128, 129, 1000])
            rows.append([op, k, str(r.getrandbits(k))])
        elif op == "randrange1":
            stop = meta.choice([1, 2, 3, 7, 10, 100, 2**31, 2**32 + 1, 10**20, 0, -5])
            rows.append([op, str(stop)] + stringify(attempt(lambda: r.randrange(stop))))
        elif op == "randrange2":
            a = meta.randint(-1000, 1000)
            b = a + meta.choice([-3, 0, 1, 2, 10, 1000, 10**12])
            rows.append([op, str(a), str(b)] + stringify(attempt(lambda: r.randrange(a, b))))
        elif op == "randrange3":
            a = meta.randint(-100, 100)
            b = meta.randint(-100, 100)
            step = meta.choice([-7, -3, -1, 0, 1, 2, 3, 10])
            rows.append([op, str(a), str(b), str(step)] + stringify(attempt(lambda: r.randrange(a, b, step))))
        elif op == "randint":
            a = meta.randint(-50, 50)
            b = a + meta.choice([-1, 0, 1, 5, 100, 10**9])
            rows.append([op, str(a), str(b)] + stringify(attempt(lambda: r.randint(a, b))))
        elif op == "choice":
            n = meta.choice([0, 1, 2, 5, 26, 1000])
            rows.append([op, n] + stringify(attempt(lambda: r.choice(range(n)))))
        elif op == "shuffle":
            n = meta.choice([0, 1, 2, 5, 10, 52])
            items = list(range(n))
            r.shuffle(items)
            rows.append([op, n, items])
        elif op == "sample":
            n = meta.choice([0, 3, 10, 21, 22, 40, 100, 1000, 10**6])
            k = meta.choice([0, 1, 3, 5, 6, 10, 20, 50, 300, n + 1] + ([n] if n <= 1000 else []))
            res = attempt(lambda: r.sample(range(n), k))
            rows.append([op, n, k] + res)
        elif op == "uniform":
            a = meta.uniform(-100, 100)
            b = meta.uniform(-100, 100)
            rows.append([op, bits(a), bits(b), bits(r.uniform(a, b))])
        elif op == "choices":
            n = meta.choice([0, 1, 3, 10, 1000])
            k = meta.choice([0, 1, 5, 20])
            rows.append([op, n, k] + stringify(attempt(lambda: r.choices(list(range(n)), k=k))))
        elif op == "wchoices":
            n = meta.choice([1, 2, 5, 30])
            weights = [meta.choice([0, 1, 2, 0.5, 3.25, 10]) for _ in range(n)]
            cum = list(itertools.accumulate(weights))
            k = meta.choice([0, 1, 7])
            res = attempt(lambda: r.choices(range(n), weights=weights, k=k))
            rows.append([op, [bits(float(c)) for c in cum], k] + stringify(res))
        elif op == "randbelow_big":
            n = meta.choice([2**64, 2**64 + 1, 10**30, 3 * 2**100, 2**200 - 1])
            rows.append([op, str(n), str(r._randbelow(n))])
    return rows


def stringify(res):
    kind, value = res
    return [kind, str(value) if kind == "ok" else value]


def seeds():
    out = []
    ints = [0, 1, -1, 2, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64,
            -(2**64) - 3, 10**30, 10**100, -(10**50), 2**1000 + 7]
    ints += [meta.randint(-10**meta.randint(1, 40), 10**meta.randint(1, 40)) for _ in range(40)]
    out += [["int", str(n), n] for n in ints]
    strs = ["", "a", "hello", "hello world", "é", "日本語", "🎉", "x" * 111, "x" * 112,
            "y" * 200, "seed-123"]
    out += [["str", s, s] for s in strs]
    floats = [0.0, -0.0, 1.0, -1.0, 1.5, -0.5, 0.1, 3.14159, 1e300, -1e-300, 5e-324,
              math.inf, -math.inf, 2.0**62, 123456.789]
    floats += [meta.uniform(-1e6, 1e6) for _ in range(10)]
    out += [["float", bits(x), x] for x in floats]
    out += [["bytes", b.hex(), b] for b in [b"", b"abc", bytes(range(256))]]
    return out


def scripts():
    rows = []
    for kind, text, value in seeds():
        r = random.Random()
        r.seed(value)
        first = [bits(r.random()) for _ in range(8)]
        rows.append({"seedKind": kind, "seed": text, "first": first, "ops": random_ops(r)})
    return rows


def sha512_vectors():
    rows = []
    for n in list(range(0, 260)) + [1000, 4096]:
        data = bytes(meta.getrandbits(8) for _ in range(n))
        rows.append([data.hex(), hashlib.sha512(data).hexdigest()])
    return rows


def float_hashes():
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -0.5, 1e300, 5e-324, 2.0**61, 2.0**62 + 2**10,
          math.inf, -math.inf, 1e16, 0.1]
    xs += [struct.unpack(">d", meta.getrandbits(64).to_bytes(8, "big"))[0] for _ in range(500)]
    xs += [meta.uniform(-1e9, 1e9) for _ in range(500)]
    return [[bits(x), str(hash(x))] for x in xs if not math.isnan(x)]


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print(name, len(rows))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("scripts.json", scripts())
    write("sha512.json", sha512_vectors())
    write("float_hash.json", float_hashes())
