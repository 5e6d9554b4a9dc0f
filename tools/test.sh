#!/usr/bin/env bash
# The project's whole check, as CI runs it: install (system + .venv), lint, types, then every test tier.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install.sh --dev
# A real Synapse homeserver for the tests/synapse tier, in its own venv (its dependencies are heavy).
bash tools/synapse_venv.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check a11y_bank tests tools benchmarks packaging
echo "== mypy --strict"; .venv/bin/mypy
echo "== pytest"; .venv/bin/pytest -m "not slow" -p no:cacheprovider "$@"
