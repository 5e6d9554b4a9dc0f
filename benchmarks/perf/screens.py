"""Re-layout at 400 % on every screen, and a language switch with every screen open: the longest stall.

    python -m benchmarks.perf.screens [--repeats 3] [--only language] [--profile]

In one offscreen child, signed in as liwei (demo bank in its own process), every section of the real
main window is opened once (the history on the 100 000-transaction shop account, 30 pages loaded).
A 5 ms precise timer on the GUI thread (qt_probe.StallWatch) measures the longest event-loop gap:

- re-layout: with each screen shown, the text size goes 100 % -> 400 % (`Theme.set_text_percent`,
  what Ctrl++ and the settings do) and back, until the loop is idle again;
- language: with every screen built and the history shown, English -> Chinese -> English
  (`i18n.switch_language`: every open screen retranslates).

Reference, side by side in the same child, alternating with the app: a plain Qt window mirroring each
screen (the same number of labels, buttons, line edits, combo boxes and item views, the views with
the same number of rows) in a scroll area, given the same 400 % font with `QWidget.setFont`, and a
language change sent to every one of its widgets, each re-reading its text through the installed
translator. Goal: no stall over 100 ms (the app's worst, every screen and repeat).

Before/after, alternating in the same child: "eager" runs each change with hidden screens following
at once (`Theme.defer_hidden` and `Screen.defer_hidden_retranslate` off, the behaviour before they
caught up when shown; the style's enum fast path stays on in both); `first_show_after_change` is
what deferring moves to later: navigating to a screen right after the text size changed while it was
hidden, deferred vs eager. The language section also watches the same window with nothing to do
(`idle_ms`: the history keeps loading pages meanwhile, which stalls the loop too), counts the events
the application's filters are asked about in one switch, all and `LanguageChange` only
(`filter_calls_per_switch`, outside the timed runs) and, with `--profile`, names the top functions
of a cProfile of two switches.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.perf.common import JsonDict, SandboxProcess, emit, median, ratio, run_child, use_bytecode

SHOP = "acc-lw-shop"
USER, PASSWORD = "liwei", "Demo-1234"
HISTORY_PAGES = 30
BIG_PERCENT = 400
SETTLE_MS = 400
GOAL_STALL_MS = 100.0
SKIPPED = {"signin", "enrol", "lock"}  # before sign-in / the lock page: not sections a signed-in user has


def _watched(action: Callable[[], object]) -> float:
    """The longest event-loop stall from `action` (run from the loop) until the loop is idle again."""
    from PySide6.QtCore import QTimer

    from benchmarks.perf.qt_probe import StallWatch, spin

    def run() -> None:
        action()

    watch = StallWatch()
    watch.start()
    QTimer.singleShot(0, run)
    spin(SETTLE_MS)
    stall = watch.stop()
    watch.deleteLater()
    return stall


def _defer_hidden(on: bool) -> None:
    """Hidden screens catch up on a text size or language when shown (the app), or at once (before)."""
    from a11y_bank.ui.screens.base import Screen
    from a11y_bank.ui.theme import Theme

    Theme.defer_hidden = on
    Screen.defer_hidden_retranslate = on


def _wait_for_history(screen: Any) -> None:
    """The first page, then HISTORY_PAGES pages (or all) of the shop account."""
    from benchmarks.perf.qt_probe import wait_until

    wait_until(lambda: screen.table_model.rowCount() > 0, 120, "first history page")
    wanted = HISTORY_PAGES * screen.table_model.rowCount()
    wait_until(lambda: screen.table_model.rowCount() >= wanted or not screen.loading, 600, "history pages")


def _open_every_screen(window: Any) -> list[str]:
    from a11y_bank.ui.screens import SECTIONS, load_screen_class
    from benchmarks.perf.qt_probe import spin

    keys = [s.key for s in SECTIONS if s.key not in SKIPPED and load_screen_class(s.key) is not None]
    for key in keys:
        if key == "history":
            window.navigate(key, account_id=SHOP)
            _wait_for_history(window.screen_for(key))
        else:
            window.navigate(key)
        spin(300)
    return keys


class Mirror:
    """The reference: a plain Qt window with the widget make-up of one screen."""

    def __init__(self, screen: Any) -> None:
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QComboBox,
            QLabel,
            QLineEdit,
            QMainWindow,
            QPushButton,
            QScrollArea,
            QTableView,
            QVBoxLayout,
            QWidget,
        )

        self.window = QMainWindow()
        self.window.resize(1280, 900)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.texts: list[tuple[Any, str]] = []
        self.widgets = 0
        self._models: list[QStringListModel] = []
        for widget in screen.findChildren(QWidget):
            copy: QWidget | None = None
            if isinstance(widget, QLabel | QAbstractButton):
                text = widget.text() or "label"
                copy = QLabel(text) if isinstance(widget, QLabel) else QPushButton(text)
                self.texts.append((copy, text))
            elif isinstance(widget, QLineEdit):
                copy = QLineEdit(widget.text())
            elif isinstance(widget, QComboBox):
                copy = QComboBox()
                copy.addItems([widget.itemText(i) for i in range(widget.count())])
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                rows = widget.model().rowCount()
                model = QStringListModel([f"row {i} of the mirrored view" for i in range(rows)])
                self._models.append(model)
                copy = QTableView()
                copy.setModel(model)
            if copy is not None:
                layout.addWidget(copy)
                self.widgets += 1
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.window.setCentralWidget(scroll)
        self._base = self.window.font()

    def set_percent(self, percent: int) -> None:
        font = self._base.__class__(self._base)
        font.setPointSizeF(self._base.pointSizeF() * percent / 100)
        self.window.setFont(font)

    def retranslate(self) -> None:
        """What a LanguageChange costs a plain window: the event to every widget, every text re-read."""
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QWidget

        for widget in [self.window, *self.window.findChildren(QWidget)]:
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        for widget, text in self.texts:
            widget.setText(QCoreApplication.translate("Mirror", text))

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()


def _mirror_relayout(window: Any, screen: Any) -> tuple[float, float, int]:
    from benchmarks.perf.qt_probe import spin

    mirror = Mirror(screen)
    window.hide()
    mirror.window.show()
    spin(200)
    bigger = _watched(lambda: mirror.set_percent(BIG_PERCENT))
    smaller = _watched(lambda: mirror.set_percent(100))
    mirror.close()
    window.show()
    spin(200)
    return bigger, smaller, mirror.widgets


def relayout(window: Any, ctx: Any, keys: list[str], repeats: int) -> list[JsonDict]:
    from benchmarks.perf.qt_probe import spin

    rows: list[JsonDict] = []
    for key in keys:
        window.navigate(key, **({"account_id": SHOP} if key == "history" else {}))
        spin(200)
        screen = window.screen_for(key)
        app_up, app_down, ref_up, ref_down, eager = [], [], [], [], []
        widgets = 0
        for _ in range(repeats):
            _defer_hidden(False)  # before: every open screen follows at once
            eager.append(_watched(lambda: ctx.theme.set_text_percent(BIG_PERCENT)))
            eager.append(_watched(lambda: ctx.theme.set_text_percent(100)))
            _defer_hidden(True)
            app_up.append(_watched(lambda: ctx.theme.set_text_percent(BIG_PERCENT)))
            app_down.append(_watched(lambda: ctx.theme.set_text_percent(100)))
            up, down, widgets = _mirror_relayout(window, screen)
            ref_up.append(up)
            ref_down.append(down)
        rows.append(
            {
                "screen": key,
                "widgets_mirrored": widgets,
                "to_400_ms": [round(v, 1) for v in app_up],
                "back_to_100_ms": [round(v, 1) for v in app_down],
                "eager_ms": [round(v, 1) for v in eager],
                "reference_to_400_ms": [round(v, 1) for v in ref_up],
                "reference_back_to_100_ms": [round(v, 1) for v in ref_down],
                "median_ms": round(median([max(u, d) for u, d in zip(app_up, app_down, strict=True)]), 1),
                "reference_median_ms": round(
                    median([max(u, d) for u, d in zip(ref_up, ref_down, strict=True)]), 1
                ),
            }
        )
    return rows


def first_show(window: Any, ctx: Any, keys: list[str]) -> JsonDict:
    """What deferring costs later: navigating to each screen right after the text size changed
    while it was hidden (it catches up before it is painted), deferred vs every screen at once."""
    from benchmarks.perf.qt_probe import spin

    out: JsonDict = {}
    for mode, deferred in (("eager", False), ("deferred", True)):
        _defer_hidden(deferred)
        stalls: list[float] = []
        for key in keys:
            if key == "history":
                continue  # its navigation reloads 100 000 rows: not a text size cost
            window.navigate("accounts")
            spin(100)
            ctx.theme.set_text_percent(BIG_PERCENT)
            spin(100)
            stalls.append(_watched(functools.partial(window.navigate, key)))
            ctx.theme.set_text_percent(100)
            spin(100)
        out[f"{mode}_median_ms"] = round(median(stalls), 1)
        out[f"{mode}_longest_ms"] = round(max(stalls), 1)
    return out


def _retranslate_all(mirrors: list[Mirror]) -> None:
    for mirror in mirrors:
        mirror.retranslate()


def _filter_calls_per_switch() -> JsonDict:
    """Events one switch (and the 400 ms after it) sends through the application's event filters,
    all and LanguageChange only: each filter written in Python is called for every one of them.
    Counted by one more filter, outside the timed runs."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from a11y_bank import i18n
    from benchmarks.perf.qt_probe import spin

    class Count(QObject):
        calls = 0
        language = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            Count.calls += 1
            if event.type() == QEvent.Type.LanguageChange:
                Count.language += 1
            return False

    app = QApplication.instance()
    assert app is not None
    counter = Count()
    app.installEventFilter(counter)
    i18n.switch_language("zh_CN")
    spin(SETTLE_MS)
    app.removeEventFilter(counter)
    i18n.switch_language("en")
    spin(SETTLE_MS)
    return {"all": Count.calls, "language_change": Count.language}


