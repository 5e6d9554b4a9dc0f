"""Building blocks every screen uses: a row of buttons that reflows, the Tab order in reading order,
named buttons and plain-text labels."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QWidget

from a11y_bank.ui.theme import FOCUS_WIDTH_PX

__all__ = ["ButtonRow", "action_button", "submit_on_return", "tab_chain", "text_label"]


class ButtonRow(QWidget):
    """Buttons side by side while they fit, stacked once they do not (large text, narrow window).

    Reflow instead of a horizontal scroll bar at 300-400 % text (WCAG 1.4.10).
    """

    def __init__(self, buttons: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            self._box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._box.addStretch(1)

    def _needed_width(self) -> int:
        visible = [b for b in self._buttons if not b.isHidden()]
        spacing = max(self._box.spacing(), 0) * max(len(visible) - 1, 0)
        return sum(b.sizeHint().width() for b in visible) + spacing

    def minimumSizeHint(self) -> QSize:
        widths = [b.sizeHint().width() for b in self._buttons if not b.isHidden()]
        hint = super().minimumSizeHint()
        return QSize(max(widths, default=0), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        fits = event.size().width() >= self._needed_width()
        wanted = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self._box.direction() != wanted:
            self._box.setDirection(wanted)
        super().resizeEvent(event)


def tab_chain(widgets: list[QWidget]) -> None:
    """Set the tab order to `widgets`, in that order (reading order, pitfalls §3.5)."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


def action_button(name: str, slot: Callable[..., object], parent: QWidget) -> QPushButton:
    """A push button named `name` (tests and the accessibility tree find it) that runs `slot`;
    Enter presses it when it has focus (auto-default), as Space does."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setAutoDefault(True)
    button.clicked.connect(slot)
    return button


def text_label(name: str, parent: QWidget, *, focusable: bool = False) -> QLabel:
    """A wrapping plain-text label (no rich text reaches a screen reader); `focusable` puts it in the
    Tab order, for a sentence the customer must be able to reach and re-read (a result, the rules)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if focusable:
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setMargin(FOCUS_WIDTH_PX + 1)  # the focus ring is drawn around the text, never over it
    return label


_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _CtrlReturnSubmits(QObject):
    """Ctrl+Return (or Ctrl+Enter) in a multi-line box runs the action; plain Return stays a new line."""

    def __init__(self, action: Callable[[], object], box: QWidget) -> None:
        super().__init__(box)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _RETURN_KEYS
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._action()
            return True
        return super().eventFilter(watched, event)


def submit_on_return(action: Callable[[], object], *fields: QWidget) -> None:
    """Return in each single-line field runs `action`, the page's primary action ("Review", "Continue",
    "Save"), as a sighted user expects a form to submit; in a multi-line box, where Return starts a new
    line, Ctrl+Return does. Never pass a confirm that moves money or destroys something without review."""
    for field in fields:
        if isinstance(field, QLineEdit):
            field.returnPressed.connect(action)
        elif isinstance(field, (QPlainTextEdit, QTextEdit)):
            field.installEventFilter(_CtrlReturnSubmits(action, field))
        else:
            raise TypeError(f"Return cannot submit from a {type(field).__name__}")
