#!/usr/bin/env python3
"""Records CPython's AST (shape and positions) for the good programs in Programs/ and the
snippets below into Fixtures/ast_dumps.json. The Swift test dumps our AST in the same
format (ASTDump.swift). Rerun after adding a program: python3 Tests/SyntaxTests/gen_ast_fixtures.py

`%time stmt` lines (IPython) are fed to CPython as `if 1: stmt` (same width) and dumped as
TimeMagic(statement=…).
"""
import ast, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Fixtures", "ast_dumps.json")

SNIPPETS = [
    ("tuple_trailing_comma", "x = 1, 2,\n"),
    ("paren_expr", "x = (a)\n(b)\n((c))\n"),
    ("call_genexp", "f(x for x in y)\n"),
    ("decorated", "@a.b(c)\n@d\ndef f(): pass\n"),
    ("async_def", "async def f():\n    async with a as b:\n        async for c in d:\n            await e\n"),
    ("fstring_debug", "f'{x = }' f'{y=:>10}' f'{z=!s}'\n"),
    ("fstring_multi", "f'a{b}c' 'd' f'{e}'\n"),
    ("fstring_nested_spec", "f'{x:{w}.{p}}'\n"),
    ("slices", "a[1:2, 3]\na[:]\na[::]\na[1:2:]\n"),
    ("lambda_args", "lambda *a, b, **c: 0\nlambda *, k: 0\nlambda a, /, b: 0\n"),
    ("comparisons", "a < b < c\nnot a == b\na is not b\na not in b\n"),
    ("unary_power", "-a ** -b\n(-a) ** b\n~a ** 2\n"),
    ("binops_prec", "a + b * c - d / e % f // g\na << b + c\na & b | c ^ d\n"),
    ("boolops", "a and b and c or d or e and f\n"),
    ("conditional_chain", "a if b else c if d else e\n"),
    ("walrus", "(y := f(x))\n[z := 1, 2]\n"),
    ("dict_forms", "{a: b, **c, d: e}\n{**a}\n"),
    ("starred_assign", "a, *b = c\n[*a, b] = c\n"),
    ("for_targets", "for a, b in c: pass\nfor (a, b) in c: pass\nfor [a, *b] in c: pass\n"),
    ("with_parens_tuple", "with (a, b) as c: pass\n"),
    ("class_kw", "class A(B, *C, metaclass=D, **E): pass\n"),
    ("imports", "import a\nimport a.b\nimport a.b as c\nfrom .a.b import c as d\nfrom ... import e\n"),
    ("return_star", "def f():\n    return *a, b\n"),
    ("yield_forms", "def f():\n    yield\n    yield a\n    yield a, b\n    yield from c\n    x = yield\n"),
    ("numbers", "0\n00\n0_0\n1_2\n0x_f\n0O7\n0B1\n1.\n1.e2\n1_0.0_1e+1_0\n9" + "9" * 30 + "\n"),
    ("strings", "'\\x41\\u00e9\\U0001F600\\N{DEGREE SIGN}\\101\\a\\q'\nb'\\x41\\101\\q'\nr'\\n' R'\\''\n'''a\nb'''\n"),
    ("line_continuation", "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n"),
    ("comments_blank", "# c\n\nx = 1  # c\n\n    # indented comment\ny = 2\n"),
    ("semicolons", "a; b; c;\n"),
    ("nested_funcs", "def f(a: int = 1, *args: str, b: bool, **kw: dict) -> list:\n    def g():\n        return a\n    return g\n"),
    ("try_star", "try:\n    pass\nexcept* (A, B) as e:\n    pass\nexcept* C:\n    pass\n"),
    ("elif_chain", "if a:\n    x\nelif b:\n    y\nelif c:\n    z\n"),
    ("global_nonlocal", "def f():\n    global a, b\n    x = 1\n    def g():\n        nonlocal x\n"),
    ("subscript_ctx", "a[b] = c\ndel a[b]\na.b = c\ndel a.b\n"),
    ("annassign_forms", "a: int\na.b: int = 1\na[0]: int = 2\n(a): int\n"),
    ("lambda_default_lambda", "f = lambda a=lambda: 1: a\n"),
    ("tabs", "if a:\n\tb\n\tif c:\n\t\td\n"),
    ("time_magic", "%time x = 1\nif a:\n    %time await f()\n"),
    ("crlf", "x = 1\r\nif x:\r\n    y = 2\r\n"),
    ("constant_args", "print(True, False, None, ..., 1, 'a', x=True, y=None)\nf(None)\ng(False, *a)\n"),
    ("keywords_everywhere", "x = True if not None else False\nd = {None: True, False: ...}\ns = [None, True][0]\n"),
]

