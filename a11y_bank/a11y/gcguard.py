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

A full (oldest-generation) collection walks every object the process has: with the embedded demo
bank and a history of thousands of rows that took 73 ms of GUI-thread CPU (stalls benchmark,
docs/performance.md section 2). The interpreter itself skips a full collection until the objects
promoted to the oldest generation since the last one reach a quarter of those that survived it
(CPython's `long_lived_pending < long_lived_total / 4` in gcmodule.c), so a large, stable heap is not
walked again every hundred young collections. Python does not expose those two counts; the number of
memory blocks it has allocated (`sys.getallocatedblocks()`, constant time) stands in for them: a full
collection waits until that has grown by a quarter since the last one.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250
FULL_COLLECTION_GROWTH = 1.25  # the interpreter's quarter (see above)


class GuiThreadGarbageCollector(QObject):
    """Disables automatic GC and collects from a GUI-thread timer while it lives."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        self.full_collections = 0
        self._blocks_after_full = sys.getallocatedblocks()
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
            generation = 2 if gen2 > self.thresholds[2] and self._heap_grew() else 1
        gc.collect(generation)
        self.collections += 1
        if generation == 2:
            self.full_collections += 1
            self._blocks_after_full = sys.getallocatedblocks()

    def _heap_grew(self) -> bool:
        return sys.getallocatedblocks() > self._blocks_after_full * FULL_COLLECTION_GROWTH

    def stop(self) -> None:
        """Collect everything once more and give collection back to the interpreter."""
        self._timer.stop()
        gc.collect()
        gc.enable()


def freeze_long_lived() -> None:
    """Take every object alive now out of all future collections (`gc.freeze`).

    For the end of start-up, once the app has imported what it will need (modules, classes,
    functions, Babel's data, the embedded bank): those live as long as the process, yet every full
    collection walked them. After sign-in that was ~79 000 objects and 37-58 ms of GUI-thread CPU per
    full collection; with them frozen, 0.4-2.6 ms (docs/performance.md, section 2). Call it before
    anyone signs in: a customer's screens must stay collectable, they go at sign-out. It moves lists
    only (constant time) and may run on any thread.
    """
    gc.freeze()


def install(parent: QObject) -> GuiThreadGarbageCollector:
    """Start GUI-thread collection for the lifetime of `parent` (the application)."""
    return GuiThreadGarbageCollector(parent)
