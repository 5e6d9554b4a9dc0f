"""The shared new-password field: the bank's rules in the app's language, masked typing, the show toggle."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from a11y_bank.api.enrolment import PasswordRules
from a11y_bank.i18n import Translations
from a11y_bank.ui.widgets.password import PasswordField, rules_sentence
from tests.i18n.conftest import languages as languages  # noqa: PLC0414 (fixture)
from tests.i18n.conftest import qm_dir as qm_dir  # noqa: PLC0414 (fixture)

BANK_TEXT = (
    "At least 8 characters, with at least one letter and one digit. Spaces and any other "
    "characters are allowed, and pasting is fine. Up to 128 characters."
)
RULES = PasswordRules(min_length=8, max_length=128, require_letter=True, require_digit=True, text=BANK_TEXT)


def test_english_rules_read_as_the_bank_publishes_them() -> None:
    assert rules_sentence(RULES) == BANK_TEXT


@pytest.mark.parametrize(
    ("letter", "digit", "first"),
    [
        (True, False, "At least 6 characters, with at least one letter."),
        (False, True, "At least 6 characters, with at least one digit."),
        (False, False, "At least 6 characters."),
    ],
)
def test_each_rule_set_has_its_own_sentence(letter: bool, digit: bool, first: str) -> None:
    rules = PasswordRules(6, 20, letter, digit, "")
    assert rules_sentence(rules).startswith(first + " ")
    assert rules_sentence(rules).endswith("Up to 20 characters.")


def test_the_field_checks_the_rules_and_masks(qtbot: QtBot) -> None:
    field = PasswordField("newPassword", show_toggle=True)
    qtbot.addWidget(field)
    assert field.problem() == ""  # no rules known yet: nothing to say
    field.set_rules(RULES)
    assert field.edit.accessibleDescription() == BANK_TEXT  # the hint, as a screen reader hears it
    field.edit.setText("short")
    assert field.problem() == BANK_TEXT
    field.edit.setText("Tea at 4 every day")
    assert field.problem() == ""
    assert field.edit.echoMode() is QLineEdit.EchoMode.Password
    assert field.show_check is not None
    field.show_check.setChecked(True)
    assert field.edit.echoMode() is QLineEdit.EchoMode.Normal


def test_the_rules_and_their_error_follow_the_language(qtbot: QtBot, languages: Translations) -> None:
    field = PasswordField("newPassword", show_toggle=True)
    qtbot.addWidget(field)
    field.set_rules(RULES)
    field.edit.setText("short")
    field.set_error(field.problem())
    languages.switch("zh_CN")
    qtbot.wait(1)
    assert field.error() == rules_sentence(RULES)
    assert "8" in field.error()
    assert "128" in field.error()
    assert not any(word in field.error() for word in ("least", "letter", "digit"))
    assert "。 " not in field.error()  # Chinese sentences join without a space
    assert field.show_check is not None
    assert field.show_check.text() == "显示密码"
    languages.switch("en")
    qtbot.wait(1)
    assert field.error() == BANK_TEXT
