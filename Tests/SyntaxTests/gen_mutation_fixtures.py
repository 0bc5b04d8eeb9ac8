#!/usr/bin/env python3
"""Differential fuzzing against CPython, recorded: 1000 deterministic one-line mutations of the
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
    sources = [open(os.path.join(progs, fn)).read().replace("%time ", "")
               for fn in sorted(os.listdir(progs)) if fn.endswith(".py")]
    rng = random.Random(seed)
    alphabet = list("()[]{}:;,.'\"#@=*+-\n \t") + ["for", "if", "else", "lambda", "async", "await",
                                                  "yield", "not", "in", "def", "return", "f'{", "}"]
    cases = []
    for k in range(count):
        lines = rng.choice(sources).split("\n")
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
        cases.append(("%s%03d" % (prefix, k), "\n".join(lines)))
    return cases

if __name__ == "__main__":
    gen.SNIPPETS[:] = mutants() + mutants(600, seed=777, prefix="mutb")
    gen.OUT = os.path.join(HERE, "Fixtures", "mutations.json")
    gen.main()
