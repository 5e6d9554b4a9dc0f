"""Screen curtain: one key blanks what is shown while speech and the screen reader keep working.

Privacy for blind customers in public and at branches. The curtain is an opaque black child laid
over the window's central widget: the controls underneath stay visible *to Qt* (so the
accessibility tree, focus and keyboard are untouched and Orca / NVDA / self-voicing read on), but
nothing of them reaches the screen. The curtain never takes focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class ScreenCurtain(QWidget):
    """Covers `host` completely while on; follows its size."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName("")  # nothing to read: it is only paint
        host.installEventFilter(self)
        self.hide()

    @property
    def on(self) -> bool:
        return self.isVisible()

    def set_on(self, on: bool) -> None:
        if on:
            self.setGeometry(self._host.rect())
            self.show()
            self.raise_()
        else:
            self.hide()

    def toggle(self) -> bool:
        self.set_on(not self.on)
        return self.on

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(event.rect(), QColor("#000000"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._host.rect())
        elif watched is self._host and event.type() == QEvent.Type.ChildAdded and self.isVisible():
            self.raise_()  # a control created later must not be painted over the curtain
        return False
