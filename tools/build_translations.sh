#!/usr/bin/env bash
# Compiles translations/a11y_bank_<lang>.ts into a11y_bank/translations/a11y_bank_<lang>.qm with
# pyside6-lrelease (the .qm files are build output: never committed, see .gitignore).
# Usage: tools/build_translations.sh [PYTHON]   (PYTHON: the venv's python; default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${1:-.venv/bin/python}"
lrelease="$(dirname "$python")/pyside6-lrelease"
[ -x "$lrelease" ] || lrelease=pyside6-lrelease
mkdir -p a11y_bank/translations
for ts in translations/a11y_bank_*.ts; do
    "$lrelease" -silent "$ts" -qm "a11y_bank/translations/$(basename "${ts%.ts}").qm"
done
