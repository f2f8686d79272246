#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UBSan (the "asan" preset:
# gcc, -O1 -g1) and runs every test under them. Any report fails the run:
# ASan and UBSan abort the test process on the first error, and LeakSanitizer
# fails it at exit. tests/sanitizers/lsan.supp lists leaks inside system
# libraries (fontconfig, Qt's plugin loader) that are not PaperShelf's.
#
#   scripts/sanitize.sh [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/dev.sh deps
cmake --preset asan
cmake --build --preset asan

suppressions="$(pwd)/tests/sanitizers/lsan.supp"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=${suppressions}:print_suppressions=0"
ctest --preset asan "$@"
