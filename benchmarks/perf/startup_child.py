"""One cold start, in a fresh process: the app (`app`) or the bare reference window (`bare`).

The parent puts the wall-clock launch time in A11Y_BENCH_T0. An application-wide event filter
watches for the first paint of the main window and for keyboard focus entering a QLineEdit; once
both have happened the next pass of the event loop records the time, prints it as JSON and leaves
with os._exit (the shutdown is not part of a start). With A11Y_BENCH_WATCH_MS it first watches the GUI
thread for that long and adds the longest stall after the clock stopped (`stall_after_ms`).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

if sys.argv[1:2] == ["app"]:
    # As the `a11y-bank` script starts: its module first, PySide6 after it (the probe needs it too).
    from a11y_bank.cli import main as app_main

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget

T0 = float(os.environ["A11Y_BENCH_T0"])


class ReadyProbe(QObject):
    """Stops the clock at the first event-loop pass after first paint + focus in a line edit."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_s: float | None = None
        self.focused_s: float | None = None
        self._stopping = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and self.painted_s is None and _in_main_window(watched):
            self.painted_s = time.time() - T0
        elif kind == QEvent.Type.FocusIn and self.focused_s is None and isinstance(watched, QLineEdit):
            self.focused_s = time.time() - T0
        if self.painted_s is not None and self.focused_s is not None and not self._stopping:
            self._stopping = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        ready = time.time() - T0
        cpu = time.process_time()  # this process's CPU time, all threads: steadier than wall time under load
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)  # the clock has stopped: no more work for every event
        report = {
            "ready_s": ready,
            "painted_s": self.painted_s,
            "focused_s": self.focused_s,
            "cpu_s": cpu,
            "gui_thread_cpu_s": time.thread_time(),  # the path to the first frame alone
        }
        watch_ms = int(os.environ.get("A11Y_BENCH_WATCH_MS", "0"))
        if watch_ms > 0:
            self._watch = StallWatch(watch_ms, lambda ms: _finish({**report, "stall_after_ms": ms}))
        else:
            _finish(report)


class StallWatch(QObject):
    """The longest gap between 5 ms ticks on the GUI thread for `watch_ms`: how long a key press
    made then would have waited (work deferred past the clock shows up here, not nowhere)."""

    TICK_MS = 5

    def __init__(self, watch_ms: int, done: Callable[[float], None]) -> None:
        super().__init__()
        self._done = done
        self._end = time.perf_counter() + watch_ms / 1000
        self._last = time.perf_counter()
        self.longest_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start(self.TICK_MS)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000 - self.TICK_MS)
        self._last = now
        if now >= self._end:
            self._timer.stop()
            self._done(round(self.longest_ms, 1))


def _finish(report: dict[str, float | None]) -> None:
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    if os.environ.get("A11Y_BENCH_PROFILE"):
        QApplication.quit()  # let a profiler write its report
    else:
        os._exit(0)


def _in_main_window(watched: QObject) -> bool:
    return isinstance(watched, QWidget) and isinstance(watched.window(), QMainWindow)


def bare_window() -> QMainWindow:
    """The reference: a QMainWindow whose only content is one line edit with focus."""
    window = QMainWindow()
    window.setWindowTitle("reference")
    field = QLineEdit(window)
    window.setCentralWidget(field)
    window.show()
    field.setFocus()
    return window


def main() -> int:
    mode, data_dir = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    probe = ReadyProbe()
    app.installEventFilter(probe)
    QTimer.singleShot(60_000, lambda: os._exit(3))  # never hang the suite
    if mode == "bare":
        keep = bare_window()  # noqa: F841 - the window must outlive exec()
        return app.exec()
    return app_main(["--data-dir", data_dir, "--lang", "en", *sys.argv[3:]])


if __name__ == "__main__":
    sys.exit(main())
