"""Cold start to an interactive sign-in window, against a bare QMainWindow with one line edit.

    python -m benchmarks.perf.startup [--repeats 7]

Each start is a new Python process on the offscreen platform, for the app and the reference alike,
alternating so that drift on a shared machine hits both. The clock runs from just before the process
is launched until the first event-loop pass after the main window's first paint and keyboard focus in
a line edit (benchmarks/perf/startup_child.py). The app uses the embedded demo bank and the default
voice backend, as `a11y-bank` does; one unmeasured start first creates the demo bank's data, so the
figure is a start with an existing data directory (the common case). Goal: ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.perf.common import JsonDict, emit, last_json_line, median, offscreen_env, ratio, use_bytecode

CHILD = Path(__file__).with_name("startup_child.py")
GOAL_RATIO = 1.5


def one_start(mode: str, data_dir: Path) -> float:
    """Seconds from launch to interactive for one fresh process."""
    t0 = time.time()
    env = offscreen_env({"A11Y_BENCH_T0": repr(t0)})
    done = subprocess.run(
        [sys.executable, str(CHILD), mode, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{mode} start failed ({done.returncode}): {done.stderr[-1500:]}")
    return float(last_json_line(done.stdout)["ready_s"])


def measure(repeats: int) -> JsonDict:
    with tempfile.TemporaryDirectory(prefix="bench-start-") as work:
        data_dir = Path(work) / "data"
        one_start("app", data_dir)  # creates the demo bank's data: not a measured start
        one_start("bare", data_dir)  # warms the page cache for Qt's libraries likewise
        app_s: list[float] = []
        bare_s: list[float] = []
        for _ in range(repeats):
            bare_s.append(one_start("bare", data_dir))
            app_s.append(one_start("app", data_dir))
    app_median, bare_median = median(app_s), median(bare_s)
    measured = ratio(app_median, bare_median)
    return {
        "name": "cold_start",
        "method": "offscreen, new process per start, launch -> first paint + focus in a line edit",
        "repeats": repeats,
        "app_s": [round(s, 4) for s in app_s],
        "reference_s": [round(s, 4) for s in bare_s],
        "app_median_s": round(app_median, 4),
        "reference_median_s": round(bare_median, 4),
        "ratio": measured,
        "goal": f"ratio <= {GOAL_RATIO}",
        "met": measured is not None and measured <= GOAL_RATIO,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    use_bytecode()
    emit(measure(args.repeats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
