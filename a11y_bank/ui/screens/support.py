"""Support: how to reach a person at the bank by text (the chat comes later)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.theme import make_heading

if TYPE_CHECKING:
    from a11y_bank.ui.context import AppContext


class SupportScreen(Screen):
    section = "support"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        # Selectable and focusable so keyboard and screen-reader users can read and copy it (the focus
        # policy goes last: setTextInteractionFlags resets it).
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate_ui()

    def title(self) -> str:
        #: Title of the support screen.
        return self.tr("Support")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        #: Support screen text (demo bank): how to reach a person by text; chat is not built yet.
        text = self.tr(
            "To reach a person at the bank by text, send a text message to 95588 or write to "
            "support@demo-bank.example. Say that you use a screen reader or large text if that helps: "
            "replies come as plain text. Chat with support inside this app is coming soon."
        )
        self.body.setText(text)
        self.body.setAccessibleName(text)

    def first_focus(self) -> QWidget:
        return self.body
