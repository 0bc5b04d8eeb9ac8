#!/usr/bin/env bash
# Differential conformance runner: compares BINARY with CPython's recorded behaviour.
#
#   Tests/Conformance/run.sh BINARY [FILTER]
#
# For every program DIR/NNN_name.py below this folder whose relative path
# contains FILTER (all programs without FILTER), runs
#     BINARY run NNN_name.py --plain            (cwd = DIR, fixed environment)
# and compares stdout, stderr and exit status byte for byte with the recorded
# NNN_name.stdout / .stderr / .status (written by record.py from python3).
# Before comparing, "DIR/" is removed from the output and CPython's
# standard-library folder is written "<stdlib>/" (set CONFORMANCE_STDLIB to the
# exact folder, otherwise any ".../lib/python3.N/" is rewritten).
# Programs under an asyncio/ folder that have a .time file are also run with
# --json OUT.json; the top-level "virtual_time" must satisfy
#     cpython - (1% + 15 ms) <= virtual_time <= cpython + 5 ms.
# A program may carry, within its first 5 lines, `# looplab: ARGS`: the words of
# ARGS are appended to the command line (asyncio tutorials use it for
# `--network TABLE` and `--max-steps 0 --cpu-model`).  With --cpu-model the time
# rule is |virtual_time - cpython| <= 25% of cpython instead.
# known-failures.txt lists programs (relative paths, '#' comments) expected to
# fail; one that passes is an error, so the list can only shrink.
# Needs bash, coreutils, sed, awk, diff; not python3.  Exit status 0 iff nothing failed.

set -u
export LC_ALL=C

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 BINARY [FILTER]" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BIN=$1
FILTER=${2:-}
TIMEOUT=${CONFORMANCE_TIMEOUT:-10}

case $BIN in
    */*) ;;
    *) BIN=$(command -v -- "$BIN") || { echo "run.sh: $1: not found" >&2; exit 2; } ;;
esac
if [ ! -x "$BIN" ]; then
    echo "run.sh: $BIN is not an executable file" >&2
    exit 2
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

# Known failures.
declare -A KNOWN=()
if [ -f "$ROOT/known-failures.txt" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%%#*}
        line=$(printf '%s' "$line" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')
        [ -n "$line" ] && KNOWN[$line]=1
    done < "$ROOT/known-failures.txt"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/conformance.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

sed_escape() { printf '%s' "$1" | sed -e 's/[]\/$*.^[#&]/\\&/g'; }

if [ -n "${CONFORMANCE_STDLIB:-}" ]; then
    STDLIB_SED="s#$(sed_escape "${CONFORMANCE_STDLIB%/}")/#<stdlib>/#g"
else
    STDLIB_SED='s#/[^" ]*/lib/python3\.[0-9][0-9]*/#<stdlib>/#g'
fi

normalise() {  # normalise FILE PROGRAM_DIR
    sed -i -e "s#$(sed_escape "$2")/##g" -e "$STDLIB_SED" -e 's/ at 0x[0-9a-f][0-9a-f]*>/ at 0x…>/g' "$1"
}

# The recorder's environment (record.py: clean_env).
run_env=(env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/nonexistent LANG=C.UTF-8
         LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
         PYTHONNOUSERSITE=1 TERM=dumb NO_COLOR=1)

passed=0 failed=0 xfailed=0 skipped=0
declare -A T_PASS=() T_FAIL=() T_XFAIL=() T_SKIP=() TOPICS=()

mapfile -t PROGRAMS < <(cd "$ROOT" && find . -mindepth 2 -path '*/.*' -prune -o \
                        -type f -name '[0-9][0-9][0-9]_*.py' -print | sed 's#^\./##' | sort)

