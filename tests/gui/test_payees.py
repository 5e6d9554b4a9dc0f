"""Payees screen against the demo bank: add (name check read back), delete after a confirmation whose
default is Cancel, focus back on the list; keyboard only; audits."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.api.models import Beneficiary, NameCheck
from a11y_bank.ui.dialogs import ConfirmDialog
from a11y_bank.ui.screens.payees import PayeesScreen, name_check_sentence, payee_sentence
from tests.gui.audit import audit_at_text_size, audit_screen
from tests.gui.test_transfer import KeyboardUser, focus_is, heard, record

UNKNOWN_CN_ACCOUNT = "6222 0202 0011 2345 679"  # Luhn-valid, not in the sandbox's directory


def open_payees(qtbot: QtBot, window: Any, user: KeyboardUser) -> PayeesScreen:
    """Ctrl+5 opens Payees; waits until the list is loaded."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    user.press(Qt.Key.Key_5, modifier=Qt.KeyboardModifier.ControlModifier)
    screen = window.screen_for("payees")
    assert isinstance(screen, PayeesScreen)
    qtbot.waitUntil(lambda: screen.list_widget.count() > 0, timeout=15_000)
    focus_is(qtbot, screen.list_widget)
    return screen


def add_payee_by_keyboard(user: KeyboardUser, screen: PayeesScreen, name: str, uk: bool = False) -> None:
    user.tab_to(screen.form.name_field.field)
    user.type(name)
    user.press(Qt.Key.Key_Tab)
    if uk:
        user.press(Qt.Key.Key_Down)  # Chinese account -> UK sort code and account number
        user.press(Qt.Key.Key_Tab)
        user.type("20-00-00")
        user.press(Qt.Key.Key_Tab)
        user.type("55779911")
    else:
        user.press(Qt.Key.Key_Tab)
        user.type(UNKNOWN_CN_ACCOUNT)
    user.press(Qt.Key.Key_Return)


def test_keyboard_only_add_then_delete_a_payee(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_payees(qtbot, signed_in_window, user)
    before = len(screen.payees)
    add_payee_by_keyboard(user, screen, "Li Na")
    unavailable = heard(qtbot, announcements, "could not check the name")
    assert screen.name_check_label.text() == unavailable
    added = heard(qtbot, announcements, "Li Na is now in your payees.")
    assert "saved payees" in added
    qtbot.waitUntil(lambda: len(screen.payees) == before + 1, timeout=10_000)
    focus_is(qtbot, screen.list_widget)
    current = screen.current_payee()
    assert current is not None
    assert current.name == "Li Na"
    item = screen.list_widget.currentItem()
    assert item is not None
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Li Na, account ending 5679"
    assert "6222" not in item.text()  # only the last four digits

    # First Delete, then change our mind: Enter takes the default answer, Cancel.
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.delete_button
    user.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog), timeout=5_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConfirmDialog)
    assert dialog.defaultButton() is dialog.cancel_button
    focus_is(qtbot, dialog.cancel_button)
    assert "Li Na" in dialog.text()
    user.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    heard(qtbot, announcements, "Li Na was not deleted.")
    focus_is(qtbot, screen.list_widget)  # focus comes back to the list (after the window re-activates)
    assert len(screen.payees) == before + 1

    # Now delete it for real.
    user.press(Qt.Key.Key_Tab)
    user.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog), timeout=5_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConfirmDialog)
    focus_is(qtbot, dialog.cancel_button)
    user.tab_to(dialog.confirm_button, limit=4)
    user.press(Qt.Key.Key_Space)
    deleted = heard(qtbot, announcements, "Li Na has been removed from your payees.")
    assert "saved payees" in deleted
    qtbot.waitUntil(lambda: len(screen.payees) == before, timeout=10_000)
    assert all(p.name != "Li Na" for p in screen.payees)
    focus_is(qtbot, screen.list_widget)  # focus back on the list
    record("add then delete a payee", user)


