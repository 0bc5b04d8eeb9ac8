#!/usr/bin/env python3
"""Generate (or check) Tests/Conformance/manifest.tsv from the programs' `# rule:` headers.

    python3 Tests/Conformance/manifest.py           rewrite manifest.tsv
    python3 Tests/Conformance/manifest.py --check   fail if a program lacks its
                                                    rule line or the manifest is stale

Every program (DIR/NNN_name.py below Tests/Conformance) must have, within its
first 5 lines, a comment `# rule: <the rule it tests>`.  The topic is the
program's folder relative to Tests/Conformance (e.g. language/numbers).
"""

import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(ROOT, "manifest.tsv")


def programs():
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if dirpath == ROOT:
            continue
        for name in sorted(filenames):
            if name.endswith(".py") and name[:3].isdigit() and name[3:4] == "_":
                yield os.path.relpath(os.path.join(dirpath, name), ROOT)


def rule_of(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        head = f.read(4096).decode("latin-1")  # some programs are not UTF-8 on purpose
    for line in head.splitlines()[:5]:
        if line.startswith("# rule:") and line[7:].strip():
            return line[7:].strip()
    return None


def build():
    rows, missing, counts = [], [], {}
    for rel in sorted(programs()):
        rule = rule_of(rel)
        if rule is None:
            missing.append(rel)
            continue
        topic = os.path.dirname(rel)
        counts[topic] = counts.get(topic, 0) + 1
        rows.append("%s\t%s\t%s" % (rel, topic, rule.replace("\t", " ")))
    lines = ["program\ttopic\trule"] + rows
    lines.append("")
    lines.append("# count per topic")
    for topic in sorted(counts):
        lines.append("# %s\t%d" % (topic, counts[topic]))
    lines.append("# total\t%d" % sum(counts.values()))
    return "\n".join(lines) + "\n", missing


def main(argv):
    text, missing = build()
    for rel in missing:
        print("manifest.py: %s has no '# rule: ...' line in its first 5 lines" % rel,
              file=sys.stderr)
    if "--check" in argv:
        try:
            with open(MANIFEST) as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("manifest.py: manifest.tsv is out of date; run python3 "
                  "Tests/Conformance/manifest.py", file=sys.stderr)
            return 1
        return 1 if missing else 0
    with open(MANIFEST, "w") as f:
        f.write(text)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
