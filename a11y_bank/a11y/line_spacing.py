"""Line spacing (100-200 %) for the app's reading text: statements, product sheets, chat history.

Qt has no application-wide line spacing: QFont has none, style sheets do not support
`line-height`, and a plain-text QLabel lays out its lines with the font's own height. What does
support it is a rich-text document (`QTextBlockFormat.setLineHeight`), which every QTextEdit and
QTextBrowser shows. So the spacing is put on the blocks of those documents, again after each
change of their content (`setHtml` replaces the blocks), and on documents shown later. Labels keep
the font's spacing: converting them to rich text would change what code and tests read back.

Cost: nothing at 100 % (the default). Above it, one application event filter looks at Show events.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QShowEvent, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit

MIN_PERCENT = 100
MAX_PERCENT = 200


def clamp(percent: int) -> int:
    return min(max(percent, MIN_PERCENT), MAX_PERCENT)


class LineSpacing(QObject):
    """Keeps the line height of every QTextEdit/QTextBrowser document at `percent`."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._percent = MIN_PERCENT
        self._filtering = False
        self._hooked: weakref.WeakSet[QTextDocument] = weakref.WeakSet()
        self._applying = False

    @property
    def percent(self) -> int:
        return self._percent

    def set_percent(self, percent: int) -> int:
        """Apply a line spacing to every document now and to those shown later; returns it clamped."""
        percent = clamp(percent)
        if percent == self._percent:
            return percent
        self._percent = percent
        self._watch(percent != MIN_PERCENT)
        for widget in self._app.allWidgets():
            if isinstance(widget, QTextEdit):
                self._hook(widget.document())
        return percent

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The cheap class tests first: a Show of anything but a text edit (and any other event) ends
        # here without making a Python enum of the event's type.
        if (
            isinstance(watched, QTextEdit)
            and isinstance(event, QShowEvent)
            and event.type() == QEvent.Type.Show
        ):
            self._hook(watched.document())
        return False

    def _watch(self, on: bool) -> None:
        if on and not self._filtering:
            self._app.installEventFilter(self)
        elif not on and self._filtering:
            self._app.removeEventFilter(self)
        self._filtering = on

    def _hook(self, document: QTextDocument) -> None:
        if document not in self._hooked:
            self._hooked.add(document)
            document.contentsChange.connect(lambda *_: self._apply(document))
        self._apply(document)

    def _apply(self, document: QTextDocument) -> None:
        if self._applying:
            return  # our own format change reports a content change too
        self._applying = True
        try:
            block_format = QTextBlockFormat()
            block_format.setLineHeight(
                float(self._percent), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            cursor = QTextCursor(document)
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(block_format)
        finally:
            self._applying = False
