#!/usr/bin/env bash
# PaperShelf developer entry point, for a fresh Debian 12 machine.
#
#   scripts/dev.sh run [papershelf options]   install what is missing, build, start the app
#   scripts/dev.sh test                       install what is missing, build, run every test
#   scripts/dev.sh build                      install what is missing, build
#   scripts/dev.sh deps                       install what is missing
#
# Missing Debian packages are installed with apt-get (through sudo unless
# already root). PAPERSHELF_CORPUS, when set, enables the corpus integration test.
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
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    cmake --preset default
    cmake --build --preset default
}

command="${1:-}"
shift || true
case "$command" in
    run)
        build
        exec build/default/src/app/papershelf "$@"
        ;;
    test)
        build
        ctest --preset default
        ;;
    build)
        build
        ;;
    deps)
        install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        ;;
    *)
        echo "usage: scripts/dev.sh run|test|build|deps" >&2
        exit 2
        ;;
esac
