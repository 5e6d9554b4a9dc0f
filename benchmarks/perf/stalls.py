"""The GUI never stalls: the longest event-loop gap during the busiest journeys, with slow bank answers.

    python -m benchmarks.perf.stalls [--delays 0,1,5] [--repeats 1] [--bank process|embedded|both]

A 5 ms precise timer on the GUI thread (qt_probe.StallWatch) runs through each journey of the real
main window (offscreen, signed in as liwei); the longest gap beyond its interval is the stall. Journeys:

- history: open the shop account's history, let 30 pages load (4 when answers are delayed), type a
  query into the filter;
- payment: Transfer, a saved payee, 1.00 CNY, review, confirm, read the code from the sandbox's
  outbox, type it, pay, until the payment is complete.
Each runs with the sandbox delaying every answer by 0..5 s (its `delay` fault). Reference: the same
watchdog on the same process's idle event loop for as long as the journey took, right after it.
`--bank process` runs the demo bank in its own process; `embedded` starts it in a thread of the app's
process, as `a11y-bank` does without --api-url (it then shares the GIL with the GUI).
Goal: longest stall <= 50 ms.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from benchmarks.perf.common import JsonDict, SandboxProcess, emit, median, ratio, run_child, use_bytecode

SHOP = "acc-lw-shop"
USER, PASSWORD = "liwei", "Demo-1234"
HISTORY_PAGES = 30
SLOW_HISTORY_PAGES = 4  # with answers delayed by seconds, a few pages show the same work
GOAL_STALL_MS = 50.0
ATTRIBUTE_OVER_MS = 25.0  # a gap this long is explained in the JSON (`stalls`, `stalled_in`)


def _delay_everything(api_url: str, seconds: float) -> None:
    with httpx.Client(base_url=api_url, timeout=10) as http:
        http.delete("/__sandbox__/faults").raise_for_status()
        if seconds > 0:
            fault = {"Kind": "delay", "Path": ".*", "Method": "*", "Count": 100_000, "Seconds": seconds}
            http.post("/__sandbox__/faults", json=fault).raise_for_status()


def _outbox_code(api_url: str, challenge_id: str) -> str:
    answer = httpx.get(f"{api_url}/__sandbox__/outbox", params={"ChallengeId": challenge_id}, timeout=10)
    answer.raise_for_status()
    return str(answer.json()["Data"]["Message"][-1]["Code"])


_BENCH_THREAD = ThreadPoolExecutor(1, thread_name_prefix="bench-outbox")
"""The benchmark's own HTTP (reading the code from the outbox), on a thread started before the watch:
starting one in the journey blocked the GUI thread in `Thread.start` (up to 0.9 s under load)."""


def _off_gui_thread(op: Any) -> Any:
    """Run the benchmark's own HTTP on another thread (its SSL set-up must not count as the app's stall)."""
    from benchmarks.perf.qt_probe import wait_until

    future = _BENCH_THREAD.submit(op)
    wait_until(future.done, 60, "the sandbox's outbox")
    return future.result()


def history_journey(window: Any, pages: int, mark: Callable[[str], None]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.perf.qt_probe import spin, wait_until

    mark("open")
    screen = window.screen_for("history")
    revisit = screen.table_model.rowCount() > 0
    window.navigate("history", account_id=SHOP)
    if revisit:
        screen.reload()  # load again from the first page, as the "Load again" button does
    mark("first page")
    wait_until(lambda: screen.table_model.rowCount() > 0, 120, "first history page")
    mark("more pages")
    page = screen.table_model.rowCount()
    wait_until(lambda: screen.table_model.rowCount() >= pages * page or not screen.loading, 600, "pages")
    mark("filter")
    screen.search.setFocus(Qt.FocusReason.OtherFocusReason)
    for char in "card":
        QTest.keyClicks(screen.search, char)
        spin(60)
    wait_until(lambda: not screen.filter_model.is_filtering, 30, "filtering")
    spin(300)
    mark("leave")
    window.navigate("accounts")  # leaving stops the loading


def sign_in_journey(window: Any, mark: Callable[[str], None]) -> None:
    """Signed in (through the facade, before the watch): the accounts page, then the idle time in
    which the main window builds the other sections' screens (ui/build_ahead.py)."""
    from benchmarks.perf.qt_probe import spin, wait_until

    mark("accounts")
    window.navigate("accounts")
    mark("building screens ahead")
    builder = window.builder
    wait_until(lambda: builder is None or not builder.pending, 60, "screens built ahead")
    spin(300)


