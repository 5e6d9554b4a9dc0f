"""Run Python's cyclic garbage collector on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a generation's threshold is
crossed. With Qt that can be a worker thread of `tasks.py` (an httpx call allocates a lot): a screen
caught in a reference cycle (a lambda slot that references its own widget is enough) is then
destroyed on the worker, its timers cannot be unregistered ("QObject::~QObject: Timers cannot be
stopped from another thread") and the next timer tick on the GUI thread crashes the process.
Measured here: a segmentation fault a hundred GUI tests into a run, always in
`QTimerInfoList::activateTimers`, after exactly those warnings from a worker thread.

So automatic collection is switched off and a timer on the GUI thread collects instead, with the
same generation thresholds the interpreter would use (the approach qutebrowser takes, see its
`misc/utilities` garbage collector).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250


class GuiThreadGarbageCollector(QObject):
    """Disables automatic GC and collects from a GUI-thread timer while it lives."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        gen0, gen1, gen2 = gc.get_count()
        if gen0 <= self.thresholds[0]:
            return
        generation = 0
        if gen1 > self.thresholds[1]:
            generation = 2 if gen2 > self.thresholds[2] else 1
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        """Collect everything once more and give collection back to the interpreter."""
        self._timer.stop()
        gc.collect()
        gc.enable()


def install(parent: QObject) -> GuiThreadGarbageCollector:
    """Start GUI-thread collection for the lifetime of `parent` (the application)."""
    return GuiThreadGarbageCollector(parent)
