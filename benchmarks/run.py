"""Run the performance suite (issue 9) and write one JSON plus a small table.

    /work/venv/bin/python benchmarks/run.py [--quick]
        [--only startup,history,speech,stalls,screens,atspi,load]
                                            [--json benchmarks/results/perf.json]

Not part of the test suite. Each section runs in its own process (benchmarks/perf/<section>.py, which
also runs alone); every figure is set against a reference measured in the same run, repeated, with
the median reported. A section that fails is recorded with its error and the others still run.
See docs/performance.md for what each figure means and the latest results.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.perf.common import RESULTS, JsonDict, machine, offscreen_env, ratio, run_child

SECTIONS: dict[str, tuple[list[str], list[str]]] = {
    # name: (full-size arguments, --quick arguments)
    "startup": (["--repeats", "9"], ["--repeats", "3"]),
    "history": (["--repeats", "3"], ["--repeats", "1"]),
    "speech": (["--repeats", "5"], ["--repeats", "2"]),
    "stalls": (["--delays", "0,1,5", "--bank", "both"], ["--delays", "0,1", "--bank", "process"]),
    "screens": (["--repeats", "3"], ["--repeats", "1"]),
    "atspi": (["--repeats", "5"], ["--repeats", "2"]),
    "load": (["--repeats", "3", "--trials", "40"], ["--repeats", "1", "--trials", "10"]),
}


def run_section(name: str, quick: bool) -> JsonDict:
    full, small = SECTIONS[name]
    started = time.perf_counter()
    try:
        result = run_child(
            ["-m", f"benchmarks.perf.{name}", *(small if quick else full)], env=offscreen_env(), timeout=3600
        )
    except Exception as exc:  # one broken section must not lose the others' figures
        result = {"name": name, "error": f"{type(exc).__name__}: {exc}"[-2000:]}
    result["section_seconds"] = round(time.perf_counter() - started, 1)
    return result


@dataclass(frozen=True)
class Figure:
    """One row of the table: a measured median, its same-run reference, their ratio, the goal."""

    name: str
    measured: Any
    reference: Any
    ratio: Any
    goal: str
    met: bool

    def cells(self) -> tuple[str, ...]:
        values = (self.measured, self.reference, self.ratio)
        return (self.name, *(_fmt(v) for v in values), self.goal, "yes" if self.met else "NO")


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


def _startup(r: JsonDict) -> list[Figure]:
    return [
        Figure("cold start s", r["app_median_s"], r["reference_median_s"], r["ratio"], "<= 1.5x", r["met"])
    ]


def _history(r: JsonDict) -> list[Figure]:
    met = r["met"]
    per_key = max(r["keystroke_median_ms"], r["typing_longest_stall_median_ms"])
    return [
        Figure(
            "history first paint ms",
            r["first_paint_ms"],
            r["reference_first_paint_ms"],
            r["first_paint_ratio"],
            "<= 300 ms, paged",
            met["first_paint"] and met["paged"],
        ),
        Figure(
            "history per keystroke ms",
            per_key,
            r["reference_keystroke_median_ms"],
            r["keystroke_ratio"],
            "<= 30 ms",
            met["keystroke"],
        ),
        Figure(
            "history extra memory MB",
            r["extra_mb"],
            r["reference_extra_mb"],
            r["memory_ratio"],
            "<= 60 MB",
            met["memory"],
        ),
    ]


def _speech(r: JsonDict) -> list[Figure]:
    met = r["met"]
    return [
        Figure(
            "speech first audio ms",
            r["first_audio_ms"],
            r["reference_first_audio_ms"],
            r["first_audio_ratio"],
            "<= 150 ms",
            met["first_audio"],
        ),
        Figure(
            "speech NOW cut-off ms",
            r["cut_off_ms"],
            r["reference_cut_off_ms"],
            r["cut_off_ratio"],
            "<= 50 ms",
            met["cut_off"],
        ),
    ]


def _stalls(r: JsonDict) -> list[Figure]:
    return [
        Figure(
            f"longest GUI stall ms ({bank} bank)",
            s["longest_stall_ms"],
            s["reference_idle_longest_ms"],
            s["ratio"],
            "<= 50 ms",
            s["met"],
        )
        for bank, s in r["by_bank"].items()
    ]


def _screens(r: JsonDict) -> list[Figure]:
    layout, switch = r["relayout"], r["language"]
    return [
        Figure(
            f"400 % re-layout, worst stall ms ({layout['screens']} screens)",
            layout["longest_ms"],
            layout["reference_median_of_screens_ms"],
            layout["ratio"],
            "<= 100 ms",
            layout["met"],
        ),
        Figure(
            f"language switch stall ms ({switch['screens_open']} open)",
            switch["longest_ms"],
            switch["reference_median_ms"],
            switch["ratio"],
            "<= 100 ms",
            switch["met"],
        ),
    ]


def _atspi(r: JsonDict) -> list[Figure]:
    history = r["history"] or {}
    return [
        Figure(
            "AT-SPI walk of a screen, median ms",
            r["median_walk_ms"],
            r["reference_median_walk_ms"],
            ratio(r["median_walk_ms"], r["reference_median_walk_ms"]),
            "-",
            True,
        ),
        Figure(
            "AT-SPI nodes walked, history screen",
            history.get("nodes"),
            history.get("reference_nodes"),
            None,
            "not 100 000",
            r["met"],
        ),
    ]


def _load(r: JsonDict) -> list[Figure]:
    t, lat = r["throughput"], r["latency"]
    figures = [
        Figure(
            f"payments/s, {t['clients']} clients",
            t["payments_per_s"],
            t["baseline_get_per_s"],
            t["ratio_payment_to_get"],
            ">= 300/s",
            t["met"],
        ),
        Figure(
            "account query p50 ms", lat["query_p50_ms"], lat["reference_p50_ms"], lat["p50_ratio"], "-", True
        ),
        Figure(
            "account query p99 ms", lat["query_p99_ms"], lat["reference_p99_ms"], lat["p99_ratio"], "-", True
        ),
    ]
    once = r.get("exactly_once")
    if once:
        bad = once["duplicates"] + once["lost"] + once["wrong_amounts"]
        figures.append(
            Figure("exactly-once: dup+lost+wrong", bad, 0, None, f"0 of {once['trials']}", bad == 0)
        )
    return figures


FIGURES: dict[str, Callable[[JsonDict], list[Figure]]] = {
    "startup": _startup,
    "history": _history,
    "speech": _speech,
    "stalls": _stalls,
    "screens": _screens,
    "atspi": _atspi,
    "load": _load,
}


def table_rows(results: dict[str, JsonDict]) -> list[tuple[str, ...]]:
    """The table's rows for every section that ran (a failed one says so)."""
    rows: list[tuple[str, ...]] = []
    for name, result in results.items():
        if "error" in result or "skipped" in result:
            rows.append((name, "error" if "error" in result else "skipped", "", "", "", "-"))
        else:
            rows.extend(figure.cells() for figure in FIGURES[name](result))
    return rows


def format_table(rows: list[tuple[str, ...]]) -> str:
    header = ("figure (median)", "measured", "reference", "ratio", "goal", "met")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)) for row in [header, *rows]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run, ~5 minutes)")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--json", type=Path, default=RESULTS / "perf.json")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        parser.error(f"unknown sections: {', '.join(unknown)}")
    results: dict[str, JsonDict] = {}
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results[name] = run_section(name, args.quick)
    report = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "quick": args.quick,
        "results": results,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n")
    table = format_table(table_rows(results))
    args.json.with_suffix(".txt").write_text(table + "\n")
    print(table)
    print(f"\nJSON: {args.json}", file=sys.stderr)
    return 1 if any("error" in r for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
