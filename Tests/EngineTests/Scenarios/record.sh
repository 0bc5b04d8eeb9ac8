#!/bin/sh
# Records CPython 3.11's output for every scenario into expected/NAME.out.
# Run from anywhere: sh Tests/EngineTests/Scenarios/record.sh
cd "$(dirname "$0")" || exit 1
mkdir -p expected
for f in *.py; do
    python3 "$f" > "expected/${f%.py}.out" 2>&1 || echo "exit status $?" >> "expected/${f%.py}.out"
done
python3 --version
