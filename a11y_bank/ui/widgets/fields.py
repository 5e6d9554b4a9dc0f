"""A label + input pair that screen readers always read correctly.

Qt derives a field's accessible name from its buddy label only for siblings and keeps any rich text
(pitfalls §3.6), so `LabelledField` sets the buddy *and* the accessible name explicitly, keeps the
label plain text, and carries an optional hint and error line exposed as the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def label_for(field: QWidget, text: str, parent: QWidget | None = None) -> QLabel:
    """A plain-text label that is `field`'s buddy and gives it its accessible name."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setBuddy(field)
    set_label_text(label, field, text)
    return label


def set_label_text(label: QLabel, field: QWidget, text: str) -> None:
    """Change a label and its field's accessible name together (use from retranslate_ui)."""
    label.setText(text)
    field.setAccessibleName(text.replace("&", "").rstrip(":").strip())


class LabelledField(QWidget):
    """A label above its field (stacks well at 400 % text), a hint and an error line below.

    The field's accessible description is the error when there is one, else the hint, so a screen
    reader hears "Amount, edit, Enter up to 2 decimal places" or the current error.
    """

    def __init__(self, field: QWidget, text: str = "", hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.label = label_for(field, text, self)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("fieldError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(field)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        self.setFocusProxy(field)
        self._hint = ""
        self._error = ""
        self.set_hint(hint)
        self.set_error("")

    def set_text(self, text: str) -> None:
        set_label_text(self.label, self.field, text)

    def set_hint(self, hint: str) -> None:
        self._hint = hint
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self._update_description()

    def set_error(self, error: str) -> None:
        """Show (or clear, with "") an error under the field; it becomes the field's description."""
        self._error = error
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        self._update_description()

    def error(self) -> str:
        return self._error

    def _update_description(self) -> None:
        self.field.setAccessibleDescription(self._error or self._hint)
