#!/usr/bin/env bash
# Dependency audit: known vulnerabilities in the installed packages (pip-audit), without ever failing
# for lack of a network. Not part of CI (.ci/ has no network step); run it by hand or in a job that has
# the vulnerability data.
#
#   tools/audit_deps.sh                 # audit the project venv (PYTHON, default /work/venv/bin/python)
#   AUDIT_SERVICE=osv tools/audit_deps.sh
#
# Exit codes: 0 no known vulnerability; 1 pip-audit found some (listed); 2 pip-audit is not installed;
# 3 the vulnerability data could not be reached, so nothing was audited (said plainly, never "clean").
set -u
PYTHON="${PYTHON:-/work/venv/bin/python}"
SERVICE="${AUDIT_SERVICE:-pypi}"

if ! "$PYTHON" -m pip_audit --version >/dev/null 2>&1; then
    echo "audit_deps: pip-audit is not installed in $PYTHON's environment (pip install pip-audit)" >&2
    exit 2
fi

report="$(mktemp)"
trap 'rm -f "$report"' EXIT
# --local: this environment's packages only; --skip-editable: the project itself is not on the index.
"$PYTHON" -m pip_audit --local --skip-editable --progress-spinner off --vulnerability-service "$SERVICE" \
    --format json --output "$report" 2>"$report.err"
status=$?

# pip-audit marks a package it could not look up as "skipped"; when every package is skipped (an index
# without vulnerability data, or no network) nothing was audited at all.
summary="$("$PYTHON" - "$report" <<'PY'
import json, sys
try:
    data = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    print("unreadable 0 0 0")
    raise SystemExit
deps = data.get("dependencies", [])
skipped = sum(1 for d in deps if d.get("skip_reason"))
vulnerable = [d for d in deps if d.get("vulns")]
print("ok", len(deps), skipped, len(vulnerable))
for d in vulnerable:
    ids = ", ".join(v.get("id", "?") for v in d["vulns"])
    print(f"  {d['name']} {d.get('version', '?')}: {ids}")
PY
)"
read -r state total skipped vulnerable <<<"$(head -n1 <<<"$summary")"

if [[ "$state" != ok ]] || [[ "$total" -gt 0 && "$skipped" -eq "$total" ]]; then
    echo "audit_deps: NOT AUDITED: the '$SERVICE' vulnerability data could not be reached" \
         "($skipped of $total packages skipped). $(tail -n1 "$report.err" 2>/dev/null)" >&2
    rm -f "$report.err"
    exit 3
fi
rm -f "$report.err"
echo "audit_deps: $total packages, $skipped skipped, $vulnerable with known vulnerabilities"
tail -n +2 <<<"$summary"
if [[ "$vulnerable" -gt 0 || $status -ne 0 ]]; then
    exit 1
fi
exit 0
