"""A new-password field that shows the bank's password rules in the app's language.

Enrolment and the security screen both ask for a new password under the rules the bank publishes
(`PasswordRules`: length, letter, digit). The rules are put into words here from their fields, not
shown as the bank's own English sentence, so a Chinese customer reads and hears them in Chinese.
The field masks what is typed (`SecretEdit`: a screen reader never hears the characters); pasting is
allowed, and enrolment adds a "Show password" check box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from a11y_bank.api.enrolment import PasswordRules, password_problems
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit

__all__ = ["PasswordField", "rules_sentence"]


def rules_sentence(rules: PasswordRules) -> str:
    """The rules as the customer reads and hears them: "At least 8 characters, with at least one
    letter and one digit. Spaces and any other characters are allowed, and pasting is fine. Up to
    128 characters." """
    if rules.require_letter and rules.require_digit:
        #: Password rule; {min} is the least number of characters.
        first = QCoreApplication.translate(
            "PasswordRules", "At least {min} characters, with at least one letter and one digit."
        )
    elif rules.require_letter:
        #: Password rule; {min} is the least number of characters.
        first = QCoreApplication.translate(
            "PasswordRules", "At least {min} characters, with at least one letter."
        )
    elif rules.require_digit:
        #: Password rule; {min} is the least number of characters.
        first = QCoreApplication.translate(
            "PasswordRules", "At least {min} characters, with at least one digit."
        )
    else:
        #: Password rule; {min} is the least number of characters.
        first = QCoreApplication.translate("PasswordRules", "At least {min} characters.")
    return join_sentences(
        first.format(min=rules.min_length),
        #: Password rule: what else a password may hold (the bank allows any character and pasting).
        QCoreApplication.translate(
            "PasswordRules", "Spaces and any other characters are allowed, and pasting is fine."
        ),
        #: Password rule; {max} is the most characters a password may have.
        QCoreApplication.translate("PasswordRules", "Up to {max} characters.").format(max=rules.max_length),
    )


class PasswordField(LabelledField):
    """A labelled, masked new-password field; the rules are its hint, and its error when broken.

    The screen sets the label (`set_text`) and the rules once the bank has sent them (`set_rules`);
    `problem()` is the text to show and say when the typed password breaks them.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None, *, show_toggle: bool = False) -> None:
        self.edit = SecretEdit()
        self.edit.setObjectName(object_name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)  # paste still works
        super().__init__(self.edit, parent=parent)
        self._rules: PasswordRules | None = None
        self._shown_rules = ""  # the rules as last shown, in the language of that moment
        self.show_check: QCheckBox | None = None
        if show_toggle:
            self.show_check = QCheckBox(self)
            self.show_check.setObjectName("showPassword")
            self.show_check.toggled.connect(self._show_password)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.show_check)
        self.retranslate_ui()

    def set_rules(self, rules: PasswordRules | None) -> None:
        self._rules = rules
        self._shown_rules = self.rules_text()
        self.set_hint(self._shown_rules)

    def rules_text(self) -> str:
        return rules_sentence(self._rules) if self._rules is not None else ""

    def problem(self) -> str:
        """ "" when the typed password keeps the rules (or none are known yet), else the rules."""
        if self._rules is None or not password_problems(self.edit.text(), self._rules):
            return ""
        return self.rules_text()

    def retranslate_ui(self) -> None:
        if self.show_check is not None:
            #: Check box under a new password field that shows the password as typed.
            self.show_check.setText(QCoreApplication.translate("PasswordField", "Show password"))
        showing_rules = bool(self.error()) and self.error() == self._shown_rules
        self._shown_rules = self.rules_text()
        self.set_hint(self._shown_rules)
        if showing_rules:  # an error that is the rules follows the language too
            self.set_error(self._shown_rules)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_password(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
