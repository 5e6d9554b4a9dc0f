#!/usr/bin/env bash
# Create (or reuse) a separate virtualenv holding a real Synapse homeserver for the tests/synapse tier.
# Synapse's dependencies are heavy, so it never goes into the project's own environment or dev extra.
# Usage: tools/synapse_venv.sh [VENV_DIR]   (default: $A11Y_SYNAPSE_VENV or /tmp/a11y-synapse-venv)
# The tests find it through A11Y_SYNAPSE_VENV (same default) and skip with a reason when it is missing.
set -euo pipefail
venv="${1:-${A11Y_SYNAPSE_VENV:-/tmp/a11y-synapse-venv}}"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import synapse" 2>/dev/null; then
    echo "synapse venv ready: $venv"
    exit 0
fi
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "matrix-synapse>=1.100"
"$venv/bin/python" -c "import synapse; print('synapse', synapse.__version__, 'in', '$venv')"
