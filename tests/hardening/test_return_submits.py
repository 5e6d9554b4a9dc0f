"""Return in a single-line field runs the page's primary action (Ctrl+Return in a multi-line box), by
keyboard alone, on the screens where a keyboard user once had to Tab to the button: the check runs,
a bad value is refused with its catalogue message at the field, a good one reaches the review step
(never a confirm: that still needs its one-time code)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.ui.widgets.fields import LabelledField
from tests.hardening.catalogue_text import codes_showing, spoken_as


def open_section(qtbot: QtBot, window: Any, ctx: Any, section: str) -> Any:
    window.navigate(section)
    ctx.tasks.wait_for_all(15_000)
    qtbot.wait(300)  # deliver the loaded data
    return window.current_screen()


def type_and_return(
    field: QWidget, text: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return, modifier)


def assert_refused(
    qtbot: QtBot, labelled: LabelledField, code: str, announcements: AnnouncementSpy, spoken_before: int
) -> None:
    """The catalogue message `code` under the field, spoken, and focus on the field."""
    qtbot.waitUntil(lambda: bool(labelled.error()), timeout=5_000)
    assert code in codes_showing(labelled.error()), labelled.error()
    assert any(spoken_as(code, text) for text, _ in announcements.spoken[spoken_before:])
    assert QApplication.focusWidget() is labelled.field


def test_cards_return_checks_the_limit_then_opens_its_review(
    qtbot: QtBot, signed_in_window: Any, ctx: Any, announcements: AnnouncementSpy
) -> None:
    screen = open_section(qtbot, signed_in_window, ctx, "cards")
    screen.card_list.setCurrentRow(0)
    before = len(announcements.spoken)
    type_and_return(screen.purchase_edit, "12,5o")
    assert_refused(qtbot, screen.purchase_field, "amount.not_a_number", announcements, before)
    assert not screen.confirm_box.isVisible()

    type_and_return(screen.purchase_edit, "2000")
    ctx.tasks.wait_for_all(10_000)
    qtbot.waitUntil(screen.confirm_box.isVisible, timeout=10_000)
    assert screen.purchase_field.error() == ""
    assert screen._challenge is None  # reviewed only: no code sent, nothing confirmed


def test_wealth_return_checks_the_amount_and_the_units(
    qtbot: QtBot, signed_in_window: Any, ctx: Any, announcements: AnnouncementSpy
) -> None:
    screen = open_section(qtbot, signed_in_window, ctx, "wealth")
    qtbot.waitUntil(lambda: screen.product_list.count() > 0, timeout=10_000)
    screen.product_list.setCurrentRow(0)
    before = len(announcements.spoken)
    type_and_return(screen.amount_edit, "0")  # the field's validator takes no minus sign or letters
    assert_refused(qtbot, screen.amount_field, "amount.zero", announcements, before)
    before = len(announcements.spoken)
    type_and_return(screen.amount_edit, "0.5")  # Cash Plus: from 1.00
    assert_refused(qtbot, screen.amount_field, "wealth.below_minimum", announcements, before)

    if screen._overview.holdings:
        screen.holding_list.setCurrentRow(0)
        before = len(announcements.spoken)
        type_and_return(screen.units_edit, "0.00001")
        assert_refused(qtbot, screen.units_field, "wealth.units_invalid", announcements, before)
    else:  # the demo customer holds nothing yet: Return still runs the sale's check
        type_and_return(screen.units_edit, "1")
        assert announcements.spoken[-1][0] == "Choose a holding to sell first."
        assert QApplication.focusWidget() is screen.holding_list


def test_enrol_return_checks_account_and_document(
    qtbot: QtBot, signed_in_window: Any, ctx: Any, announcements: AnnouncementSpy
) -> None:
    screen = open_section(qtbot, signed_in_window, ctx, "enrol")
    before = len(announcements.spoken)
    type_and_return(screen.account_edit, "12345")
    assert_refused(qtbot, screen.account_field, "enrol.account_invalid", announcements, before)
    # Full-width digits are digits to str.isdigit(), not to the bank.
    screen.account_edit.setText("\uff11" * 16)
    before = len(announcements.spoken)
    QTest.keyClick(screen.account_edit, Qt.Key.Key_Return)
    assert_refused(qtbot, screen.account_field, "enrol.account_invalid", announcements, before)

    screen.account_edit.setText("6222020200112345679")
    before = len(announcements.spoken)
    type_and_return(screen.document_edit, "   ")
    assert_refused(qtbot, screen.document_field, "enrol.document_empty", announcements, before)


def test_security_return_checks_the_new_password(
    qtbot: QtBot, signed_in_window: Any, ctx: Any, announcements: AnnouncementSpy
) -> None:
    screen = open_section(qtbot, signed_in_window, ctx, "security")
    assert screen.password_field.rules_text(), "the bank's password rules were not loaded"
    before = len(announcements.spoken)
    type_and_return(screen.password_edit, "a")
    assert_refused(qtbot, screen.password_field, "password.rules_broken", announcements, before)
    assert not screen.confirm_box.isVisible()


def test_feedback_return_is_a_new_line_and_ctrl_return_sends(
    qtbot: QtBot, signed_in_window: Any, ctx: Any, announcements: AnnouncementSpy
) -> None:
    screen = open_section(qtbot, signed_in_window, ctx, "accessibility")
    screen.feedback.setFocus()
    QTest.keyClick(screen.feedback, Qt.Key.Key_Return)
    assert screen.feedback.toPlainText() == "\n"  # a new line, not a send
    assert screen.feedback_field.error() == ""

    before = len(announcements.spoken)
    QTest.keyClick(screen.feedback, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert_refused(qtbot, screen.feedback_field, "feedback.empty", announcements, before)
    assert signed_in_window.current_section() == "accessibility"

    type_and_return(screen.feedback, "The table is easy to use.", Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: signed_in_window.current_section() == "support", timeout=5_000)
    assert "The table is easy to use." in signed_in_window.current_screen().composer.toPlainText()
