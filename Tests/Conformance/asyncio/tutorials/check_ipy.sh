#!/usr/bin/env bash
# Checks looplab's `%time` support on the tutorial programs kept in IPython form.
#
#   Tests/Conformance/asyncio/tutorials/check_ipy.sh BINARY [FILTER]
#
# For every NNN_name.ipy here (whose name contains FILTER) runs
#     BINARY run NNN_name.ipy --plain [ARGS of its `# looplab:` header]   (cwd = this folder)
# in run.sh's fixed environment and checks that
#   * stdout is NNN_name.stdout (CPython's recording of NNN_name.py, the same program with
#     `%time STMT` replaced by `STMT`) followed by exactly two lines: one starting with
#     `CPU times: ` and one of the `accept:` lines of NNN_name.walltime (the Wall time
#     IPython prints for a time within the runner's rule around CPython's time);
#   * stderr and the exit status are NNN_name.stderr / NNN_name.status.
# NNN_name.walltime is written by walltime.py from the recorded NNN_name.time.
# Exit status 0 iff every program passed.

set -u
export LC_ALL=C
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 BINARY [FILTER]" >&2
    exit 2
fi
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BIN=$1
FILTER=${2:-}
case $BIN in */*) BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN") ;; *) BIN=$(command -v -- "$BIN") ;; esac
WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-ipy.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
run_env=(env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/nonexistent LANG=C.UTF-8
         LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
         PYTHONNOUSERSITE=1 TERM=dumb NO_COLOR=1)
passed=0 failed=0
for ipy in "$HERE"/[0-9][0-9][0-9]_*.ipy; do
    name=$(basename "$ipy")
    [ -n "$FILTER" ] && [[ $name != *"$FILTER"* ]] && continue
    base=${ipy%.ipy}
    args=(run "$name" --plain)
    extra=$(head -n 5 "$ipy" | sed -n 's/^# looplab:[[:space:]]*//p' | head -n 1)
    if [ -n "$extra" ]; then read -r -a extra_args <<< "$extra"; args+=("${extra_args[@]}"); fi
    (cd "$HERE" && "${run_env[@]}" timeout 10 "$BIN" "${args[@]}" >"$WORK/out" 2>"$WORK/err" </dev/null)
    printf '%s\n' "$?" > "$WORK/status"
    sed -i -e "s#$HERE/##g" -e 's#/[^" ]*/lib/python3\.[0-9][0-9]*/#<stdlib>/#g' "$WORK/out" "$WORK/err"
    reasons=()
    n=$(wc -l < "$WORK/out")
    if [ "$n" -lt 2 ]; then
        reasons+=("fewer than 2 lines of stdout")
    else
        head -n $((n - 2)) "$WORK/out" > "$WORK/body"
        cpu=$(sed -n "$((n - 1))p" "$WORK/out")
        wall=$(sed -n "${n}p" "$WORK/out")
        cmp -s "$base.stdout" "$WORK/body" || reasons+=("program output differs")
        [[ $cpu == "CPU times: "* ]] || reasons+=("no CPU times line: $cpu")
        grep -Fqx "accept: $wall" "$base.walltime" || reasons+=("'$wall' not accepted ($(sed -n 's/^expected: //p' "$base.walltime") expected)")
    fi
    cmp -s "$base.stderr" "$WORK/err" || reasons+=("stderr differs")
    cmp -s "$base.status" "$WORK/status" || reasons+=("exit status $(cat "$WORK/status")")
    if [ ${#reasons[@]} -eq 0 ]; then
        echo "ok $name ($wall)"; passed=$((passed + 1))
    else
        echo "not ok $name # $(IFS=';'; echo "${reasons[*]}")"; failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
