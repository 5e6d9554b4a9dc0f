"""Qt-side probes for the benchmarks: an event-loop stall watchdog, paint waits, RSS, and the app's context.

Import only in a process that runs Qt (the benchmark children), never in the orchestrator.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

WATCHDOG_INTERVAL_MS = 5


class StallWatch(QObject):
    """A precise timer on the GUI thread; the longest gap between two ticks beyond the interval is a stall."""

    def __init__(self, interval_ms: int = WATCHDOG_INTERVAL_MS) -> None:
        super().__init__()
        self.interval_ms = interval_ms
        self.gaps_ms: list[float] = []
        self.running = False
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps_ms.clear()
        self._clock.start()
        self._timer.start()
        self.running = True

    def stop(self) -> float:
        """Stop watching; the longest stall seen, in ms."""
        self.running = False
        self._timer.stop()
        self._tick()
        return self.longest_ms

    @property
    def longest_ms(self) -> float:
        return max(self.gaps_ms, default=0.0)

    def _tick(self) -> None:
        elapsed_ms = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        self.gaps_ms.append(max(0.0, elapsed_ms - self.interval_ms))


def spin(ms: int) -> None:
    """Run the event loop for `ms` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Run the event loop until `condition()` holds; raise if it does not within `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        time.sleep(0.001)


class PaintClock(QObject):
    """Records when `widget` has finished a paint for which `ready()` holds (the next loop pass)."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__()
        self.painted_at: float | None = None
        self._ready = ready
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self._ready():
            QTimer.singleShot(0, self._mark)
        return False

    def _mark(self) -> None:
        if self.painted_at is None:
            self.painted_at = time.perf_counter()
            self._widget.removeEventFilter(self)


def rss_mb() -> float:
    """Resident memory of this process now, after a full collection."""
    gc.collect()
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def qapp() -> QApplication:
    """The application, with cyclic garbage collected on the GUI thread only, as app.run_app does.

    Without a11y/gcguard a collection on a worker thread freed Qt objects there and the child
    crashed (SIGSEGV) in the payment journey.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    from a11y_bank.a11y import gcguard

    app = QApplication(["bench"])
    gcguard.install(app)
    return app


def app_context(api_url: str, data_dir: Path) -> Any:
    """The app's services against `api_url`, voice off, theme installed, as app.run_app builds them."""
    from a11y_bank.a11y.speech import NullBackend, SpeechService
    from a11y_bank.app import build_context
    from a11y_bank.cli import make_bank
    from a11y_bank.settings import Settings
    from a11y_bank.ui.theme import Theme

    theme = Theme(qapp())
    theme.install()
    bank = make_bank(api_url, data_dir)
    return build_context(bank, Settings(), SpeechService(NullBackend()), theme=theme)


def signed_in_window(ctx: Any, username: str, password: str) -> Any:
    """The main window, signed in through the facade on a worker thread, shown at 1280x900."""
    from a11y_bank.ui.mainwindow import MainWindow

    window = MainWindow(ctx)
    window.resize(1280, 900)
    window.navigate("signin")
    window.show()
    import threading

    from a11y_bank.app import import_screen_modules

    # As app.run_app does after the first paint (app.warm_up): the screens' modules on a worker thread.
    threading.Thread(target=import_screen_modules, daemon=True).start()
    outcome: list[object] = []
    ctx.tasks.run(lambda: ctx.bank.sign_in(username, password), outcome.append, outcome.append)
    wait_until(lambda: bool(outcome), 30, "sign-in")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return window


class StallSampler:
    """Diagnosis: a plain thread that, while the GUI thread's heartbeat is older than `threshold_ms`,
    samples the GUI thread's Python stack; `top()` names the frames seen most during stalls."""

    def __init__(self, watch: StallWatch, threshold_ms: float = 25.0) -> None:
        import threading

        self._watch = watch
        self._threshold_s = threshold_ms / 1000
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self.samples: dict[str, int] = {}
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        watch._timer.timeout.connect(self.beat)
        self._last = time.perf_counter()

    def beat(self) -> None:
        self._last = time.perf_counter()

    def start(self) -> None:
        self._last = time.perf_counter()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)

    def _run(self) -> None:
        import sys
        import traceback

        while not self._stop.wait(0.003):
            if not self._watch.running or time.perf_counter() - self._last < self._threshold_s:
                continue
            frame = sys._current_frames().get(self._gui)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)[-6:]
            key = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(stack))
            self.samples[key] = self.samples.get(key, 0) + 1

    def top(self, count: int = 8) -> list[tuple[str, int]]:
        return sorted(self.samples.items(), key=lambda kv: -kv[1])[:count]