def _profile_switches(top: int = 15) -> list[str]:
    """cProfile of English -> Chinese -> English until the loop is idle: the top functions by own time."""
    import cProfile
    import io
    import pstats

    from a11y_bank import i18n
    from benchmarks.perf.qt_probe import spin

    profile = cProfile.Profile()
    for lang in ("zh_CN", "en"):
        profile.enable()
        i18n.switch_language(lang)
        spin(SETTLE_MS)
        profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    return [line.rstrip() for line in out.getvalue().splitlines() if line.strip()]


def language(window: Any, keys: list[str], repeats: int, *, profile: bool = False) -> JsonDict:
    from a11y_bank import i18n
    from benchmarks.perf.qt_probe import spin

    window.navigate("history", account_id=SHOP)
    spin(200)
    app_ms: list[float] = []
    idle_ms: list[float] = []
    ref_ms: list[float] = []
    mirrors = [Mirror(window.screen_for(key)) for key in keys]  # every screen's mirror open at once
    eager_ms: list[float] = []
    for _ in range(repeats):
        _defer_hidden(False)  # before: all 14 screens retranslate at once
        eager_ms.append(_watched(lambda: i18n.switch_language("zh_CN")))
        eager_ms.append(_watched(lambda: i18n.switch_language("en")))
        _defer_hidden(True)
        app_ms.append(_watched(lambda: i18n.switch_language("zh_CN")))
        app_ms.append(_watched(lambda: i18n.switch_language("en")))
        idle_ms.append(_watched(lambda: None))
        window.hide()
        mirrors[0].window.show()
        spin(200)
        for _ in range(2):
            ref_ms.append(_watched(lambda: _retranslate_all(mirrors)))
        mirrors[0].window.hide()
        window.show()
        spin(200)
    for mirror in mirrors:
        mirror.close()
    calls = _filter_calls_per_switch()
    top = _profile_switches() if profile else []
    return {
        "screens_open": len(keys),
        "filter_calls_per_switch": calls,
        "idle_ms": [round(v, 1) for v in idle_ms],
        "idle_median_ms": round(median(idle_ms), 1),
        "idle_longest_ms": round(max(idle_ms), 1),
        **({"profile_top": top} if top else {}),
        "switches_ms": [round(v, 1) for v in app_ms],
        "reference_ms": [round(v, 1) for v in ref_ms],
        "median_ms": round(median(app_ms), 1),
        "longest_ms": round(max(app_ms), 1),
        "eager_ms": [round(v, 1) for v in eager_ms],
        "eager_median_ms": round(median(eager_ms), 1),
        "eager_longest_ms": round(max(eager_ms), 1),
        "reference_median_ms": round(median(ref_ms), 1),
    }


