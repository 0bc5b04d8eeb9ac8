#!/usr/bin/env bash
# Black-box tests of the looplab command line: exit statuses, help, where
# lessons are found, and `make install`'s layout. About 2 s.
# Usage: Tests/CLI/run.sh [BINARY]
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=$(realpath "${1:-.build/release/looplab}")
FIXTURES="$HERE/../Terminal/fixtures/lessons"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
pass=0; fail=0
ok() { if eval "$2"; then pass=$((pass + 1)); echo "ok - $1"; else fail=$((fail + 1)); echo "not ok - $1"; fi; }
# run ARGS…: runs looplab from an unrelated folder; sets $out, $err, $rc
run() { out=$(cd "$WORK" && env -u LOOPLAB_LESSONS "$BIN" "$@" 2>"$WORK/err"); rc=$?; err=$(cat "$WORK/err"); }

run --version;                 ok "--version prints the version, exit 0" '[[ $rc == 0 && $out == 0.1.0 ]]'
for command in "" "lessons" "lesson" "lesson show"; do
    run $command --help;       ok "--help on '${command:-looplab}'" '[[ $rc == 0 && $out == *USAGE:* ]]'
done
run --no-such-option;          ok "unknown option: usage error, exit 2, on stderr" '[[ $rc == 2 && -z $out && $err == *"Unknown option"* ]]'
run lesson show;               ok "missing argument: exit 2" '[[ $rc == 2 && $err == *"Missing expected argument"* ]]'
run lessons --lessons "$FIXTURES"
ok "lessons: one line per lesson, number first" '[[ $rc == 0 && $(wc -l <<<"$out") == 3 && $(head -1 <<<"$out") == "1   Blocking sleep"* ]]'
run lesson show 12 --lessons "$FIXTURES"
ok "lesson show renders the lesson" '[[ $rc == 0 && $out == *"12 · Threads and to_thread"* && $out == *"Some text."* ]]'
ok "no escape codes when not a terminal" '[[ $out != *$'"'"'\e'"'"'* ]]'
run lesson show 7 --lessons "$FIXTURES"
ok "no such lesson: exit 1, message and hint on stderr" '[[ $rc == 1 && -z $out && $err == *"there is no lesson 7"* && $err == *"hint:"* ]]'
run lessons --lessons "$WORK/missing"
ok "missing --lessons folder: exit 1" '[[ $rc == 1 && $err == *"is not a folder"* ]]'
out=$(cd "$WORK" && LOOPLAB_LESSONS="$FIXTURES" "$BIN" lessons); rc=$?
ok "LOOPLAB_LESSONS is used" '[[ $rc == 0 && $out == "1   Blocking sleep"* ]]'
run lessons
ok "default: the checkout's Lessons folder" '[[ $rc == 0 && $out == "1  Blocking sleep holds the whole loop"* ]]'

# Never the working directory: a Lessons/ folder in the cwd is ignored.
mkdir -p "$WORK/Lessons" && printf -- '---\nid: 99\ntitle: Decoy\nsummary: s\n---\n' > "$WORK/Lessons/decoy.md"
run lessons;                   ok "a Lessons/ folder in the working directory is ignored" '[[ $out != *Decoy* ]]'

# make install PREFIX=…: binary and lessons; the installed binary finds its lessons.
prefix="$WORK/prefix"
if make -C "$ROOT" -s install PREFIX="$prefix" >/dev/null 2>&1; then
    out=$(cd "$WORK" && env -u LOOPLAB_LESSONS "$prefix/bin/looplab" lessons); rc=$?
    ok "make install: installed binary lists the installed lessons" '[[ $rc == 0 && -f $prefix/share/looplab/Lessons/01-blocking-sleep.md && $out == "1  Blocking"* ]]'
    rm "$prefix/share/looplab/Lessons/01-blocking-sleep.md"
    out=$(cd "$WORK" && env -u LOOPLAB_LESSONS "$prefix/bin/looplab" lessons); rc=$?
    ok "installed binary reads the installed folder, not the checkout" '[[ $rc == 0 && $out == "No lessons"* ]]'
else
    fail=$((fail + 1)); echo "not ok - make install failed"
fi

out=$(printf 'lessons\nquit\n' | env -u LOOPLAB_LESSONS "$BIN"); rc=$?
ok "piped shell: numbered lesson list, exit 0" '[[ $rc == 0 && $out == "1  Blocking sleep holds the whole loop"* ]]'

