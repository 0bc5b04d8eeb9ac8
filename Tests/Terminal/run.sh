#!/usr/bin/env bash
# Terminal tests: drive the real looplab shell inside tmux (a private server
# on its own socket) and read the screen. Run serially; ~15 s.
# Usage: Tests/Terminal/run.sh [BINARY]
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BIN=$(realpath "${1:-.build/release/looplab}")
LESSONS="$HERE/fixtures/lessons"
WORK=$(mktemp -d)
STATE="$WORK/state"
PROGRAMS="$WORK/programs"
mkdir -p "$PROGRAMS"
printf 'print("hello from looplab", 6 * 7)\n' > "$PROGRAMS/hello_world.py"
printf 'print("started", flush=True)\nn = 0\nwhile True:\n    n += 1\n' > "$PROGRAMS/busy.py"
pass=0; fail=0

T() { tmux -S "$WORK/tmux.sock" -f /dev/null "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
screen() { T capture-pane -p -t e2e "$@"; }
send()   { T send-keys -t e2e "$@"; }
wait_for() {  # wait_for REGEX [SECONDS] [capture-pane flags…]
    local re=$1 secs=${2:-5}; shift 2 2>/dev/null || shift $#
    local end=$((SECONDS + secs))
    while ((SECONDS <= end)); do screen "$@" | grep -qE -- "$re" && return 0; sleep 0.05; done
    return 1
}
check() {  # check NAME REGEX [SECONDS] [flags…]: the screen shows REGEX
    if wait_for "$2" "${3:-5}" "${@:4}"; then pass=$((pass + 1)); echo "ok - $1"
    else fail=$((fail + 1)); echo "not ok - $1 (wanted /$2/)"; screen | sed 's/^/    | /'; fi
}
ok() {  # ok NAME SHELL-CONDITION
    if eval "$2"; then pass=$((pass + 1)); echo "ok - $1"; else fail=$((fail + 1)); echo "not ok - $1"; fi
}
wait_exit() { for _ in $(seq 100); do [[ -s $WORK/rc ]] && return 0; sleep 0.05; done; return 1; }
# launch WIDTH [VAR=value …]: start the shell in a fresh pane, in its own session
# (libedit re-raises signals to its process group), recording its exit status.
launch() {
    local width=$1; shift
    rm -f "$WORK/rc"
    T new-session -d -s e2e -x "$width" -y 24 -c "$PROGRAMS" \
        "env -i HOME=$WORK PATH=/usr/bin:/bin TERM=screen LANG=C.UTF-8 XDG_STATE_HOME=$STATE LOOPLAB_LESSONS=$LESSONS $* bash -c '\"\$0\"; echo \$? > $WORK/rc' $BIN" \; \
        set-option -t e2e remain-on-exit on
    wait_for '^looplab>' 10 || { echo "not ok - no prompt"; screen; fail=$((fail + 1)); }
}
stop() { T kill-server 2>/dev/null; sleep 0.2; }

launch 80
check "banner on a terminal"          "^looplab 0\.1\.0 — watch asyncio"
ok    "coloured prompt on a terminal" "screen -e | grep -q \$'\\e\\\\[[0-9;]*m.*looplab>'"
send 'hel' Tab;                  check "TAB completes a command"        '^looplab> help$'
send C-u; send 'lesso' Tab;      check "TAB completes a common prefix"  '^looplab> lesson$'
send Tab;                        check "second TAB lists candidates"    '^lesson +lessons$'
send ' s' Tab;                   check "TAB completes a subcommand"     '^looplab> lesson show$'
send Tab;                        check "lesson numbers listed with titles" '^12 +Threads and to_thread$'
ok    "all lesson numbers listed"     "screen | grep -qE '^1 +Blocking sleep$' && screen | grep -qE '^2 +Async sleep$'"
send '1' Tab;                    check "ambiguous number lists 1 and 12" '^looplab> lesson show 1$'
send '2' Tab;                    check "TAB completes a lesson number"  '^looplab> lesson show 12$'
send Enter;                      check "lesson show runs"               '12 · Threads and to_thread'
send C-l; send 'lessons' Enter;  check "lessons lists number then title" '^12 +Threads and to_thread'
send -l 'héllo 協程'; send Enter; check "UTF-8 input round-trips"        "unknown command 'héllo'"
send Up;                         check "Up recalls history"             '^looplab> héllo 協程$'
send C-u; send 'lesons' Enter;   check "did-you-mean suggestion"        "Did you mean 'lessons'\\?"
send C-l; send 'lessons'; wait_for '^looplab> lessons$' 5
send C-c;                        check "Ctrl-C gives a fresh prompt"    '^looplab> ?$'
ok    "Ctrl-C did not run the line"   "! screen | grep -q 'Blocking sleep'"
send C-c; send 'help' Enter;     check "Ctrl-C on an empty prompt"      '^Commands:'
long="lesson show $(printf 'abcdefghij%.0s' {1..12})END"
send C-l; send -l "$long"; send Enter
                                 check "a line longer than the terminal" "'abcdefghij.*END' is not a lesson number" 5 -J
T resize-window -t e2e -x 50 -y 24
send C-l; send -l "$long"; send C-a; send Right Right Right Right Right Right 'X'; send Enter
                                 check "editing after a resize"         "unknown command 'lessonX'" 5 -J
send C-l; send 'run hel' Tab;  check "TAB completes a file path"      '^looplab> run hello_world.py$'
send Enter;                      check "run prints the program's output" '^hello from looplab 42$'
send C-l; send 'run busy.py --max-steps 0' Enter; wait_for '^started$' 10
send C-c;                        check "Ctrl-C raises KeyboardInterrupt in the program" '^KeyboardInterrupt$' 10
check "the traceback points into the program" 'busy\.py", line [0-9]+, in <module>' 5 -J
send 'lessons' Enter;            check "the shell goes on after Ctrl-C"  '^12 +Threads and to_thread'
send C-d; wait_exit
ok    "Ctrl-D exits with status 0"    '[[ $(cat $WORK/rc 2>/dev/null) == 0 ]]'
ok    "history folder created, file written" "grep -q 'héllo' $STATE/looplab/history"
stop

launch 80; send Up;              check "history reloaded after a restart" '^looplab> lesson'
send C-u; send C-d; wait_exit; stop

launch 80 NO_COLOR=1; send 'lessons' Enter; check "NO_COLOR: commands run"  '^1 +Blocking sleep'
ok    "NO_COLOR: no colour codes"     "! screen -e | grep -q \$'\\e\\\\[[0-9;]*m'"
send C-d; wait_exit; stop

rm -f "$WORK/rc"
T new-session -d -s e2e -x 80 -y 24 \
    "env -i HOME=$WORK PATH=/usr/bin:/bin TERM=screen LANG=C.UTF-8 XDG_STATE_HOME=/proc/looplab-nope LOOPLAB_LESSONS=$LESSONS bash -c '\"\$0\"; echo \$? > $WORK/rc' $BIN" \; \
    set-option -t e2e remain-on-exit on
check "unwritable history: one warning" "warning: cannot create /proc/looplab-nope/looplab"
send 'lessons' Enter;            check "unwritable history: shell goes on" '^1 +Blocking sleep'
ok    "unwritable history: warned once" "[[ \$(screen | grep -c warning) == 1 ]]"
send C-d; wait_exit; stop

rm -f "$WORK/rc"
T new-session -d -s e2e -x 80 -y 24 \
    "env -i HOME=$WORK PATH=/usr/bin:/bin TERM=screen LANG=C.UTF-8 XDG_STATE_HOME=$WORK/s2 LOOPLAB_LESSONS=$LESSONS bash -c '\"\$0\" | cat; echo \${PIPESTATUS[0]} > $WORK/rc' $BIN" \; \
    set-option -t e2e remain-on-exit on
sleep 0.5; send 'lessons' Enter;  check "stdout piped: commands run"    '^1 +Blocking sleep'
ok    "stdout piped: no prompt, no escapes" "! screen | grep -q 'looplab>' && ! screen -e | grep -q \$'\\e\\\\['"
send C-d; wait_exit
ok    "stdout piped: exit 0"          '[[ $(cat $WORK/rc 2>/dev/null) == 0 ]]'
stop

out=$(printf 'lessons\nlesson show 2\nquit\nlessons\n' | env XDG_STATE_HOME="$WORK/s3" LOOPLAB_LESSONS="$LESSONS" "$BIN" 2>&1); rc=$?
ok    "stdin piped: numbered list, exit 0" '[[ $rc == 0 && $(head -1 <<<"$out") == "1   Blocking sleep  — Fixture lesson 1 for the terminal tests." ]]'
ok    "stdin piped: quit stops reading"  '[[ $(grep -c "Blocking sleep" <<<"$out") == 1 ]]'
ok    "stdin piped: no prompt or escapes" '! grep -q -e "looplab>" -e $'"'"'\e'"'"' <<<"$out"'
ok    "stdin piped: no history written"   '[[ ! -e $WORK/s3/looplab/history ]]'

echo "$pass passed, $fail failed"
((fail == 0))
