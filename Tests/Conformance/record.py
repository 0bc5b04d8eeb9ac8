#!/usr/bin/env python3
"""Record CPython's behaviour for the differential conformance suite.

Usage:
    python3 Tests/Conformance/record.py [--jobs N] [PATH_OR_SUBSTRING ...]

Without arguments every program is recorded.  An argument selects the programs
whose path (relative to Tests/Conformance) contains it, or the programs inside
a folder / the file it names.

For each program P = DIR/NNN_name.py the *real* interpreter (sys.executable of
`python3`, never a launcher shim) is run three times as `python3 NNN_name.py`
with cwd = DIR and a clean, fixed environment (see ENV below).  If the three
runs agree, the results are written beside the program:

    NNN_name.stdout   stdout, normalised
    NNN_name.stderr   stderr, normalised
    NNN_name.status   exit status, as decimal text plus a newline
    NNN_name.time     (only under an `asyncio/` folder) CPython's wall time in
                      seconds, minimum of the three runs, measured inside the
                      interpreter by a sitecustomize module (see SITECUSTOMIZE)

Normalisation (the runner applies the same to the binary's output):
    * "<program's directory>/" is removed (CPython prints the absolute path of
      the main script in tracebacks and in "Non-UTF-8 code" SyntaxErrors);
    * the standard-library folder ("<sysconfig stdlib>/") is written "<stdlib>/".

A program may carry, within its first 5 lines, `# record-env: NAME=VALUE ...`:
these variables are added to the recording environment (asyncio tutorials use
it).  PYTHONPATH entries are relative to the program's directory and come
before the sitecustomize folder.  LOOPLAB_RANDOM_SEED=N makes the
sitecustomize call random.seed(N) before the program starts (looplab's
unseeded generator starts as seed(0)); it is also applied to the check run
without the timing code.

A program whose output (stdout, stderr or status) varies between runs is
reported and skipped (its old recordings are left alone); so is a program
whose output changes when run once more with another PYTHONHASHSEED (its
output would depend on the iteration order of sets of strings, which CPython
randomises and looplab need not reproduce), and an asyncio program whose
output changes without the timing sitecustomize.  A program without a
`# rule:` header line is reported too.  The exit status of this script is 0
only if every selected program was recorded.  manifest.tsv is regenerated
at the end (see manifest.py).
"""

import os
import re
import subprocess
import sys
import sysconfig
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.abspath(__file__))
RUNS = 3
TIMEOUT = 10  # seconds per run
TIME_ENV = "LOOPLAB_CONFORMANCE_TIME_FILE"
HASHSEED_PROBE = "4242"  # one extra run with another hash seed (see record())

SITECUSTOMIZE = '''\
# Installed on PYTHONPATH by Tests/Conformance/record.py for asyncio programs only.
# Measures CPython's wall time from just before the program's first statement to
# interpreter exit, with asyncio, random, math and time already imported.
# It must print nothing and change nothing a program can observe in its output.
import asyncio, random, math, time
import atexit as _atexit
import os as _os

_seed = _os.environ.pop("LOOPLAB_RANDOM_SEED", None)
if _seed is not None:
    random.seed(int(_seed))

_path = _os.environ.pop("%(env)s", None)
if _path is not None:
    def _looplab_write_elapsed(_path=_path, _start=time.perf_counter(),
                               _clock=time.perf_counter):
        _elapsed = _clock() - _start
        with open(_path, "w") as _f:
            _f.write(repr(_elapsed) + "\\n")
    _atexit.register(_looplab_write_elapsed)
''' % {"env": TIME_ENV}


def real_python():
    """The real interpreter behind `python3` (pyenv and friends install shims)."""
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True).stdout.strip()
    if not out or not os.path.isfile(out):
        sys.exit("record.py: cannot resolve the real python3 interpreter")
    return out