def const_repr(v):
    if v is None or v is True or v is False or v is Ellipsis:
        return repr(v)
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return "'" + "".join(esc(c) for c in v) + "'"
    if isinstance(v, bytes):
        return "b'" + v.hex() + "'"
    raise ValueError(v)

def esc(c):
    if c == "\\": return "\\\\"
    if c == "'": return "\\'"
    if 32 <= ord(c) < 127: return c
    return "\\u{%X}" % ord(c)

SKIP = {"type_comment", "type_ignores", "kind"}

def dump(node, magic_lines):
    if isinstance(node, list):
        return "[" + ", ".join(dump(x, magic_lines) for x in node) + "]"
    if isinstance(node, ast.If) and node.lineno in magic_lines and node.col_offset == magic_lines[node.lineno]:
        return "TimeMagic(statement=" + dump(node.body[0], magic_lines) + ")"
    if isinstance(node, ast.Constant):
        return "Constant(" + const_repr(node.value) + ")"
    if isinstance(node, ast.AST):
        parts = []
        for f in node._fields:
            if f in SKIP: continue
            v = getattr(node, f)
            if isinstance(v, (ast.AST, list)):
                parts.append(f + "=" + dump(v, magic_lines))
            elif v is None:
                parts.append(f + "=None")
            else:
                parts.append(f + "=" + (str(v) if not isinstance(v, str) else v))
        return type(node).__name__ + "(" + ", ".join(parts) + ")"
    return repr(node)

def positions(node, magic_lines, out):
    if isinstance(node, list):
        for x in node: positions(x, magic_lines, out)
        return
    if not isinstance(node, ast.AST): return
    name = type(node).__name__
    if isinstance(node, ast.If) and node.lineno in magic_lines and node.col_offset == magic_lines[node.lineno]:
        out.append("TimeMagic@%d:%d-%d:%d" % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset))
        positions(node.body[0], magic_lines, out)
        return
    if getattr(node, "lineno", None) is not None and not isinstance(node, (ast.FormattedValue,)) \
            and not (isinstance(node, ast.Constant) and getattr(node, "_in_fstring", False)):
        out.append("%s@%d:%d-%d:%d" % (name, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset))
    if isinstance(node, ast.JoinedStr):
        # 3.11 gives f-string parts the position of the whole literal; only the
        # expressions inside fields have real positions. Dump those.
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                positions(v.value, magic_lines, out)
                if v.format_spec is not None:
                    for w in v.format_spec.values:
                        if isinstance(w, ast.FormattedValue):
                            positions(w.value, magic_lines, out)
        return
    for f in node._fields:
        if f in SKIP: continue
        positions(getattr(node, f), magic_lines, out)

def record(name, src):
    magic_lines = {}
    lines = src.split("\n")
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if stripped.startswith("%time "):
            col = len(line) - len(stripped)
            lines[i] = line[:col] + "if 1: " + stripped[len("%time "):]
            magic_lines[i + 1] = col
    tree = ast.parse("\n".join(lines))
    out = []
    positions(tree.body, magic_lines, out)
    return {"name": name, "source": src, "dump": dump(tree.body, magic_lines), "positions": out}

def main():
    cases = []
    progs = os.path.join(HERE, "Programs")
    for fn in sorted(os.listdir(progs)):
        if fn.endswith(".py"):
            with open(os.path.join(progs, fn), encoding="utf-8", newline="") as f:
                cases.append(record(fn, f.read()))
    for name, src in SNIPPETS:
        cases.append(record(name, src))
    with open(OUT, "w") as f:
        json.dump({"python": sys.version.split()[0], "cases": cases}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")

def stdlib(out):
    """Optional, not committed (large): records every ASCII module of python3's standard library
    that compiles. Check with: AST_FIXTURE=out swift test --filter SyntaxTests.ASTShapeTests
    (expected differences: modules using match, lone surrogates or the @ operator, which lessons
    do not support)."""
    import glob, sysconfig
    lib = sysconfig.get_paths()["stdlib"]
    cases = []
    for fn in sorted(glob.glob(lib + "/**/*.py", recursive=True)):
        if "site-packages" in fn:
            continue
        try:
            src = open(fn, encoding="utf-8").read()
            compile(src, fn, "exec")
        except Exception:
            continue
        if len(src) > 150000 or any(ord(ch) > 127 for ch in src):
            continue  # CPython's AST columns are bytes, ours code points
        cases.append(record(os.path.relpath(fn, lib), src))
    with open(out, "w") as f:
        json.dump({"python": sys.version.split()[0], "cases": cases}, f)
    print(f"wrote {len(cases)} modules to {out}")

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--stdlib":
        stdlib(sys.argv[2])
    else:
        main()
