#!/usr/bin/env bash
# Runs the libFuzzer targets for a bounded time (default 60 s each); fails on
# any crash, leak, timeout or out-of-memory. Seeds: the digest fixtures of
# tests/data and the regression inputs of tests/fuzz/regressions. A failing
# input is saved under build/fuzz/artifacts/; add it to tests/fuzz/regressions/
# once fixed (tst_digestparser replays every file there).
#
#   scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

packages=(clang libclang-rt-14-dev)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work="build/fuzz/run"
rm -rf "$work"
mkdir -p "$work/corpus" build/fuzz/artifacts
# Seeds: every digest fixture and every past failure.
find tests/data tests/fuzz/regressions -type f \( -name '*.md' -o -name '*.bin' \) -exec cp -t "$work/corpus" {} + 2>/dev/null || true

echo "Fuzzing the digest parser for ${seconds} s"
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
build/fuzz/tests/fuzz/digestparser_fuzzer "$work/corpus" \
    -dict=tests/fuzz/digest.dict \
    -max_total_time="$seconds" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -max_len=65536 \
    -print_final_stats=1 \
    -artifact_prefix=build/fuzz/artifacts/