@pytest.mark.parametrize(
    ("typed_name", "expected", "priority"),
    [
        ("Oliver Smith", "The bank says this account belongs to Oliver Smith.", Priority.NEXT),
        ("Olivia Smith", "Close match: the bank says this account belongs to Oliver Smith.", Priority.NOW),
        ("Zhao Lei", "Warning: this account does not belong to Zhao Lei.", Priority.NOW),
    ],
)
def test_the_name_check_is_shown_and_spoken(
    qtbot: QtBot,
    signed_in_window: Any,
    announcements: AnnouncementSpy,
    typed_name: str,
    expected: str,
    priority: Priority,
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_payees(qtbot, signed_in_window, user)
    add_payee_by_keyboard(user, screen, typed_name, uk=True)
    said = heard(qtbot, announcements, expected)
    assert (said, priority) in announcements.spoken  # warnings interrupt, a match does not
    assert screen.name_check_label.text() == said
    assert screen.name_check_label.isVisible()


def test_a_bad_sort_code_is_shown_spoken_focused_and_not_sent(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_payees(qtbot, signed_in_window, user)
    before = len(screen.payees)
    user.tab_to(screen.form.name_field.field)
    user.type("Oliver Smith")
    user.press(Qt.Key.Key_Tab)
    user.press(Qt.Key.Key_Down)  # UK sort code and account number
    user.press(Qt.Key.Key_Tab)
    user.type("20-00")  # too short
    user.press(Qt.Key.Key_Tab)
    user.type("55779911")
    user.press(Qt.Key.Key_Return)
    field = screen.form.sort_code_field
    qtbot.waitUntil(lambda: bool(field.error()), timeout=5_000)
    assert field.error().startswith("A sort code is 6 digits")
    assert any(p is Priority.NOW and "sort code" in t.lower() for t, p in announcements.spoken)
    assert QApplication.focusWidget() is field.field
    qtbot.wait(300)
    assert len(screen.payees) == before


@pytest.mark.parametrize(
    ("name", "account", "field", "error"),
    [
        ("", UNKNOWN_CN_ACCOUNT, "name_field", "Enter the payee's name."),
        ("Li Na", "", "account_field", "Enter the account number."),
        ("Li Na", "6222 0202 0011 2345 670", "account_field", "That card number is not valid."),
    ],
)
def test_bad_payee_input_is_shown_spoken_focused_and_not_sent(
    qtbot: QtBot,
    signed_in_window: Any,
    announcements: AnnouncementSpy,
    name: str,
    account: str,
    field: str,
    error: str,
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_payees(qtbot, signed_in_window, user)
    before = len(screen.payees)
    user.tab_to(screen.form.name_field.field)
    user.type(name)
    user.press(Qt.Key.Key_Tab, 2)
    user.type(account)
    user.press(Qt.Key.Key_Return)
    labelled = getattr(screen.form, field)
    qtbot.waitUntil(lambda: bool(labelled.error()), timeout=5_000)
    assert labelled.error().startswith(error)
    assert any(p is Priority.NOW for _, p in announcements.spoken)
    assert QApplication.focusWidget() is labelled.field
    qtbot.wait(300)
    assert len(screen.payees) == before


def test_payees_screen_passes_the_audit_and_reflows_at_300_percent(
    qtbot: QtBot, signed_in_window: Any, theme: Any
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_payees(qtbot, signed_in_window, user)
    audit_screen(qtbot, signed_in_window, screen).assert_ok()
    audit_at_text_size(qtbot, signed_in_window, screen, theme, 300).assert_ok()


def test_sentences_never_carry_the_full_account_number(qapp: QApplication) -> None:
    payee = Beneficiary("b1", "Wang Fang", "UK.OBIE.BBAN", "6228480000033334444", reference="For Mum")
    assert payee_sentence(payee) == "Wang Fang, account ending 4444, reference For Mum"
    assert name_check_sentence(NameCheck.MATCH, "Wang Fang").warning is False
    for check in (NameCheck.CLOSE_MATCH, NameCheck.NO_MATCH, NameCheck.UNAVAILABLE):
        assert name_check_sentence(check, "Wang Fang", "Wang Fan").warning is True


def test_pay_this_payee_opens_transfer_with_the_payee_chosen(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_payees(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_End)  # the last saved payee
    chosen = screen.current_payee()
    assert chosen is not None
    user.tab_to(screen.pay_button)
    user.press(Qt.Key.Key_Space)
    transfer = signed_in_window.screen_for("transfer")
    qtbot.waitUntil(lambda: transfer.current_payee() is not None, timeout=15_000)
    assert transfer.current_payee().beneficiary_id == chosen.beneficiary_id
    assert not transfer.payee_form.isVisible()
