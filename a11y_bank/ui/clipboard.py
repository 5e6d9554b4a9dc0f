"""Copying to the clipboard without leaving an account number there.

Text the app copies that holds an account or card number (a run of 8 or more digits, spaces and
hyphens allowed between them, as in "6222 0202 0011 2233") is cleared after `SENSITIVE_CLEAR_MS`,
and at once when the app locks or signs out, but only if the clipboard still holds exactly what the
app put there: something the user copied since is never touched.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

__all__ = ["SENSITIVE_CLEAR_MS", "ClipboardGuard", "copy_to_clipboard", "guard", "looks_sensitive"]

SENSITIVE_CLEAR_MS = 60_000
_ACCOUNT_DIGITS = re.compile(r"\d(?:[ \-\u00a0]?\d){7,}")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")  # 2026-11-23 is 8 digits, and no account


def looks_sensitive(text: str) -> bool:
    """True if `text` holds what could be a full account or card number (8+ digits in a run)."""
    return _ACCOUNT_DIGITS.search(_ISO_DATE.sub(" ", text)) is not None


class ClipboardGuard(QObject):
    """Puts text on the clipboard and takes sensitive text off it again after `clear_after_ms`."""

    def __init__(
        self, clipboard: QClipboard, clear_after_ms: int = SENSITIVE_CLEAR_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self.clear_after_ms = clear_after_ms
        self._placed: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    @property
    def pending(self) -> bool:
        """True while sensitive text the app copied waits to be cleared."""
        return self._placed is not None

    def copy(self, text: str) -> None:
        self._clipboard.setText(text)
        if looks_sensitive(text):
            self._placed = text
            self._timer.start(self.clear_after_ms)
        else:
            self._placed = None
            self._timer.stop()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds the sensitive text the app put there."""
        self._timer.stop()
        placed, self._placed = self._placed, None
        if placed is not None and self._clipboard.text() == placed:
            self._clipboard.clear()


_GUARD_NAME = "a11yClipboardGuard"


def guard() -> ClipboardGuard:
    """The application's one guard (made on first use, a child of the QGuiApplication)."""
    app = QGuiApplication.instance()
    found = app.findChild(ClipboardGuard, _GUARD_NAME) if app is not None else None
    if isinstance(found, ClipboardGuard):
        return found
    made = ClipboardGuard(QGuiApplication.clipboard(), parent=app)
    made.setObjectName(_GUARD_NAME)
    return made


def copy_to_clipboard(text: str) -> None:
    guard().copy(text)
