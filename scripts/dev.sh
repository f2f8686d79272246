#!/usr/bin/env bash
# PaperShelf developer entry point, for a fresh Debian 12 machine.
#
#   scripts/dev.sh run [papershelf options]   install what is missing, build, start the app
#   scripts/dev.sh test [ctest arguments]     install what is missing, build the tests with
#                                             AddressSanitizer and UBSan, run every test
#   scripts/dev.sh build                      install what is missing, build
#   scripts/dev.sh deps                       install what is missing
#
# Missing Debian packages are installed with apt-get (through sudo unless
# already root). PAPERSHELF_CORPUS, when set, enables the corpus integration test.
#
# "run" and "build" use the "default" preset (optimised, build/default). "test"
# uses the "asan" preset (build/asan): the whole suite runs once, under the
# sanitizers, and any report fails it (ASan and UBSan stop the test process at
# the first error, LeakSanitizer fails it at exit; tests/sanitizers/lsan.supp
# lists leaks inside system libraries). A quicker run without them, after
# "build": ctest --preset default.
set -euo pipefail

cd "$(dirname "$0")/.."

BUILD_PACKAGES=(g++ cmake ninja-build qt6-base-dev qt6-base-dev-tools libgl-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev clang-format)
RUNTIME_PACKAGES=(fonts-noto-cjk qt6-translations-l10n qt6-image-formats-plugins)
# strace injects I/O errors into papershelf-cli in tests/reliability (skipped without it).
TEST_PACKAGES=(strace)

install_missing() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset="$1"
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

run_sanitized_tests() {
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0:strict_string_checks=1:check_initialization_order=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$(pwd)/tests/sanitizers/lsan.supp:print_suppressions=0"
    ctest --preset asan "$@"
}

command="${1:-}"
shift || true
case "$command" in
    run)
        build default
        exec build/default/src/app/papershelf "$@"
        ;;
    test)
        build asan
        run_sanitized_tests "$@"
        ;;
    build)
        build default
        ;;
    deps)
        install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        ;;
    *)
        echo "usage: scripts/dev.sh run|test|build|deps" >&2
        exit 2
        ;;
esac
