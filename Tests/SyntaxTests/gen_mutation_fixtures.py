#!/usr/bin/env python3
"""Differential fuzzing against CPython, recorded: 1500 deterministic one-line mutations of the
programs in Programs/ (characters deleted, inserted or swapped), each run through python3 by
gen_syntax_errors.py's machinery, into Fixtures/mutations.json.
Rerun: python3 Tests/SyntaxTests/gen_mutation_fixtures.py
"""
import importlib.util, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("gen_syntax_errors", os.path.join(HERE, "gen_syntax_errors.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

def mutants(count=400, seed=1234, prefix="mut"):
    progs = os.path.join(HERE, "Programs")
    names = [fn for fn in sorted(os.listdir(progs)) if fn.endswith(".py")]
    sources = [open(os.path.join(progs, fn)).read().replace("%time ", "") for fn in names]
    rng = random.Random(seed)
    alphabet = list("()[]{}:;,.'\"#@=*+-\n \t") + ["for", "if", "else", "lambda", "async", "await",
                                                  "yield", "not", "in", "def", "return", "f'{", "}"]
    cases = []
    for k in range(count):
        which = rng.randrange(len(sources))
        lines = sources[which].split("\n")
        i = rng.randrange(len(lines))
        line = lines[i]
        for _ in range(rng.randint(1, 2)):
            op = rng.randrange(3)
            if not line:
                line = rng.choice(alphabet)
                continue
            j = rng.randrange(len(line))
            if op == 0:
                line = line[:j] + line[j + 1:]
            elif op == 1:
                line = line[:j] + rng.choice(alphabet) + line[j:]
            else:
                k2 = rng.randrange(len(line))
                chars = list(line)
                chars[j], chars[k2] = chars[k2], chars[j]
                line = "".join(chars)
        lines[i] = line
        name = "%s%03d" % (prefix, k)
        cases.append((name, "\n".join(lines)))
        EDITS[name] = {"program": names[which], "line": i, "text": line}
    return cases

# How each mutant differs from its program: the fixture stores this instead of the source.
EDITS = {}

if __name__ == "__main__":
    gen.SNIPPETS[:] = mutants() + mutants(600, seed=777, prefix="mutb") + mutants(500, seed=4242, prefix="mutc")
    gen.OUT = os.path.join(HERE, "Fixtures", "mutations.json")
    gen.main()
    import json
    with open(gen.OUT) as f:
        data = json.load(f)
    for c in data["cases"]:
        c.pop("source_b64", None)
        c.pop("source_parts", None)
        c["edit"] = EDITS[c["name"]]
    with open(gen.OUT, "w") as f:
        json.dump(data, f, indent=0, ensure_ascii=False)
        f.write("\n")
