"""Qt-side probes for the benchmarks: an event-loop stall watchdog, paint waits, RSS, and the app's context.

Import only in a process that runs Qt (the benchmark children), never in the orchestrator.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

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
        self.on_gap: Callable[[float, float], None] | None = None
        """Called on every tick with (gap beyond the interval, time since the last tick), in ms."""
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
        gap_ms = max(0.0, elapsed_ms - self.interval_ms)
        self.gaps_ms.append(gap_ms)
        if self.on_gap is not None:
            self.on_gap(gap_ms, elapsed_ms)


def spin(ms: int) -> None:
    """Run the event loop for `ms` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    _journey_code_ends()
    loop.exec()
    _journey_code_begins()


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Run the event loop until `condition()` holds; raise if it does not within `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        _journey_code_ends()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        _journey_code_begins()
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


def qapp(*, timed: bool = False) -> QApplication:
    """The application, with cyclic garbage collected on the GUI thread only, as app.run_app does.

    Without a11y/gcguard a collection on a worker thread freed Qt objects there and the child
    crashed (SIGSEGV) in the payment journey. `timed`: a `TimedApplication`, whose event
    deliveries a `DeliveryRecorder` can time (for stall attribution).
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    import sys

    from a11y_bank.a11y import gcguard
    from a11y_bank.app import GIL_SWITCH_INTERVAL_S

    app = TimedApplication(["bench"]) if timed else QApplication(["bench"])
    gcguard.install(app)
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    return app


class TimedApplication(QApplication):
    """`notify` hands every event delivery of the GUI thread to `recorder`, when one is set.

    It costs a Python call per event (a few microseconds), so only the stall benchmark uses it.
    """

    recorder: DeliveryRecorder | None = None
    rewrapped = 0
    """Receivers that arrived as a stale wrapper of another type (see `_rewrap`)."""

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        if not isinstance(receiver, QObject):
            receiver = _rewrap(receiver)
            TimedApplication.rewrapped += 1
        recorder = self.recorder
        if recorder is None or not recorder.on_gui_thread():
            return super().notify(receiver, event)
        frame = recorder.enter()
        try:
            return super().notify(receiver, event)
        finally:
            recorder.leave(frame, receiver, event)


def _rewrap(stale: object) -> QObject:
    """The receiver as a QObject when PySide6 handed `notify` an old wrapper of another type.

    Seen here about once a run: a receiver arrived as a QEvent (a deleted event's Python wrapper
    still mapped to the address the receiver now has) and forwarding it raised TypeError, which
    broke the delivery (and with it the app's timers). The wrapper is invalidated and the address
    wrapped again as what Qt says it is.
    """
    import shiboken6

    wrapper = cast("shiboken6.Shiboken.Object", stale)
    address = shiboken6.getCppPointer(wrapper)[0]
    shiboken6.invalidate(wrapper)
    return cast("QObject", shiboken6.wrapInstance(address, QObject))


class _Delivery:
    """One event delivery on the GUI thread: when, how long, to what, and its nested deliveries."""

    __slots__ = ("cpu_ms", "cpu_started", "inner", "ms", "started", "what")

    def __init__(self, started: float) -> None:
        self.started = started
        self.cpu_started = time.thread_time()
        self.ms = 0.0
        self.cpu_ms = 0.0
        self.what = ""
        self.inner: list[_Delivery] = []

    def chain(self, depth: int = 5) -> str:
        """'outer 80.1 > inner 75.0': this delivery, then its longest nested one while that is most of it."""
        parts = [f"{self.what} {self.ms:.1f} (cpu {self.cpu_ms:.1f})"]
        node = self
        while node.inner and len(parts) < depth:
            longest = max(node.inner, key=lambda d: d.ms)
            if longest.ms < node.ms / 2:
                break
            parts.append(f"{longest.what} {longest.ms:.1f} (cpu {longest.cpu_ms:.1f})")
            node = longest
        return " > ".join(parts)

    @property
    def ended(self) -> float:
        return self.started + self.ms / 1000


_RECORDING: list[DeliveryRecorder] = []
"""The recorder that `spin` and `wait_until` tell when the benchmark's own code runs between loop passes."""


def _journey_code_ends() -> None:
    for recorder in _RECORDING:
        recorder.code_ends()


def _journey_code_begins() -> None:
    for recorder in _RECORDING:
        recorder.code_begins()


class DeliveryRecorder:
    """Times each event delivery on the GUI thread (receiver class, event type), nested deliveries
    inside their parent; keeps the recent top-level ones so a stall can be matched against them.

    Deliveries shorter than `keep_ms` are counted in their parent's time but not described (naming
    a receiver costs more than delivering most events). The journey's own code between two loop
    passes (`window.navigate(...)`, `QTest.keyClicks`: what a click's handler would run) is one
    pseudo-delivery, "journey code", with the deliveries it sends inside it.
    """

    def __init__(self, keep_ms: float = 2.0, history: int = 256) -> None:
        import collections
        import threading

        self.keep_ms = keep_ms
        self._gui = threading.get_ident()
        self._stack: list[_Delivery] = []
        self.recent: collections.deque[_Delivery] = collections.deque(maxlen=history)
        self._code: _Delivery | None = None
        _RECORDING[:] = [self]
        self.code_begins()

    def code_begins(self) -> None:
        if not self._stack and self._code is None:
            self._code = self.enter()

    def code_ends(self) -> None:
        code, self._code = self._code, None
        if code is not None and self._stack and self._stack[-1] is code:
            self._finish(code, "journey code")

    def on_gui_thread(self) -> bool:
        import threading

        return threading.get_ident() == self._gui

    def enter(self) -> _Delivery:
        frame = _Delivery(time.perf_counter())
        self._stack.append(frame)
        return frame

    def leave(self, frame: _Delivery, receiver: QObject, event: QEvent) -> None:
        self._finish(frame, receiver, event)

    def _finish(self, frame: _Delivery, receiver: QObject | str, event: QEvent | None = None) -> None:
        frame.ms = (time.perf_counter() - frame.started) * 1000
        frame.cpu_ms = (time.thread_time() - frame.cpu_started) * 1000
        self._stack.pop()
        if frame.ms < self.keep_ms:
            return
        frame.what = receiver if isinstance(receiver, str) else _describe(receiver, event)
        if self._stack:
            self._stack[-1].inner.append(frame)
        else:
            self.recent.append(frame)

    def overlapping(self, since: float, until: float) -> list[_Delivery]:
        """Top-level deliveries that ran (partly) between the two `perf_counter` times, longest first."""
        found = [d for d in self.recent if d.ended > since and d.started < until]
        return sorted(found, key=lambda d: -d.ms)


def _describe(receiver: QObject, event: QEvent | None) -> str:
    name = receiver.objectName()
    kind = event.type() if event is not None else "?"
    label = getattr(kind, "name", str(kind))
    return f"{type(receiver).__name__}{'#' + name if name else ''}/{label}"


class GcClock:
    """Times the GUI thread's garbage collections (gc.callbacks); keeps the recent ones over 1 ms."""

    def __init__(self, history: int = 64) -> None:
        import collections
        import threading

        self._gui = threading.get_ident()
        self._started = 0.0
        self.recent: collections.deque[tuple[float, float, int]] = collections.deque(maxlen=history)
        self.full_ms: list[float] = []
        """Every full (generation 2) collection on the GUI thread, in ms."""
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        import threading

        if threading.get_ident() != self._gui:
            return
        now = time.perf_counter()
        if phase == "start":
            self._started = now
        else:
            if info["generation"] == 2:
                self.full_ms.append((now - self._started) * 1000)
            if (now - self._started) * 1000 >= 1.0:
                self.recent.append((self._started, now, info["generation"]))

    def overlapping(self, since: float, until: float) -> list[str]:
        return [
            f"gc gen {gen} {(end - start) * 1000:.1f}"
            for start, end, gen in self.recent
            if end > since and start < until
        ]

    def close(self) -> None:
        gc.callbacks.remove(self._callback)


class SchedClock:
    """The GUI thread's time spent ready to run but waiting for a core (/proc/thread-self/schedstat,
    Linux). Create and read it on the thread it measures. Zero where the kernel does not say."""

    def __init__(self) -> None:
        try:
            self._file: Any = open("/proc/thread-self/schedstat")  # noqa: SIM115 - read on every tick
        except OSError:
            self._file = None

    def runqueue_ms(self) -> float:
        if self._file is None:
            return 0.0
        self._file.seek(0)
        return int(self._file.read().split()[1]) / 1e6


class StallAttribution:
    """For each watchdog gap over `threshold_ms`: what the GUI thread was doing during it.

    Each stall names the benchmark's step at the time (`step`, set by the journey), the longest
    top-level event deliveries that overlapped the gap (with their longest nested deliveries), the
    GUI thread's garbage collections in it, and how much of the gap no delivery explains (time in Qt's
    loop outside `notify`, e.g. window-system events or the process not being scheduled).
    """

    def __init__(self, watch: StallWatch, app: QApplication, threshold_ms: float = 25.0) -> None:
        if not isinstance(app, TimedApplication):
            raise TypeError("stall attribution needs qapp(timed=True)")
        self.threshold_ms = threshold_ms
        self.step = ""
        self.stalls: list[dict[str, Any]] = []
        self.recorder = DeliveryRecorder()
        self.gc = GcClock()
        self.sampler: StallSampler | None = None
        self._cpu_at_tick = time.thread_time()
        self._sched = SchedClock()
        self._queued_at_tick = self._sched.runqueue_ms()
        app.recorder = self.recorder
        watch.on_gap = self._on_gap

    def take(self) -> list[dict[str, Any]]:
        """The stalls recorded since the last call."""
        stalls, self.stalls = self.stalls, []
        return stalls

    def _on_gap(self, gap_ms: float, elapsed_ms: float) -> None:
        # The GUI thread's CPU time since the last tick: its own work, whatever the machine's load;
        # the rest of the gap it waited (for the GIL, or for a core).
        cpu_now = time.thread_time()
        gui_cpu_ms = (cpu_now - self._cpu_at_tick) * 1000
        self._cpu_at_tick = cpu_now
        queued_now = self._sched.runqueue_ms()
        runqueue_ms = queued_now - self._queued_at_tick
        self._queued_at_tick = queued_now
        if gap_ms < self.threshold_ms:
            return
        until = time.perf_counter()
        since = until - elapsed_ms / 1000
        deliveries = self.recorder.overlapping(since, until)
        explained = sum(min(d.ended, until) - max(d.started, since) for d in deliveries) * 1000
        self.stalls.append(
            {
                "ms": round(gap_ms, 1),
                "gui_cpu_ms": round(gui_cpu_ms, 1),
                # ready to run but no core free (the machine's load)
                "gui_runqueue_ms": round(runqueue_ms, 1),
                # neither running nor queued: asleep, waiting for the GIL (or a lock, or I/O)
                "gui_blocked_ms": round(max(0.0, gap_ms - gui_cpu_ms - runqueue_ms), 1),
                "step": self.step,
                "deliveries": [d.chain() for d in deliveries[:3]],
                "gc": self.gc.overlapping(since, until),
                "python": self.sampler.between(since, until) if self.sampler else [],
                "outside_deliveries_ms": round(max(0.0, elapsed_ms - explained), 1),
            }
        )


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


def _warm_up(freeze: bool) -> None:
    from a11y_bank.a11y import gcguard
    from a11y_bank.app import import_screen_modules

    import_screen_modules()
    if freeze:
        gcguard.freeze_long_lived()


def signed_in_window(
    ctx: Any, username: str, password: str, *, build_ahead: bool = False, freeze: bool = True
) -> Any:
    """The main window, signed in through the facade on a worker thread, shown at 1280x900.

    It still shows the sign-in page: the next `navigate` is the first page after sign-in, from which
    (`build_ahead`, as the app) it builds the other sections' screens in idle time. `freeze`: as the
    app's warm-up, `gcguard.freeze_long_lived()` before sign-in."""
    from a11y_bank.ui.mainwindow import MainWindow

    window = MainWindow(ctx, build_ahead=build_ahead)
    window.resize(1280, 900)
    window.navigate("signin")
    window.show()
    import threading

    # As app.run_app does after the first paint (app.warm_up): the screens' modules on a worker
    # thread, then (`freeze`) what lives as long as the app frozen out of garbage collection; done
    # before sign-in, as while a customer types a name and a password.
    warming = threading.Thread(target=lambda: _warm_up(freeze), daemon=True)
    warming.start()
    wait_until(lambda: not warming.is_alive(), 60, "warm-up")
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
        import collections
        import threading

        self._watch = watch
        self._threshold_s = threshold_ms / 1000
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self.samples: dict[str, int] = {}
        self.timeline: collections.deque[tuple[float, str]] = collections.deque(maxlen=512)
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
            self.timeline.append((time.perf_counter(), key))

    def between(self, since: float, until: float, count: int = 2) -> list[str]:
        """The stacks sampled most between the two `perf_counter` times, innermost frames first."""
        seen: dict[str, int] = {}
        for at, key in list(self.timeline):
            if since <= at <= until:
                seen[key] = seen.get(key, 0) + 1
        ranked = sorted(seen.items(), key=lambda kv: -kv[1])[:count]
        return [f"{n} x {' <- '.join(key.split(' <- ')[:3])}" for key, n in ranked]

    def top(self, count: int = 8) -> list[tuple[str, int]]:
        return sorted(self.samples.items(), key=lambda kv: -kv[1])[:count]
