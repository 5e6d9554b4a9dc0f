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
if [ $# -gt 0 ]; then  # a chosen subset: one run, as asked
    echo "== pytest"; exec .venv/bin/pytest -m "not slow" -p no:cacheprovider "$@"
fi
# The Orca tier mostly waits for speech to settle (one Orca per user, so it stays serial in its own run): it
# runs beside the rest of the suite, which roughly halves the wall time on 2 cores (docs/orca.md).
orca_log="$(mktemp)"
echo "== pytest: the Orca tier, in the background (its output follows the main run)"
.venv/bin/pytest tests/orca -m "orca and not slow" -p no:cacheprovider >"$orca_log" 2>&1 &
orca_pid=$!
echo "== pytest: everything else"
set +e
.venv/bin/pytest -m "not slow and not orca" -p no:cacheprovider
rest=$?
wait "$orca_pid"
orca=$?
set -e
echo "== pytest: the Orca tier"
cat "$orca_log"
rm -f "$orca_log"
echo "== pytest exit codes: main $rest, Orca tier $orca"
[ "$rest" -eq 0 ] && [ "$orca" -eq 0 ]
