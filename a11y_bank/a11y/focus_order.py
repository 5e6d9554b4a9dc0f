"""Focus before caret: make Orca 43 speak a text field that is reached with Tab.

Measured with the real Orca 43.1 (tests/orca, docs/orca.md): Tab into a `QLineEdit` was silent. Qt
delivers the FocusIn event to the line edit (which selects its text and moves its cursor, so the
AT-SPI bridge emits `text-selection-changed` and `text-caret-moved`) *before* it sends the
accessibility Focus event. Orca 43 takes the caret event of a not-yet-focused field as a silent
"locus of focus" change, and then ignores the focus event as one for the field it is already on.
Shift+Tab happened to work, Tab never did: the password, amount, date, search and customer number
fields were all silent.

The fix: while a screen reader is connected, the line edit's FocusIn is held back and re-sent on the
next turn of the event loop, after Qt has announced the focus. The field still gets its FocusIn
(selection, cursor, style) a moment later; nothing changes when no screen reader is active.

The application event filter is installed only once a reader has connected (`follow_reader`
checks every `READER_POLL_MS` until then): without a reader it would cost a Python call for every
event of every widget and change nothing (docs/performance.md, section 4).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QFocusEvent
from PySide6.QtWidgets import QLineEdit

READER_POLL_MS = 250
"""How often `follow_reader` asks whether a screen reader has connected (as the announcer does)."""


class FocusBeforeCaret(QObject):
    """Application event filter that replays a line edit's FocusIn after the accessibility Focus event."""

    def __init__(
        self, reader_active: Callable[[], bool] = QAccessible.isActive, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reader_active = reader_active
        self._replaying: set[int] = set()
        self._poll: QTimer | None = None
        self._filtering = False
        self.replayed = 0  # how many FocusIn events were re-sent (diagnostics, tests)

    def follow_reader(self, app: QCoreApplication) -> None:
        """Become `app`'s event filter once a screen reader is connected (at once if it is)."""
        if self._poll is None:
            self._poll = QTimer(self)
            self._poll.setInterval(READER_POLL_MS)
            self._poll.timeout.connect(lambda: self._install_when_reader(app))
        self._install_when_reader(app)

    @property
    def filtering(self) -> bool:
        """True once `follow_reader` has installed the filter."""
        return self._filtering

    def _install_when_reader(self, app: QCoreApplication) -> None:
        assert self._poll is not None
        if not self._reader_active():
            self._poll.start()  # keeps running (no-op if it is) until a reader connects
            return
        self._poll.stop()
        if not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The cheap class test first: nearly every event is not a focus event.
        if not isinstance(event, QFocusEvent) or event.type() != QEvent.Type.FocusIn:
            return False
        if not isinstance(watched, QLineEdit):
            return False
        if id(watched) in self._replaying:
            self._replaying.discard(id(watched))
            return False  # our own replay: let the field have it
        if not self._reader_active():
            return False  # the reader has gone since: Qt's own order again
        reason = event.reason()
        QTimer.singleShot(0, self, lambda: self._replay(watched, reason))
        return True

    def _replay(self, field: QLineEdit, reason: Qt.FocusReason) -> None:
        if not shiboken6.isValid(field) or not field.hasFocus():
            return  # focus moved on meanwhile; that widget got its own FocusIn
        self._replaying.add(id(field))
        self.replayed += 1
        QCoreApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusIn, reason))


_installed: FocusBeforeCaret | None = None


def install_focus_before_caret() -> FocusBeforeCaret | None:
    """Install the filter on the running application (once) as soon as a screen reader connects;
    None when there is no application yet."""
    global _installed  # noqa: PLW0603 - one filter per process
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _installed is None:
        _installed = FocusBeforeCaret(parent=app)
        _installed.follow_reader(app)
    return _installed
