#!/usr/bin/env bash
# ChannelDesk setup: installs the Debian packages that are missing, builds,
# then starts the application (run) or runs the whole test suite (test).
#
#   ./setup.sh run [channeldesk options]   build and start ChannelDesk
#   ./setup.sh test                        build and run every test with ctest
#   ./setup.sh build                       build only
#
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: RelWithDebInfo),
# CI=true turns compiler warnings into errors.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
action="${1:-run}"
[ $# -gt 0 ] && shift

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
    libqt6opengl6-dev libqt6sql6-sqlite qt6-translations-l10n libgl-dev libxkbcommon-dev
    libsodium-dev fonts-noto-cjk sqlite3 poppler-utils
)

install_missing() {
    command -v dpkg-query >/dev/null 2>&1 || {
        echo "setup.sh: not a Debian system; install Qt 6.4+, CMake and libsodium yourself (see README.md)." >&2
        return 0
    }
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "setup.sh: run as root or install sudo to get: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "setup.sh: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local dir="${BUILD_DIR:-build}"
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S . -B "$dir" -G Ninja \
        -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DCHANNELDESK_WARNINGS_AS_ERRORS="$werror"
    cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)"
}

case "$action" in
    run)
        install_missing
        build
        exec "${BUILD_DIR:-build}/app/channeldesk" "$@"
        ;;
    test)
        install_missing
        build
        cd "${BUILD_DIR:-build}"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)"
        ;;
    build)
        install_missing
        build
        ;;
    *)
        echo "usage: ./setup.sh run|test|build" >&2
        exit 2
        ;;
esac
