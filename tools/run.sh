#!/usr/bin/env bash
# Installs a11y_bank (system libraries + .venv) and starts it on the embedded demo bank.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install.sh
exec .venv/bin/a11y-bank "$@"