SECTIONS = ("relayout", "language")


def child(api_url: str, data_dir: Path, repeats: int, only: tuple[str, ...], profile: bool) -> JsonDict:
    from benchmarks.perf.qt_probe import app_context, qapp, signed_in_window, spin

    qapp()
    ctx = app_context(api_url, data_dir)
    window = signed_in_window(ctx, USER, PASSWORD)
    spin(300)
    keys = _open_every_screen(window)
    out: JsonDict = {}
    if "relayout" in only:
        out["relayout"] = relayout(window, ctx, keys, repeats)
        out["first_show"] = first_show(window, ctx, keys)
    if "language" in only:
        out["language"] = language(window, keys, repeats, profile=profile)
    ctx.tasks.wait_for_all(10_000)
    return out


def summarise(out: JsonDict) -> JsonDict:
    summary: JsonDict = {"name": "screens", "goal_ms": GOAL_STALL_MS}
    if "relayout" in out:
        summary["relayout"] = _summarise_relayout(out["relayout"])
        summary["first_show_after_change"] = out["first_show"]
    if "language" in out:
        switch = out["language"]
        summary["language"] = {
            **switch,
            "ratio": ratio(switch["median_ms"], switch["reference_median_ms"]),
            "met": switch["longest_ms"] <= GOAL_STALL_MS,
        }
    return summary


