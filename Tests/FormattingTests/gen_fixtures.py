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
    return [[bits(x), repr(x)] for x in edge_floats()]


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


SECTIONS = {
    "float_repr.json": float_repr,
    "format_float.json": format_float,
    "format_int.json": format_int,
    "format_str.json": format_str,
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[1:]
    for name, make in SECTIONS.items():
        if not only or name in only:
            write(name, make())
