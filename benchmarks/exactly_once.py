"""Exactly-once campaign at any size: N randomized payments under injected faults, then an audit.

    python benchmarks/exactly_once.py --trials 500 [--seed 7] [--keep DIR]

Prints one line per fault scenario and a total line with trials / duplicates / lost, then the audit as
JSON. Exit status 1 if any payment was duplicated, lost or booked with a wrong amount. The engine is the
one the test suite runs at a small size (tests/campaign/engine.py); see its docstring for the faults.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.campaign.engine import Audit, Campaign, summary


def _table(campaign: Campaign, audit: Audit) -> str:
    rows = [f"{'scenario':<22}{'trials':>8}{'mean s':>10}"]
    for scenario in sorted(audit.by_scenario):
        times = [t.seconds for t in campaign.trials if t.scenario == scenario]
        rows.append(f"{scenario:<22}{len(times):>8}{sum(times) / len(times):>10.3f}")
    rows.append(f"{'TOTAL':<22}{audit.trials:>8}")
    rows.append(f"duplicates={audit.duplicates} lost={audit.lost} wrong_amounts={audit.wrong_amounts}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--keep", type=Path, default=None, help="work directory to keep (bank DB, outbox)")
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="exactly-once-"))
    workdir.mkdir(parents=True, exist_ok=True)
    campaign = Campaign(workdir, args.seed)
    started = time.perf_counter()
    audit = campaign.run(args.trials)
    elapsed = time.perf_counter() - started
    print(_table(campaign, audit))
    print(summary(audit))
    print(json.dumps({"seed": args.seed, "seconds": round(elapsed, 2), **asdict(audit)}, indent=2))
    for problem in audit.problems:
        print("PROBLEM:", problem, file=sys.stderr)
    return 0 if audit.ok else 1


if __name__ == "__main__":
    sys.exit(main())
