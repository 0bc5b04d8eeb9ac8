#!/usr/bin/env bash
# Installs what looplab needs to build and test and is missing: libedit's
# headers (pkg-config name "libedit"), pkg-config and tmux (terminal tests).
# As root it uses apt-get, refreshing the package lists first when they are
# empty or do not know a package; otherwise it says what to install.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit 2>/dev/null; then
    missing+=(libedit-dev)
fi
command -v tmux >/dev/null 2>&1 || missing+=(tmux)

if ! command -v swift >/dev/null 2>&1; then
    echo "looplab: the Swift toolchain (6.0 or later) is not on PATH; install it from swift.org first." >&2
    exit 1
fi

if ((${#missing[@]} == 0)); then exit 0; fi

if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "looplab: missing: ${missing[*]}" >&2
    echo "  install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

needs_update() {
    local package
    for package in "${missing[@]}"; do
        # Read the whole output first: grep -q would close the pipe early and,
        # under pipefail, apt-cache's SIGPIPE would look like a missing package.
        local policy
        policy=$(apt-cache policy "$package" 2>/dev/null || true)
        grep -q 'Candidate: [^(]' <<<"$policy" || return 0
    done
    return 1
}
if needs_update; then
    echo "looplab: refreshing the package lists (apt-get update)" >&2
    apt-get update -qq
fi
echo "looplab: installing ${missing[*]}" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
