#!/usr/bin/env bash
# orca_tier.sh - run the Orca speech-transcript tier (docs/orca.md), serially, in one process.
#
#   tools/orca_tier.sh            # the journeys under the real Orca + the transcript logic tests
#   tools/orca_tier.sh -k bill    # extra pytest arguments are passed on
#   tools/orca_tier.sh --apt      # print the apt-get line CI needs, then exit
#
# One Orca per Unix user: never run this in parallel with itself or under pytest -n.
# Transcripts are printed (-s) and kept under $ORCA_TIER_OUT (default /tmp/orca-tier).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/../venv/bin/python}"
[ -x "$PY" ] || PY=python3
APT="orca xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool libxcb-cursor0 libxkbcommon-x11-0 \
libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
libxcb-xinerama0 libxcb-xkb1"
if [ "${1:-}" = "--apt" ]; then
    echo "apt-get install -y $APT"
    exit 0
fi
OUT="${ORCA_TIER_OUT:-/tmp/orca-tier}"
rm -rf "$OUT"
cd "$ROOT"
start=$(date +%s)
set +e
"$PY" -m pytest tests/orca -m orca -p no:randomly -p no:xdist -s -q --basetemp="$OUT" "$@"
rc=$?
set -e
echo "orca tier: exit $rc in $(( $(date +%s) - start )) s; transcripts in $OUT/orca-*/transcript.txt"
exit $rc
