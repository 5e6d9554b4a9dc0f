"""A label + input pair that screen readers always read correctly.

Qt derives a field's accessible name from its buddy label only for siblings and keeps any rich text
(pitfalls §3.6), so `LabelledField` sets the buddy *and* the accessible name explicitly, keeps the
label plain text, and carries an optional hint and error line exposed as the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from a11y_bank.a11y.announcer import note_description_change


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
        description = self._error or self._hint
        if description != self.field.accessibleDescription():
            self.field.setAccessibleDescription(description)
            note_description_change(self.field)  # a reader reads it now if the field has focus


# What a masked field holds while hidden. Orca reads an inserted "*" as "star", never the character.
MASK_CHARACTER = "*"
_NO_TEXT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


class SecretEdit(QLineEdit):
    """A password, PIN or one-time-code field whose characters never reach a screen reader.

    A plain `QLineEdit` in `Password` mode puts the *real* characters into its accessibility
    text-inserted event, and Orca echoes them with key echo on (docs/orca.md, finding 4). Here the
    underlying line edit only ever holds `MASK_CHARACTER`s while hidden; the secret lives in Python and
    `text()` returns it. Qt still exposes the password-text role, so Orca does not echo the keys either.

    `setEchoMode(Normal)` shows the secret (a sighted user checking a code); `setEchoMode(Password)`
    hides it again. Copy, cut and undo stay off as Qt does for any password field; paste, drop-free
    typing, Backspace/Delete, selection and input-method commits all go through the secret.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secret = ""
        self.setProperty("a11ySecret", True)  # selfvoice.SECRET_PROPERTY: the app's own voice skips it too
        self.setAcceptDrops(False)  # a drop would insert real text behind our back
        super().setEchoMode(QLineEdit.EchoMode.Password)
        self.textChanged.connect(self._sync_while_shown)

    # -- what Python callers see ------------------------------------------------------------------

    def text(self) -> str:
        return self._secret

    def setText(self, text: str | None) -> None:
        self._secret = (text or "")[: self.maxLength()]
        self._render()

    def clear(self) -> None:
        self.setText("")

    def selectedText(self) -> str:
        start = self.selectionStart()
        return self._secret[start : start + len(super().selectedText())] if start >= 0 else ""

    def setEchoMode(self, mode: QLineEdit.EchoMode) -> None:
        """Normal shows the secret; any other mode hides it (always as Password, never echo-on-edit)."""
        shown = mode == QLineEdit.EchoMode.Normal
        super().setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._render()

    def is_shown(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def paste(self) -> None:
        if self.is_shown():
            super().paste()
        elif not self.isReadOnly():
            self._insert_secret(QGuiApplication.clipboard().text())

    # -- editing while hidden ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_shown() or self.isReadOnly():
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
            return
        typed = event.text()
        if typed and typed.isprintable() and not event.modifiers() & _NO_TEXT_MODIFIERS:
            self._insert_secret(typed)
            event.accept()
            return
        self._edit_masks(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self.is_shown():
            super().inputMethodEvent(event)
        elif event.commitString() and not self.isReadOnly():
            self._insert_secret(event.commitString())  # pre-edit text is never shown in a secret

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        paste = menu.findChild(QAction, "edit-paste")
        if paste is not None:  # Qt's own paste slot is not virtual: route it through the secret
            paste.triggered.disconnect()
            paste.triggered.connect(self.paste)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _insert_secret(self, typed: str) -> None:
        """Insert at the cursor (replacing a selection); the line edit itself only gets masks."""
        typed = "".join(ch for ch in typed if ch.isprintable())
        start = self.selectionStart() if self.hasSelectedText() else self.cursorPosition()
        selected = len(super().selectedText())
        kept = self._secret[:start] + self._secret[start + selected :]
        typed = typed[: max(0, self.maxLength() - len(kept))]
        self._secret = kept[:start] + typed + kept[start:]
        super().insert(MASK_CHARACTER * len(typed))
        if not typed and selected:
            super().del_()  # a paste of nothing still replaces the selection

    def _edit_masks(self, event: QKeyEvent) -> None:
        """Backspace, Delete, cursor keys: Qt edits the masks; mirror a removal into the secret."""
        before = len(super().text())
        super().keyPressEvent(event)
        removed = before - len(super().text())
        if removed > 0:  # a deletion leaves the cursor where the removed run started
            start = self.cursorPosition()
            self._secret = self._secret[:start] + self._secret[start + removed :]
        elif removed < 0:  # nothing of ours inserts masks (undo is off for passwords): stay exact
            self._render()

    def _render(self) -> None:
        super().setText(self._secret if self.is_shown() else MASK_CHARACTER * len(self._secret))

    def _sync_while_shown(self, text: str) -> None:
        if self.is_shown():
            self._secret = text


class ShowSecretToggle(QCheckBox):
    """ "Show the code": a check box under a `SecretEdit`, off by default, for a sighted user to check
    what was typed. While it is on the field holds the real text (a screen reader then hears it too)."""

    def __init__(self, edit: SecretEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("showSecret")
        self._edit = edit
        self.toggled.connect(self._show)
        self._retranslate()

    def _show(self, shown: bool) -> None:
        self._edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        #: Check box under a one-time-code field: shows the typed code instead of stars (off by default).
        self.setText(QCoreApplication.translate("ShowSecretToggle", "Show the code"))
        self.setAccessibleName(self.text())


def add_show_toggle(field: LabelledField) -> ShowSecretToggle:
    """Put a "Show the code" check box right under `field`'s SecretEdit (next in the Tab order)."""
    assert isinstance(field.field, SecretEdit)
    toggle = ShowSecretToggle(field.field, field)
    layout = field.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(layout.indexOf(field.field) + 1, toggle)
    QWidget.setTabOrder(field.field, toggle)
    return toggle