def _summarise_relayout(rows: list[JsonDict]) -> JsonDict:
    worst = max(max(*r["to_400_ms"], *r["back_to_100_ms"]) for r in rows)
    worst_screen = max(rows, key=lambda r: max(*r["to_400_ms"], *r["back_to_100_ms"]))["screen"]
    layout_median = median([r["median_ms"] for r in rows])
    eager_worst = max(max(r["eager_ms"]) for r in rows)
    eager_median = median([median(r["eager_ms"]) for r in rows])
    ref_median = median([r["reference_median_ms"] for r in rows])
    return {
        "screens": len(rows),
        "longest_ms": worst,
        "longest_on": worst_screen,
        "median_of_screens_ms": layout_median,
        "reference_median_of_screens_ms": ref_median,
        "ratio": ratio(layout_median, ref_median),
        "met": worst <= GOAL_STALL_MS,
        "eager_longest_ms": eager_worst,
        "eager_median_of_screens_ms": eager_median,
        "by_screen": rows,
    }


def measure(repeats: int, only: tuple[str, ...] = SECTIONS, *, profile: bool = False) -> JsonDict:
    with (
        tempfile.TemporaryDirectory(prefix="bench-screens-") as work,
        SandboxProcess(Path(work) / "bank.sqlite3") as bank,
    ):
        args = [
            "--repeats",
            str(repeats),
            "--only",
            ",".join(only),
            "--child",
            bank.url,
            str(Path(work) / "data"),
        ]
        if profile:
            args.append("--profile")
        out = run_child(["-m", "benchmarks.perf.screens", *args], timeout=1800)
    return summarise(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help="relayout, language or both (comma-separated)"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile two language switches")
    parser.add_argument("--child", nargs=2, metavar=("URL", "DATA_DIR"))
    args = parser.parse_args(argv)
    only = tuple(name for name in args.only.split(",") if name)
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    use_bytecode()
    if args.child:
        url, data_dir = args.child
        emit(child(url, Path(data_dir), args.repeats, only, args.profile))
        return 0
    emit(measure(args.repeats, only, profile=args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
