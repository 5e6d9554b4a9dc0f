"""The base class every screen derives from."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from a11y_bank.ui.context import AppContext


class Screen(QWidget):
    """One section of the main window (Accounts, History, Transfer, ...).

    Subclasses build their widgets in __init__, set every visible string in retranslate_ui()
    (called from __init__ and again on a language change), load data in on_shown(), and say which
    widget gets focus first in first_focus().
    """

    section: ClassVar[str] = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def on_shown(self, **kwargs: object) -> None:
        """Called each time the user navigates here; refresh data (off the GUI thread)."""

    def first_focus(self) -> QWidget:
        return self

    def can_leave(self) -> bool:
        """False while leaving would abandon money in flight (the main window then asks first)."""
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
