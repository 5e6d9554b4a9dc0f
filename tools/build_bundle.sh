#!/usr/bin/env bash
# Builds the one-folder a11y bank bundle for this OS with PyInstaller: dist/a11y-bank/ (dist/ and build/ are
# git-ignored). Usage: tools/build_bundle.sh [--selftest]
#   PYTHON   the interpreter whose environment has a11y_bank and PyInstaller (default: .venv/bin/python,
#            else python3). Windows (Git Bash) and macOS run the same script; see packaging/README.md.
#   BUNDLE_DIST, BUNDLE_WORK  output and work folders (default: dist, build/pyinstaller; tests use temp ones)
#   --selftest  afterwards run `a11y-bank --bundle-selftest` from the bundle (JSON report, exit 1 on a gap).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PYTHON:-}" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    echo "PyInstaller is not installed for $PYTHON: $PYTHON -m pip install -e '.[dev]'" >&2
    exit 2
fi

dist="${BUNDLE_DIST:-dist}"
work="${BUNDLE_WORK:-build/pyinstaller}"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/pyinstaller/a11y_bank.spec
echo "built $dist/a11y-bank in $(( $(date +%s) - start )) s, $(du -sh "$dist/a11y-bank" | cut -f1)"

if [ "${1:-}" = "--selftest" ]; then
    case "$(uname -s)" in
        MINGW*|MSYS*|CYGWIN*) exe="$dist/a11y-bank/a11y-bank-console.exe" ;;
        Darwin) exe="$dist/a11y bank.app/Contents/MacOS/a11y-bank" ;;
        *) exe="$dist/a11y-bank/a11y-bank" ;;
    esac
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$exe" --bundle-selftest
fi