# asyncio from the command line and from the shell's run command (the bridge stays alive).
cat > "$WORK/sleepy.py" <<'PY'
import asyncio
async def main():
    await asyncio.gather(asyncio.sleep(1.5), asyncio.sleep(2))
    print("slept", round(asyncio.get_running_loop().time(), 1))
asyncio.run(main())
PY
out=$("$BIN" run "$WORK/sleepy.py" --plain --json "$WORK/sleepy.json"); rc=$?
ok "run: asyncio on the virtual clock, --json virtual_time" '[[ $rc == 0 && $out == "slept 2.0" ]] && grep -q "\"virtual_time\": 2.0," "$WORK/sleepy.json"'
out=$(printf 'run %s\nquit\n' "$WORK/sleepy.py" | env -u LOOPLAB_LESSONS "$BIN" 2>&1); rc=$?
ok "piped shell: run an asyncio program" '[[ $rc == 0 && $out == *"slept 2.0"* ]]'
cat > "$WORK/stuck.py" <<'PY'
import asyncio
async def main():
    await asyncio.Event().wait()
asyncio.run(main())
PY
err=$("$BIN" run "$WORK/stuck.py" --plain --json "$WORK/stuck.json" 2>&1 >/dev/null); rc=$?
ok "run: a deadlock stops with one message, exit 1, trace written" '[[ $rc == 1 && $err == "looplab: deadlock: "*"waits on Event.wait()" ]] && grep -q "\"virtual_time\": 0.0," "$WORK/stuck.json"'

# Looplab stops: one message on stderr (position, what was expected, a hint), exit 1.
printf 'import json\nimport os\nprint("never")\n' > "$WORK/sandboxed.py"
out=$(cd "$WORK" && "$BIN" run sandboxed.py --plain 2>"$WORK/err"); rc=$?; err=$(cat "$WORK/err")
ok "run: a sandboxed import names file:line:col, the lesson modules and a hint; exit 1" '[[ $rc == 1 && -z $out && $(wc -l <<<"$err") == 3 && $err == "$WORK/sandboxed.py:2:8: import of module '"'os'"' is not allowed: lessons run in a sandbox"$'"'\n'"'"  expected one of the lesson modules: "*asyncio*$'"'\n'"'"  hint: "* ]]'
printf 'import time\nprint("nap")\ntime.sleep(10**9)\nprint("woke")\n' > "$WORK/oversleep.py"
out=$("$BIN" run "$WORK/oversleep.py" --plain 2>"$WORK/err"); rc=$?; err=$(cat "$WORK/err")
ok "run: time.sleep beyond the virtual-time horizon stops with one message, exit 1" '[[ $rc == 1 && $out == nap && $err == "looplab: stopped at the virtual-time limit (--max-virtual-time 86400.0 s): the program blocks in time.sleep until t=1000000000.0" ]]'
out=$("$BIN" run "$WORK/oversleep.py" --plain --max-virtual-time 1e9 2>"$WORK/err"); rc=$?
ok "run: --max-virtual-time lets a long time.sleep finish" '[[ $rc == 0 && $out == "nap"$'"'\n'"'"woke" && ! -s $WORK/err ]]'

# The trace document: complete and valid whatever the outcome (docs/trace-format.md).
check() { python3 "$HERE/check_trace.py" "$@" >/dev/null 2>"$WORK/check.err" || { cat "$WORK/check.err"; false; }; }
ok "--json: valid trace of a normal run" 'check "$WORK/sleepy.json" --status 0 --expect-kind loop_start --expect-kind timer_fired --expect-kind clock_advanced --expect-kind output'
ok "--json: valid trace of a deadlock" 'check "$WORK/stuck.json" --status 1 --expect-kind deadlock --expect-kind suspended'
cat > "$WORK/raises.py" <<'PY'
import asyncio, time
async def boom():
    time.sleep(0.25)
    raise ValueError("boom")
async def main():
    await asyncio.create_task(boom())
