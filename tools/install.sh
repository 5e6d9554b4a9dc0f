#!/usr/bin/env bash
# Installs what a11y_bank needs on a fresh Debian/Ubuntu machine: the system libraries Qt's xcb plugin and the
# voice need (and, with --dev, what the accessibility-tree tests need), then a virtualenv in .venv with the
# project. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNTIME_PACKAGES=(espeak-ng libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libegl1 libgl1 python3-venv
    fonts-wqy-microhei pulseaudio-utils)  # a CJK font for zh_CN; pactl finds headphones (docs/voice-and-vision.md)
DEV_PACKAGES=(xvfb xauth dbus-x11 at-spi2-core python3-pyatspi xdotool sox appstream desktop-file-utils orca)

packages=("${RUNTIME_PACKAGES[@]}")
extra=""
if [ "${1:-}" = "--dev" ]; then packages+=("${DEV_PACKAGES[@]}"); extra="[dev]"; fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >/dev/null
fi

# Prefer Python 3.12+: PySide6's typed 6.12 wheels are safe there (docs/decisions.md). Debian 12's own
# python3 (3.11) works too, with PySide6 6.11.
pick_python() {
    local candidate
    for candidate in python3.12 python3.13 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3 \
            "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13*/bin/python3 python3; do
        if "$candidate" -c 'import sys, venv; assert sys.version_info >= (3, 11)' >/dev/null 2>&1; then
            echo "$candidate"; return
        fi
    done
    echo python3
}
PYTHON="${PYTHON:-$(pick_python)}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -m pip install -q -e ".${extra}" 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c 'import a11y_bank, PySide6' # fails loudly if the install did not work
# Translations (issue 7): compile translations/*.ts into a11y_bank/translations/*.qm (never committed).
tools/build_translations.sh .venv/bin/python