def payment_journey(window: Any, api_url: str, mark: Callable[[str], None]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from a11y_bank.ui.payment_flow import FlowStep
    from benchmarks.perf.qt_probe import spin, wait_until

    mark("open")
    screen = window.screen_for("transfer")
    window.navigate("transfer")
    mark("accounts and payees")
    wait_until(lambda: screen.from_combo.count() > 0 and screen.payee_combo.count() > 1, 120, "transfer data")
    _choose(screen.from_combo, lambda: (a := screen.current_account()) is not None and a.currency == "CNY")
    _choose(screen.payee_combo, lambda: (p := screen.current_payee()) is not None and p.name == "Alice Chen")
    mark("form")
    screen.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClicks(screen.amount_edit, "1.00")
    screen.reference_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClicks(screen.reference_edit, "bench")
    QTest.keyClick(screen.date_edit, Qt.Key.Key_Return)
    mark("review")
    wait_until(lambda: screen.flow.step is FlowStep.REVIEW, 120, "review")
    QTest.keyClick(screen.steps.confirm_button, Qt.Key.Key_Space)
    mark("code step")
    wait_until(lambda: screen.flow.step is FlowStep.AWAITING_CODE, 120, "code step")
    challenge = screen.flow.challenge
    assert challenge is not None
    QTest.keyClicks(
        screen.steps.code_edit, _off_gui_thread(lambda: _outbox_code(api_url, challenge.challenge_id))
    )
    mark("code typed")
    QTest.keyClick(screen.steps.code_edit, Qt.Key.Key_Return)
    mark("paying")
    wait_until(lambda: screen.flow.step is FlowStep.COMPLETED, 180, "payment complete")
    spin(300)
    mark("another")
    QTest.keyClick(screen.steps.another_button, Qt.Key.Key_Space)
    spin(100)
    mark("leave")
    window.navigate("accounts")


def _choose(combo: Any, wanted: Any) -> None:
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        if wanted():
            return
    raise RuntimeError(f"nothing wanted in {combo.objectName()}")


def _mark(attribution: Any, journey: str, step: str) -> None:
    attribution.step = f"{journey}: {step}"


def child(api_url: str, data_dir: Path, delays: list[float], embedded_db: str, options: JsonDict) -> JsonDict:
    from benchmarks.perf.qt_probe import (
        StallAttribution,
        StallSampler,
        StallWatch,
        TimedApplication,
        app_context,
        qapp,
        signed_in_window,
        spin,
    )

    if options.get("full_gc_by_count"):  # an experiment: gcguard's full collections as before 641115c
        from a11y_bank.a11y import gcguard

        gcguard.GuiThreadGarbageCollector._heap_grew = lambda _self: True  # type: ignore[method-assign,assignment]
    app = qapp(timed=True)
    if options.get("switch_interval_ms"):  # an experiment: the interpreter's GIL hand-over interval
        sys.setswitchinterval(options["switch_interval_ms"] / 1000)
    running = None
    if embedded_db:
        from a11y_bank.sandbox.server import start_in_thread

        running = start_in_thread(Path(embedded_db), test_controls=True)
        api_url = running.url
    ctx = app_context(api_url, data_dir)
    window = signed_in_window(
        ctx,
        USER,
        PASSWORD,
        build_ahead=options.get("build_ahead", True),
        freeze=options.get("freeze", True),
    )
    spin(300)
    _BENCH_THREAD.submit(lambda: None).result()  # its thread started now, not in a journey
    watch = StallWatch()
    attribution = StallAttribution(watch, app, ATTRIBUTE_OVER_MS)
    sampler = StallSampler(watch, ATTRIBUTE_OVER_MS)
    attribution.sampler = sampler
    sampler.start()
    results: list[JsonDict] = []
    journeys: dict[str, Callable[[Callable[[str], None]], None]] = {
        "history": lambda mark: history_journey(window, pages, mark),
        "payment": lambda mark: payment_journey(window, api_url, mark),
    }
    current_delay = -1.0
    passes: list[tuple[str, float, Callable[[Callable[[str], None]], None]]] = [
        ("sign-in", 0.0, lambda mark: sign_in_journey(window, mark))
    ] + [(name, delay, journey) for delay in [0.0, *delays] for name, journey in journeys.items()]
    for index, (name, delay, journey) in enumerate(passes):  # the first three: first visits
        if delay != current_delay:
            _delay_everything(api_url, delay)
            current_delay = delay
        pages = HISTORY_PAGES if delay == 0 else SLOW_HISTORY_PAGES
        sampler.beat()
        watch.start()
        started = time.perf_counter()
        journey(functools.partial(_mark, attribution, name))
        seconds = time.perf_counter() - started
        stall = watch.stop()
        stalls = attribution.take()
        attribution.step = "idle reference"
        watch.start()
        spin(int(seconds * 1000))
        idle = watch.stop()
        idle_stalls = attribution.take()
        results.append(
            {
                "journey": name,
                "delay_s": delay,
                "first_visit": index < 3,
                "seconds": round(seconds, 2),
                "longest_stall_ms": round(stall, 1),
                "idle_longest_stall_ms": round(idle, 1),
                "stalls": sorted(stalls, key=lambda st: -st["ms"]),
                "idle_stalls": sorted(idle_stalls, key=lambda st: -st["ms"])[:3],
            }
        )
    _delay_everything(api_url, 0)
    sampler.stop()
    ctx.tasks.wait_for_all(10_000)
    if running is not None:
        running.stop()
    return {
        "runs": results,
        "python_stacks": [f"{n} x {where}" for where, n in sampler.top()],
        "switch_interval_ms": sys.getswitchinterval() * 1000,
        "stale_receivers_rewrapped": TimedApplication.rewrapped,
        "full_collections_ms": [round(ms, 1) for ms in attribution.gc.full_ms],
    }


def measure(delays: list[float], repeats: int, banks: list[str], options: JsonDict | None = None) -> JsonDict:
    rows: list[JsonDict] = []
    python_stacks: dict[str, list[str]] = {}
    full_collections: dict[str, list[float]] = {}
    arg = ",".join(str(d) for d in delays)
    options_arg = json.dumps(options or {})
    with tempfile.TemporaryDirectory(prefix="bench-stalls-") as work:
        for bank_mode in banks:
            for repeat in range(repeats):
                data = Path(work) / f"data-{bank_mode}-{repeat}"
                if bank_mode == "embedded":
                    db = Path(work) / f"embedded-{repeat}.sqlite3"
                    from a11y_bank.sandbox.state import open_sandbox

                    open_sandbox(db).db.close()
                    out = run_child(
                        ["-m", "benchmarks.perf.stalls", "--child", "-", str(data), arg, str(db), options_arg]
                    )
                else:
                    with SandboxProcess(Path(work) / f"bank-{repeat}.sqlite3") as bank:
                        out = run_child(
                            [
                                "-m",
                                "benchmarks.perf.stalls",
                                "--child",
                                bank.url,
                                str(data),
                                arg,
                                "",
                                options_arg,
                            ]
                        )
                rows.extend({**run, "bank": bank_mode} for run in out["runs"])
                python_stacks.setdefault(bank_mode, out["python_stacks"])
                full_collections.setdefault(bank_mode, []).extend(out["full_collections_ms"])
    return {
        **summarise(rows),
        "python_stacks_in_stalls": python_stacks,
        "gui_full_collections_ms": full_collections,
    }


def summarise(rows: list[JsonDict]) -> JsonDict:
    by_bank: dict[str, JsonDict] = {}
    for bank_mode in sorted({r["bank"] for r in rows}):
        mine = [r for r in rows if r["bank"] == bank_mode]
        worst_run = max(mine, key=lambda r: r["longest_stall_ms"])
        worst = worst_run["longest_stall_ms"]
        idle = median([r["idle_longest_stall_ms"] for r in mine])
        by_bank[bank_mode] = {
            "longest_stall_ms": worst,
            "longest_stall_at": _where(worst_run),
            "median_of_journey_longest_ms": median([r["longest_stall_ms"] for r in mine]),
            "reference_idle_longest_ms": idle,
            "ratio": ratio(worst, idle),
            "met": worst <= GOAL_STALL_MS,
            "most_gui_cpu_in_a_stall": _most_gui_cpu(mine),
            "stalls_split_ms": _split(mine),
            "stalled_in": stalled_in(mine),
        }
    return {"name": "stalls", "goal_ms": GOAL_STALL_MS, "by_bank": by_bank, "runs": rows}


def _split(runs: list[JsonDict]) -> JsonDict:
    """Where the GUI thread's time in all stalls over the threshold went: computing (the app's work),
    waiting for a core (the machine's load), or blocked (the GIL, held by another thread)."""
    stalls = [stall for run in runs for stall in run.get("stalls", [])]
    return {
        "stalls": len(stalls),
        "total": round(sum(s["ms"] for s in stalls), 1),
        "gui_cpu": round(sum(s.get("gui_cpu_ms", 0.0) for s in stalls), 1),
        "gui_runqueue": round(sum(s.get("gui_runqueue_ms", 0.0) for s in stalls), 1),
        "gui_blocked": round(sum(s.get("gui_blocked_ms", 0.0) for s in stalls), 1),
    }


def _most_gui_cpu(runs: list[JsonDict]) -> JsonDict:
    """The stall in which the GUI thread itself computed longest (its CPU time: the app's own work,
    which the machine's load does not add to), with its journey, delay and step."""
    stalls = [(stall, run) for run in runs for stall in run.get("stalls", [])]
    if not stalls:
        return {}
    stall, run = max(stalls, key=lambda sr: sr[0].get("gui_cpu_ms", 0.0))
    return {"journey": run["journey"], "delay_s": run["delay_s"], **stall}


def _where(run: JsonDict) -> JsonDict:
    """The journey, delay and step of a run's longest stall, and what the GUI thread was doing."""
    stall = run["stalls"][0] if run.get("stalls") else {}
    return {
        "journey": run["journey"],
        "delay_s": run["delay_s"],
        "first_visit": run["first_visit"],
        **stall,
    }


def stalled_in(runs: list[JsonDict], count: int = 8) -> list[str]:
    """The top offenders over all stalls: each stall's longest delivery chain (or its gc, or 'outside
    event delivery'), with how often it was the longest and its worst stall."""
    seen: dict[str, list[float]] = {}
    for run in runs:
        for stall in run.get("stalls", []):
            seen.setdefault(_offender(stall), []).append(stall["ms"])
    ranked = sorted(seen.items(), key=lambda kv: (-max(kv[1]), -len(kv[1])))
    return [f"{len(ms)} x, worst {max(ms):.1f} ms: {what}" for what, ms in ranked[:count]]


_TIMES = re.compile(r" [\d.]+ \(cpu [\d.]+\)$")


def _offender(stall: JsonDict) -> str:
    if stall["deliveries"]:
        # the chain without its times, so the same path groups across stalls
        return " > ".join(_TIMES.sub("", part) for part in stall["deliveries"][0].split(" > "))
    if stall["gc"]:
        return "garbage collection"
    return "outside event delivery"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--delays", default="0,1,5")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--bank", choices=("process", "embedded", "both"), default="both")
    parser.add_argument(
        "--build-ahead",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the main window builds screens ahead after sign-in, as the app does (--no-build-ahead: "
        "on their first visit, as before)",
    )
    parser.add_argument(
        "--freeze",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="what start-up imported is frozen out of garbage collection, as the app's warm-up does "
        "(--no-freeze: as before)",
    )
    parser.add_argument(
        "--full-gc-by-count",
        action="store_true",
        help="an experiment: full collections every ~100 young ones, whatever the heap (before 641115c)",
    )
    parser.add_argument(
        "--switch-interval-ms",
        type=float,
        default=None,
        help="the GIL switch interval in the app's process, ms (default: the app's, "
        "app.GIL_SWITCH_INTERVAL_S; 5: as before)",
    )
    parser.add_argument("--child", nargs=5, metavar=("URL", "DATA_DIR", "DELAYS", "EMBEDDED_DB", "OPTIONS"))
    args = parser.parse_args(argv)
    use_bytecode()
    if args.child:
        url, data_dir, delays, embedded_db, options = args.child
        emit(
            child(
                url, Path(data_dir), [float(d) for d in delays.split(",")], embedded_db, json.loads(options)
            )
        )
        return 0
    banks = ["process", "embedded"] if args.bank == "both" else [args.bank]
    options = {
        "build_ahead": args.build_ahead,
        "switch_interval_ms": args.switch_interval_ms,
        "full_gc_by_count": args.full_gc_by_count,
        "freeze": args.freeze,
    }
    emit(measure([float(d) for d in args.delays.split(",")], args.repeats, banks, options))
    return 0


if __name__ == "__main__":
    sys.exit(main())
