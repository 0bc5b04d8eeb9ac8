#!/bin/sh
# Records CPython 3.11's output for every scenario into expected/NAME.out.
# Each program runs 3 times; a program whose output varies is refused (DESIGN §8).
# Run from anywhere: sh Tests/EngineTests/Scenarios/record.sh
cd "$(dirname "$0")" || exit 1
mkdir -p expected
status=0
tmp=$(mktemp -d)
for f in *.py; do
    n=${f%.py}
    for i in 1 2 3; do
        python3 "$f" > "$tmp/$n.$i" 2>&1 || echo "exit status $?" >> "$tmp/$n.$i"
    done
    if cmp -s "$tmp/$n.1" "$tmp/$n.2" && cmp -s "$tmp/$n.1" "$tmp/$n.3"; then
        cp "$tmp/$n.1" "expected/$n.out"
    else
        echo "refused: $f prints different output from run to run" >&2
        status=1
    fi
    # How many _run_once passes CPython made, kept only when 3 runs agree (an early
    # epoll wake-up adds an empty pass now and then).
    rm -f "expected/$n.passes"
    # heap_tiebreak and wait_as_completed: CPython sometimes makes extra passes there (an
    # epoll timeout rounded down wakes the loop before the timer is due), so no count.
    case $n in heap_ops|heap_tiebreak|wait_as_completed) continue;; esac
    for i in 1 2 3; do python3 tools/passcount.py "$f" 2>&1 | tail -1 > "$tmp/$n.p$i"; done
    if cmp -s "$tmp/$n.p1" "$tmp/$n.p2" && cmp -s "$tmp/$n.p1" "$tmp/$n.p3"; then
        cp "$tmp/$n.p1" "expected/$n.passes"
    fi
done
rm -rf "$tmp"
python3 --version
exit $status
