"""Confirmation dialogs for actions that cannot be undone (delete a payee, cancel a scheduled payment).

Rules they keep (WCAG 3.3.4, qt-a11y-pitfalls §3.4):
- the safe answer (Cancel) is the default button and has focus first, so Enter never destroys anything;
- Escape cancels;
- the dialog is window-modal and opened with ``open()`` (never ``exec()``), so the event loop and the
  announcer keep running and keyboard-only tests can drive it;
- when it closes, focus is put back explicitly on a widget the caller names (Qt does not reliably
  re-activate the parent after a modal dialog closes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def restore_focus(target: QWidget | None, fallback: QWidget | None = None) -> None:
    """Give focus back to ``target`` (or ``fallback`` if it is gone or cannot take focus).

    Done now and once more after the dialog has fully closed: some platforms (offscreen, Xvfb without
    a window manager) only re-activate the parent window after the event loop has turned.
    """
    for widget in (target, fallback):
        if widget is None or not widget.isVisible() or not widget.isEnabled():
            continue
        _focus(widget)
        QTimer.singleShot(0, widget, lambda w=widget: _focus(w))
        return


def _focus(widget: QWidget) -> None:
    window = widget.window()
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


class ConfirmDialog(QMessageBox):
    """A window-modal question with a destructive confirm button and Cancel as the default.

    Signals (inherited): ``finished(int)``. Use :func:`ask_to_confirm` rather than building it.
    """

    def __init__(self, parent: QWidget, *, title: str, question: str, confirm_text: str) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(question)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(title)
        # No accessible description: Orca reads an alert's text label already, and a description
        # equal to the question made it say the question twice (docs/orca.md, delete-payee journey).
        role = QMessageBox.ButtonRole.DestructiveRole
        self.confirm_button: QPushButton = self.addButton(confirm_text, role)
        self.cancel_button: QPushButton = self.addButton(
            #: Button of a confirmation dialog that abandons the action; the safe default.
            QCoreApplication.translate("ConfirmDialog", "Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.confirm_button.setAccessibleName(confirm_text)
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.confirm_button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # QMessageBox focuses the default button only on some styles; make it certain.
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_to_confirm(
    opener: QWidget,
    *,
    title: str,
    question: str,
    confirm_text: str,
    on_answer: Callable[[bool], None],
    return_focus_to: QWidget | None = None,
) -> ConfirmDialog:
    """Open a confirmation dialog and call ``on_answer(confirmed)`` once it closes.

    Focus goes back to ``return_focus_to`` (default: the opener) *before* ``on_answer`` runs, so an
    announcement made in ``on_answer`` is not swallowed by the focus change.
    """
    dialog = ConfirmDialog(opener.window(), title=title, question=question, confirm_text=confirm_text)

    def finished(_result: int) -> None:
        confirmed = dialog.confirmed()
        restore_focus(return_focus_to or opener, opener)
        dialog.deleteLater()
        on_answer(confirmed)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