asyncio.run(main())
PY
"$BIN" run "$WORK/raises.py" --json "$WORK/raises.json" >/dev/null 2>&1; rc=$?
ok "--json alone: uncaught exception, exit 1, valid trace" '[[ $rc == 1 ]] && check "$WORK/raises.json" --status 1 --expect-kind exception_raised --expect-kind blocking_call --expect-kind task_done'
ok "--json: virtual_time includes the blocking sleep" 'grep -q "\"virtual_time\": 0.25," "$WORK/raises.json"'
ok "--json: the raise points at its line" 'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); e=[e for e in d[\"events\"] if e[\"kind\"]==\"exception_raised\"][0]; sys.exit(not (e[\"location\"][\"line\"]==4 and e[\"type\"]==\"ValueError\" and e[\"task\"]==2))" "$WORK/raises.json"'
cat > "$WORK/spin.py" <<'PY'
import asyncio
async def main():
    while True:
        pass
asyncio.run(main())
PY
"$BIN" run "$WORK/spin.py" --plain --max-steps 5000 --json "$WORK/spin.json" >/dev/null 2>&1; rc=$?
ok "--json: a step limit still writes a valid trace" '[[ $rc == 1 ]] && check "$WORK/spin.json" --status 1 --expect-kind step_start'
printf 'import time\nprint("a")\ntime.sleep(1.5)\nprint("b")\n' > "$WORK/plain.py"
"$BIN" run "$WORK/plain.py" --json "$WORK/plain.json" >/dev/null 2>&1; rc=$?
ok "--json without asyncio: output and blocking events, no loop" '[[ $rc == 0 ]] && check "$WORK/plain.json" --status 0 --expect-kind output --expect-kind blocking_call && grep -q "\"virtual_time\": 1.5," "$WORK/plain.json" && grep -q "\"loops\": 0," "$WORK/plain.json"'
"$BIN" run "$WORK/plain.py" --json "$WORK/no/such/dir.json" >/dev/null 2>"$WORK/err"; rc=$?
ok "--json to an unwritable path: clear error, exit 1" '[[ $rc == 1 ]] && grep -q "cannot write" "$WORK/err"'

# --cpu-model: computation costs virtual time from the committed table (docs/cpu-model.md).
cat > "$WORK/crunch.py" <<'PY'
import asyncio, time, concurrent.futures

def crunch(n):
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    crunch(20000)
    t1 = time.perf_counter()
    await asyncio.gather(*(asyncio.to_thread(crunch, 20000) for _ in range(4)))
    t2 = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor() as pool:
        await asyncio.gather(*(loop.run_in_executor(pool, crunch, 20000) for _ in range(4)))
    t3 = time.perf_counter()
    one, threads, procs = t1 - t0, t2 - t1, t3 - t2
    print(one > 0, one > 0 and 3.9 < threads / one < 4.1, one > 0 and 0.9 < procs / one < 1.1)

asyncio.run(main())
PY
out=$("$BIN" run "$WORK/crunch.py" --plain --json "$WORK/crunch0.json"); rc=$?
ok "without --cpu-model computation takes no virtual time" '[[ $rc == 0 && $out == "False False False" ]] && grep -q "\"virtual_time\": 0.0," "$WORK/crunch0.json"'
out=$("$BIN" run "$WORK/crunch.py" --plain --cpu-model --json "$WORK/crunch1.json"); rc=$?
ok "--cpu-model: threads share the GIL (4x), processes run on 4 cores (1x)" '[[ $rc == 0 && $out == "True True True" ]]'
"$BIN" run "$WORK/crunch.py" --cpu-model --json "$WORK/crunch2.json" >/dev/null; rc=$?
ok "--cpu-model: the same virtual time on every run" '[[ $rc == 0 ]] && [[ $(grep "\"virtual_time\"" "$WORK/crunch1.json") == $(grep "\"virtual_time\"" "$WORK/crunch2.json") ]]'
ok "--cpu-model: CPU time in the trace as blocking calls" 'check "$WORK/crunch1.json" --status 0 --expect-kind thread_submitted && grep -q "\"what\": \"cpu\"" "$WORK/crunch1.json"'
printf '%%time x = sum(i for i in range(300000))\n' > "$WORK/pct.py"
out=$("$BIN" run "$WORK/pct.py" --cpu-model); rc=$?
ok "--cpu-model: %time reports the modelled CPU time" '[[ $rc == 0 && $out == "CPU times: user "[1-9]*" ms, sys: 0 ns, total: "* && $out != *"user 0 ns"* ]]'
run run "$WORK/pct.py" --cpu-model=yes
ok "--cpu-model takes no value: usage error, exit 2" '[[ $rc == 2 ]]'

echo "$pass passed, $fail failed"
((fail == 0))