def stdlib_dirs(python):
    out = subprocess.run([python, "-c",
                          "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    dirs = {out, os.path.realpath(out)}
    return sorted(dirs, key=len, reverse=True)


def clean_env():
    """The fixed environment; run.sh uses the same variables."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/nonexistent",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONNOUSERSITE": "1",
        "TERM": "dumb",
        "NO_COLOR": "1",
    }


SEED_ONLY_SITECUSTOMIZE = '''\
# Used by Tests/Conformance/record.py for the check run without the timing code.
import os as _os
_seed = _os.environ.pop("LOOPLAB_RANDOM_SEED", None)
if _seed is not None:
    import random
    random.seed(int(_seed))
'''


def record_env(path):
    """The `# record-env: NAME=VALUE ...` header of a program, as a dict."""
    with open(path, "rb") as f:
        head = f.read(4096).decode("latin-1")
    env = {}
    for line in head.splitlines()[:5]:
        if line.startswith("# record-env:"):
            for item in line[len("# record-env:"):].split():
                name, _, value = item.partition("=")
                env[name] = value
    return env


def find_programs():
    progs = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if dirpath == ROOT:
            continue  # the suite's own scripts live at the top level
        for name in sorted(filenames):
            if name.endswith(".py") and name[:3].isdigit() and name[3:4] == "_":
                progs.append(os.path.relpath(os.path.join(dirpath, name), ROOT))
    return progs


def is_asyncio(rel):
    return "asyncio" in rel.split(os.sep)[:-1]


def has_rule(path):
    with open(path, "rb") as f:
        head = f.read(4096).decode("latin-1")
    return any(line.startswith("# rule:") and line[7:].strip()
               for line in head.splitlines()[:5])


def normalise(data, prog_dir, stdlibs):
    data = data.replace(os.fsencode(prog_dir) + b"/", b"")
    for d in stdlibs:
        data = data.replace(os.fsencode(d) + b"/", b"<stdlib>/")
    # Addresses in default reprs (`<generator object gen at 0x7f…>`) differ between runs.
    return ADDRESS.sub(" at 0x…>".encode(), data)


ADDRESS = re.compile(rb" at 0x[0-9a-f]+>")


def run_once(python, rel, stdlibs, site_dir=None, hashseed=None):
    path = os.path.join(ROOT, rel)
    prog_dir, name = os.path.split(path)
    env = clean_env()
    extra = record_env(path)
    paths = [os.path.join(prog_dir, d) for d in extra.pop("PYTHONPATH", "").split(":") if d]
    env.update(extra)
    if hashseed is not None:
        env["PYTHONHASHSEED"] = hashseed
    time_file = None
    if site_dir is None and "LOOPLAB_RANDOM_SEED" in extra:
        site_dir_plain = os.path.join(tempfile.gettempdir(), "conformance-seed-site")
        os.makedirs(site_dir_plain, exist_ok=True)
        with open(os.path.join(site_dir_plain, "sitecustomize.py"), "w") as f:
            f.write(SEED_ONLY_SITECUSTOMIZE)
        paths.append(site_dir_plain)
    if paths:
        env["PYTHONPATH"] = ":".join(paths)
    if site_dir is not None:
        env["PYTHONPATH"] = ":".join(paths + [site_dir])
        fd, time_file = tempfile.mkstemp(prefix="time-", dir=site_dir)
        os.close(fd)
        os.unlink(time_file)
        env[TIME_ENV] = time_file
    try:
        p = subprocess.run([python, name], cwd=prog_dir, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % TIMEOUT
    elapsed = None
    if time_file is not None:
        try:
            with open(time_file) as f:
                elapsed = float(f.read())
            os.unlink(time_file)
        except (OSError, ValueError):
            return None, "sitecustomize wrote no time"
    # A process killed by signal N (CPython re-raises SIGINT after an uncaught
    # KeyboardInterrupt) is reported as a shell does: 128 + N (130 for SIGINT).
    status = p.returncode if p.returncode >= 0 else 128 - p.returncode
    result = (normalise(p.stdout, prog_dir, stdlibs),
              normalise(p.stderr, prog_dir, stdlibs),
              status)
    return (result, elapsed), None


def record(python, rel, stdlibs, site_dir):
    """Returns (rel, error message or None)."""
    path = os.path.join(ROOT, rel)
    if not has_rule(path):
        return rel, "no '# rule: ...' line in its first 5 lines"
    asyncio_prog = is_asyncio(rel)
    results, times = [], []
    for _ in range(RUNS):
        got, err = run_once(python, rel, stdlibs, site_dir if asyncio_prog else None)
        if err:
            return rel, err
        results.append(got[0])
        if got[1] is not None:
            times.append(got[1])
    if any(r != results[0] for r in results[1:]):
        which = [n for n, i in (("stdout", 0), ("stderr", 1), ("status", 2))
                 if len({r[i] for r in results}) > 1]
        return rel, "output varies between runs (%s): refused" % ", ".join(which)
    # Output must not depend on string hashing (e.g. iterating a set of str):
    # CPython randomises it for users, and looplab may use any fixed order.
    probe, err = run_once(python, rel, stdlibs, None, hashseed=HASHSEED_PROBE)
    if err:
        return rel, err
    if probe[0] != results[0]:
        return rel, ("output depends on PYTHONHASHSEED (set/dict of str order?): "
                     "refused")
    if asyncio_prog:
        # The timing sitecustomize must not change anything the program prints.
        plain, err = run_once(python, rel, stdlibs, None)
        if err:
            return rel, err
        if plain[0] != results[0]:
            return rel, "output differs with the timing sitecustomize: refused"
    stdout, stderr, status = results[0]
    base = path[:-3]
    for ext, data in ((".stdout", stdout), (".stderr", stderr),
                      (".status", b"%d\n" % status)):
        with open(base + ext, "wb") as f:
            f.write(data)
    if asyncio_prog:
        with open(base + ".time", "w") as f:
            f.write("%.6f\n" % min(times))
    elif os.path.exists(base + ".time"):
        os.unlink(base + ".time")
    return rel, None


def remove_orphans():
    """Delete recordings whose program no longer exists (renamed or removed)."""
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        if dirpath == ROOT:
            continue
        for name in filenames:
            base, ext = os.path.splitext(name)
            if ext in (".stdout", ".stderr", ".status", ".time") and base[:3].isdigit():
                if not os.path.exists(os.path.join(dirpath, base + ".py")):
                    os.unlink(os.path.join(dirpath, name))
                    print("removed orphan recording", os.path.relpath(os.path.join(dirpath, name), ROOT))


def main(argv):
    jobs = 1
    args = []
    it = iter(argv)
    for a in it:
        if a in ("-j", "--jobs"):
            jobs = int(next(it))
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(a)
    remove_orphans()
    python = real_python()
    stdlibs = stdlib_dirs(python)
    progs = find_programs()
    if args:
        sel = []
        for a in args:
            ap = os.path.abspath(a)
            if os.path.exists(ap) and ap.startswith(ROOT + os.sep):
                r = os.path.relpath(ap, ROOT)
                sel += [p for p in progs if p == r or p.startswith(r.rstrip(os.sep) + os.sep)]
            else:
                sel += [p for p in progs if a in p]
        progs = sorted(set(sel))
    if not progs:
        print("record.py: no programs selected", file=sys.stderr)
        return 1
    print("recording %d program(s) with %s" % (len(progs), python))
    failures = 0
    with tempfile.TemporaryDirectory(prefix="conformance-site-") as site_dir:
        with open(os.path.join(site_dir, "sitecustomize.py"), "w") as f:
            f.write(SITECUSTOMIZE)
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            for rel, err in pool.map(lambda r: record(python, r, stdlibs, site_dir), progs):
                if err:
                    failures += 1
                    print("SKIPPED %s: %s" % (rel, err))
    print("%d recorded, %d skipped" % (len(progs) - failures, failures))
    # Keep manifest.tsv in sync with the programs' "# rule:" lines.
    manifest = subprocess.run([python, os.path.join(ROOT, "manifest.py")])
    return 1 if failures or manifest.returncode else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
