"""Build the signed-in sections' screens ahead of their first visit, one per event-loop pass.

A screen was built on its first visit: 20-60 ms of Python and Qt on the GUI thread (widgets,
translations, the style's first polish), on top of its first layout and paint, so a first visit
stalled the GUI 70-110 ms (docs/performance.md, section 2). After sign-in (and after unlocking,
which rebuilds every screen) the customer listens to the accounts page for a while; this builds the
other sections in that time, one screen per timer tick with a pause between, so input, bank answers
and paints of the shown screen are never queued behind more than one screen's build.

"Idle" is also asked of the window (`idle`): a build adds hundreds of accessible objects, and Orca 43
dropped the announcements presented while their events arrived (the sign-in journey lost "You are
signed in" and "4 accounts loaded", tests/orca), so a build waits until nothing is being said or
fetched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# After sign-in the accounts page loads, paints and is announced before anything is built.
FIRST_BUILD_DELAY_MS = 600
# Between two builds: what arrived meanwhile (keys, answers, paints) goes first.
BUILD_PAUSE_MS = 120
# While the window is not idle (a message being said, a bank answer awaited), look again this often.
IDLE_RETRY_MS = 250


class ScreenBuilder(QObject):
    """Calls `build(key)` for each key not `is_built`, one per tick; `stop()` forgets what is left."""

    def __init__(
        self,
        build: Callable[[str], QWidget],
        is_built: Callable[[str], bool],
        parent: QObject | None = None,
        *,
        idle: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._is_built = is_built
        self._idle = idle
        self._queue: list[str] = []
        self.built: list[str] = []
        """Keys this builder built, in order (what a test or benchmark can check)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._build_next)

    @property
    def pending(self) -> list[str]:
        return list(self._queue)

    def start(self, keys: Iterable[str]) -> None:
        """Build `keys` in this order, starting after FIRST_BUILD_DELAY_MS."""
        self._queue = [key for key in keys if not self._is_built(key)]
        if self._queue:
            self._timer.start(FIRST_BUILD_DELAY_MS)

    def stop(self) -> None:
        self._queue.clear()
        self._timer.stop()

    def _build_next(self) -> None:
        if not self._idle():
            self._timer.start(IDLE_RETRY_MS)
            return
        try:
            self._build_one()
        except Exception:  # that screen is built (and fails) on its visit instead; the rest go on
            log.exception("building a screen ahead failed")
        if self._queue:
            self._timer.start(BUILD_PAUSE_MS)

    def _build_one(self) -> None:
        while self._queue:
            key = self._queue.pop(0)
            if self._is_built(key):  # visited meanwhile
                continue
            screen = self._build(key)
            # Polished now, not on its first show: the style's polish of every child is Python work.
            screen.ensurePolished()
            self.built.append(key)
            return
