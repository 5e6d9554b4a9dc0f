"""Help -> Accessibility: the published accessibility statement and a feedback form.

The statement is the one in docs/accessibility.md, as plain text (`accessibility_statement.json`,
generated with it by tools/accessibility_statement.py from the Orca transcripts and the tests), in the
app's language: the file holds the English text and a reviewed translation per other language, and a
language switch changes it in place. It sits in a read-only text view that reflows at any text size; the
keyboard caret moves through it line by line, so a screen reader reads it like a document.

Feedback goes to the bank through the support chat: Send feedback opens Support with the feedback as
a message for the customer to check, sent with Enter (the chat never sends a draft by itself).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from a11y_bank.domain.validation import ValidationError
from a11y_bank.i18n import DEFAULT_LANGUAGE, normalise
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import LabelledField, label_for, set_label_text
from a11y_bank.ui.widgets.layout import submit_on_return
from a11y_bank.ui.widgets.payment_fields import show_field_error

if TYPE_CHECKING:
    from a11y_bank.ui.context import AppContext

STATEMENT_FILE = Path(__file__).resolve().parent.parent / "accessibility_statement.json"
FEEDBACK_LIMIT = 2000  # characters: a chat message, not an essay


@cache
def statement_text(language: str = DEFAULT_LANGUAGE) -> str:
    """The generated statement (plain text) in `language` (an app language code), English when the file
    has no translation for it; empty if the file is missing from a broken install."""
    try:
        data = json.loads(STATEMENT_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    if not isinstance(data, dict):
        return ""
    text = data.get(f"text_{language}") if language != DEFAULT_LANGUAGE else None
    if not isinstance(text, str):
        text = data.get("text")
    return text if isinstance(text, str) else ""


class AccessibilityScreen(Screen):
    section = "accessibility"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.statement = QTextBrowser(self)
        self.statement.setObjectName("accessibilityStatement")
        self.statement.setOpenLinks(False)
        self.statement.setTabChangesFocus(True)  # never a Tab trap
        self.statement.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)  # reflows at 400 %
        # A caret the arrow keys move: the screen reader reads the statement line by line.
        self.statement.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.statement.setMinimumHeight(200)
        self.statement_label = label_for(self.statement, "", self)
        self.feedback = QPlainTextEdit(self)
        self.feedback.setObjectName("accessibilityFeedback")
        self.feedback.setTabChangesFocus(True)
        self.feedback.setMinimumHeight(80)
        self.feedback.setMaximumHeight(160)
        self.feedback_field = LabelledField(self.feedback, parent=self)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendAccessibilityFeedback")
        self.send_button.clicked.connect(self.send_feedback)
        submit_on_return(self.send_feedback, self.feedback)  # Ctrl+Return: Return is a new line here
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.statement_label)
        layout.addWidget(self.statement, 1)
        layout.addWidget(self.feedback_field)
        layout.addWidget(self.send_button)
        self.retranslate_ui()

    def title(self) -> str:
        #: Title of the screen with the accessibility statement and the feedback form (Help -> Accessibility).
        return self.tr("Accessibility")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        #: Label of the read-only text with the app's accessibility statement.
        set_label_text(self.statement_label, self.statement, self.tr("Accessibility statement"))
        # The default locale is the app's language (i18n.Translations.switch sets it before Qt's
        # LanguageChange reaches this screen).
        language = normalise(QLocale().name())
        self.statement.setPlainText(statement_text(language) or self._missing_statement())
        #: Label of the box where the customer writes feedback about accessibility.
        self.feedback_field.set_text(self.tr("Your feedback on accessibility"))
        self.feedback_field.set_hint(
            #: Hint under the accessibility feedback box.
            self.tr(
                "What was hard to use, and with which screen reader or setting? "
                "It goes to the bank's support."
            )
        )
        #: Button that sends the accessibility feedback to the bank through the support chat.
        self.send_button.setText(self.tr("Send feedback"))
        self.send_button.setAccessibleName(self.send_button.text())

    def _missing_statement(self) -> str:
        #: Shown instead of the accessibility statement when the installed app lacks its file.
        return self.tr("The accessibility statement is missing from this installation.")

    def first_focus(self) -> QWidget:
        return self.statement

    def send_feedback(self) -> None:
        """Check the feedback, then open the support chat with it ready to send."""
        text = " ".join(self.feedback.toPlainText().split())
        if not text:
            show_field_error(self.ctx.announcer, self.feedback_field, ValidationError("feedback.empty"))
            return
        if len(text) > FEEDBACK_LIMIT:
            too_long = ValidationError("feedback.too_long", {"maximum": str(FEEDBACK_LIMIT)})
            show_field_error(self.ctx.announcer, self.feedback_field, too_long)
            return
        self.feedback_field.set_error("")
        #: The support chat message made from accessibility feedback; {feedback} is what the customer wrote.
        message = self.tr("Accessibility feedback: {feedback}").format(feedback=text)
        self.feedback.clear()
        self.ctx.navigate("support", draft=message)
