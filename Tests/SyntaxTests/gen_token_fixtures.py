#!/usr/bin/env python3
"""Records `python3 -m tokenize`'s token stream for the programs in Programs/ and a few
snippets into Fixtures/tokens.json (comments, NL and ENCODING dropped: our lexer does not
produce them). Rerun: python3 Tests/SyntaxTests/gen_token_fixtures.py
"""
import io, json, os, sys, token, tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Fixtures", "tokens.json")

SNIPPETS = [
    ("operators", "a += b -= c *= d /= e //= f %= g **= h >>= i <<= j &= k |= l ^= m\n"
                  "a -> b := c ... d != e <= f >= g == h < i > j ~ k ** l // m << n >> o\n"),
    ("numbers", "0 00 0x1F 0o17 0b101 1_000 1.5 .5 5. 1e10 1E-3 1.5e+3 0_0 1if x else 2\n"),
    ("strings", "'a' \"b\" '''c\nd''' r'\\d' b'x' rb'y' BR'z' f'{x}' Rf'{y}' u'u'\n"),
    ("indent", "if a:\n    b\n    if c:\n        d\n\n    # comment\n    e\nf\n"),
    ("brackets", "x = [\n  1,\n    2,\n]\ny = (1 +\n     2)\n"),
    ("continuation", "x = 1 + \\\n    2\n"),
    ("tabs", "if a:\n\tb\n"),
    ("no_trailing_newline", "x = 1"),
    ("unicode", "caf\u00e9 = '\u00e9t\u00e9'\n"),
]

def record(name, src):
    out = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
            continue
        kind = token.tok_name[t.exact_type]
        out.append([kind, t.string, t.start[0], t.start[1], t.end[0], t.end[1]])
    return {"name": name, "source": src, "tokens": out}

def main():
    cases = []
    progs = os.path.join(HERE, "Programs")
    for fn in sorted(os.listdir(progs)):
        if fn.endswith(".py"):
            with open(os.path.join(progs, fn), encoding="utf-8", newline="") as f:
                src = f.read()
            if "%time" in src:
                continue  # IPython syntax, not Python's tokenizer's
            cases.append(record(fn, src))
    for name, src in SNIPPETS:
        cases.append(record(name, src))
    with open(OUT, "w") as f:
        json.dump({"python": sys.version.split()[0], "cases": cases}, f, indent=0, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")

if __name__ == "__main__":
    main()
