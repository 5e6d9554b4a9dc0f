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
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QFocusEvent
from PySide6.QtWidgets import QLineEdit


class FocusBeforeCaret(QObject):
    """Application event filter that replays a line edit's FocusIn after the accessibility Focus event."""

    def __init__(
        self, reader_active: Callable[[], bool] = QAccessible.isActive, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reader_active = reader_active
        self._replaying: set[int] = set()
        self.replayed = 0  # how many FocusIn events were re-sent (diagnostics, tests)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FocusIn or not isinstance(watched, QLineEdit):
            return False
        if id(watched) in self._replaying:
            self._replaying.discard(id(watched))
            return False  # our own replay: let the field have it
        if not self._reader_active():
            return False
        assert isinstance(event, QFocusEvent)
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
    """Install the filter on the running application (once); None when there is no application yet."""
    global _installed  # noqa: PLW0603 - one filter per process
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _installed is None:
        _installed = FocusBeforeCaret(parent=app)
        app.installEventFilter(_installed)
    return _installed