for rel in "${PROGRAMS[@]}"; do
    [ -n "$FILTER" ] && [[ $rel != *"$FILTER"* ]] && continue
    topic=$(dirname "$rel")
    TOPICS[$topic]=1
    dir=$ROOT/$topic
    name=$(basename "$rel")
    base=$ROOT/${rel%.py}

    if [ ! -f "$base.stdout" ] || [ ! -f "$base.stderr" ] || [ ! -f "$base.status" ]; then
        echo "skip $rel (not recorded: run record.py)"
        skipped=$((skipped + 1)); T_SKIP[$topic]=$(( ${T_SKIP[$topic]:-0} + 1 ))
        continue
    fi

    out=$WORK/stdout err=$WORK/stderr json=$WORK/out.json
    rm -f "$out" "$err" "$json"
    timed=0
    args=(run "$name" --plain)
    extra=$(head -n 5 "$ROOT/$rel" | sed -n 's/^# looplab:[[:space:]]*//p' | head -n 1)
    cpu_model=0
    if [ -n "$extra" ]; then
        read -r -a extra_args <<< "$extra"
        args+=("${extra_args[@]}")
        [[ " $extra " == *" --cpu-model "* ]] && cpu_model=1
    fi
    if [[ /$topic/ == */asyncio/* ]] && [ -f "$base.time" ]; then
        timed=1
        args+=(--json "$json")
    fi
    (cd "$dir" && "${run_env[@]}" timeout "$TIMEOUT" "$BIN" "${args[@]}" \
        >"$out" 2>"$err" </dev/null)
    status=$?
    normalise "$out" "$dir"
    normalise "$err" "$dir"
    printf '%s\n' "$status" > "$WORK/status"

    reasons=()
    [ "$status" = 124 ] && reasons+=("timed out after ${TIMEOUT}s")
    cmp -s "$base.stdout" "$out" || reasons+=("stdout differs")
    cmp -s "$base.stderr" "$err" || reasons+=("stderr differs")
    cmp -s "$base.status" "$WORK/status" || reasons+=("exit status $status, expected $(cat "$base.status")")
    time_note=""
    if [ $timed = 1 ]; then
        vt=""
        [ -f "$json" ] && vt=$(grep -o '"virtual_time"[[:space:]]*:[[:space:]]*[-+0-9.eE]*' "$json" \
                               | head -n 1 | sed 's/.*:[[:space:]]*//')
        if [ -z "$vt" ]; then
            reasons+=("no \"virtual_time\" in --json output")
        else
            cp=$(head -n 1 "$base.time")
            verdict=$(awk -v c="$cp" -v v="$vt" -v cpu="$cpu_model" 'BEGIN {
                lo = c - (c * 0.01 + 0.015); hi = c + 0.005
                if (cpu == 1) { lo = c * 0.75; hi = c * 1.25 }
                if (v + 0 >= lo && v + 0 <= hi) print "ok"
                else printf "virtual time %s s outside [%.6f, %.6f] (CPython %s s)\n", v, lo, hi, c }')
            if [ "$verdict" != ok ]; then reasons+=("$verdict"); else time_note=" (virtual time $vt s, CPython $cp s)"; fi
        fi
    fi

    if [ ${#reasons[@]} -eq 0 ]; then
        if [ -n "${KNOWN[$rel]:-}" ]; then
            echo "not ok $rel # unexpectedly passed — remove it from known-failures.txt"
            failed=$((failed + 1)); T_FAIL[$topic]=$(( ${T_FAIL[$topic]:-0} + 1 ))
        else
            echo "ok $rel$time_note"
            passed=$((passed + 1)); T_PASS[$topic]=$(( ${T_PASS[$topic]:-0} + 1 ))
        fi
        continue
    fi

    why=$(IFS=';'; echo "${reasons[*]}" | sed 's/;/; /g')
    if [ -n "${KNOWN[$rel]:-}" ]; then
        echo "not ok $rel # expected failure (known-failures.txt): $why"
        xfailed=$((xfailed + 1)); T_XFAIL[$topic]=$(( ${T_XFAIL[$topic]:-0} + 1 ))
        continue
    fi
    echo "not ok $rel # $why"
    failed=$((failed + 1)); T_FAIL[$topic]=$(( ${T_FAIL[$topic]:-0} + 1 ))
    {
        diff -u --label "expected/$name.stdout" --label "actual/stdout" "$base.stdout" "$out"
        diff -u --label "expected/$name.stderr" --label "actual/stderr" "$base.stderr" "$err"
        diff -u --label "expected/$name.status" --label "actual/status" "$base.status" "$WORK/status"
    } | head -n 20 | sed 's/^/    /'
done

for k in "${!KNOWN[@]}"; do
    [ -f "$ROOT/$k" ] || echo "warning: known-failures.txt lists $k, which does not exist" >&2
done

echo
echo "per topic:"
for topic in $(printf '%s\n' "${!TOPICS[@]}" | sort); do
    line="  $topic: ${T_PASS[$topic]:-0} passed, ${T_FAIL[$topic]:-0} failed"
    [ "${T_XFAIL[$topic]:-0}" -gt 0 ] && line+=", ${T_XFAIL[$topic]} expected failures"
    [ "${T_SKIP[$topic]:-0}" -gt 0 ] && line+=", ${T_SKIP[$topic]} skipped"
    echo "$line"
done
echo
summary="$passed passed, $failed failed"
[ $xfailed -gt 0 ] && summary+=", $xfailed expected failures"
[ $skipped -gt 0 ] && summary+=", $skipped skipped"
echo "$summary"
[ $failed -eq 0 ]
