"""Pay bills against the demo bank: pay a bill, schedule one and cancel it, by keyboard only; audits."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.domain.money import Money
from a11y_bank.ui.dialogs import ConfirmDialog
from a11y_bank.ui.models.money_text import current_locale_name, spoken_money
from a11y_bank.ui.payment_flow import FlowStep
from a11y_bank.ui.screens.bills import BillsScreen
from tests.gui.audit import audit_at_text_size, audit_screen
from tests.gui.test_transfer import (
    KeyboardUser,
    focus_is,
    heard,
    record,
    sandbox_outbox,
    wait_step,
)


def open_bills(qtbot: QtBot, window: Any, user: KeyboardUser) -> BillsScreen:
    """Ctrl+4 opens Pay bills; waits until billers and accounts are loaded."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    user.press(Qt.Key.Key_4, modifier=Qt.KeyboardModifier.ControlModifier)
    screen = window.screen_for("bills")
    assert isinstance(screen, BillsScreen)
    qtbot.waitUntil(
        lambda: screen.biller_combo.count() == 5 and screen.from_combo.count() > 0, timeout=15_000
    )
    focus_is(qtbot, screen.biller_combo)
    return screen


def fill_bill(user: KeyboardUser, screen: BillsScreen, amount: str, when: str = "") -> None:
    """From the biller list: electricity, customer number, the CNY current account, amount, date."""
    assert screen.current_biller() is not None
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.bill_ref_edit
    user.type("12345678")
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.from_combo
    account = screen.current_account()
    assert account is not None
    assert account.currency == "CNY"
    user.press(Qt.Key.Key_Tab)
    user.type(amount)
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.date_edit
    if when:
        user.type(when)
    user.press(Qt.Key.Key_Return)


def approve_with_code(
    qtbot: QtBot, user: KeyboardUser, screen: Any, spy: AnnouncementSpy, sandbox_url: str
) -> None:
    """On the review page: Tab to Confirm, Space, then type the code from the sandbox outbox, Enter."""
    wait_step(qtbot, screen, FlowStep.REVIEW, spy)
    focus_is(qtbot, screen.steps.summary)
    user.tab_to(screen.steps.confirm_button)
    user.press(Qt.Key.Key_Space)
    wait_step(qtbot, screen, FlowStep.AWAITING_CODE, spy)
    focus_is(qtbot, screen.steps.code_edit)
    challenge = screen.flow.challenge
    assert challenge is not None
    user.type(sandbox_outbox(sandbox_url, challenge.challenge_id))
    user.press(Qt.Key.Key_Return)


def test_keyboard_only_pay_a_bill_now(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox_url: str, theme: Any
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_bills(qtbot, signed_in_window, user)
    fill_bill(user, screen, "88.20")
    words = spoken_money(Money(Decimal("88.20"), "CNY"), current_locale_name())
    heard(qtbot, announcements, f"Amount: {words}")
    approve_with_code(qtbot, user, screen, announcements, sandbox_url)
    wait_step(qtbot, screen, FlowStep.COMPLETED, announcements, timeout=20_000)
    sent = heard(qtbot, announcements, "Payment sent. ")
    assert words in sent
    assert "Electric" in sent
    summary = screen.steps.summary.accessibleName()
    assert "Reference: 12345678" in summary
    assert "Date: Today" in summary
    record("pay a bill", user)
    audit_at_text_size(qtbot, signed_in_window, screen, theme, 300).assert_ok()  # the status page


def test_keyboard_only_schedule_a_bill_then_cancel_it(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox_url: str
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_bills(qtbot, signed_in_window, user)
    before = {p.scheduled_payment_id for p in screen.scheduled()}
    when = date.today() + timedelta(days=5)
    fill_bill(user, screen, "45.00", when.isoformat())
    approve_with_code(qtbot, user, screen, announcements, sandbox_url)
    wait_step(qtbot, screen, FlowStep.SCHEDULED, announcements, timeout=20_000)
    scheduled = heard(qtbot, announcements, "Payment scheduled.")
    assert spoken_money(Money(Decimal("45.00"), "CNY"), current_locale_name()) in scheduled
    focus_is(qtbot, screen.steps.another_button)
    qtbot.waitUntil(lambda: len(screen.scheduled()) == len(before) + 1, timeout=15_000)
    new = next(p for p in screen.scheduled() if p.scheduled_payment_id not in before)
    assert new.scheduled_date_time.date() == when

    user.press(Qt.Key.Key_Space)  # Make another payment: back to the form, which holds the list
    focus_is(qtbot, screen.biller_combo)
    user.tab_to(screen.scheduled_list)
    for _ in range(screen.scheduled_list.count()):
        chosen = screen.current_scheduled()
        if chosen is not None and chosen.scheduled_payment_id == new.scheduled_payment_id:
            break
        user.press(Qt.Key.Key_Down)
    item = screen.scheduled_list.currentItem()
    assert item is not None
    assert "45" in item.text()
    spoken_row = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "forty-five yuan" in spoken_row
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.cancel_button
    user.press(Qt.Key.Key_Space)

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog), timeout=5_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConfirmDialog)
    focus_is(qtbot, dialog.cancel_button)  # the safe answer is the default
    user.tab_to(dialog.confirm_button, limit=4)
    user.press(Qt.Key.Key_Space)

    heard(qtbot, announcements, "is cancelled. It will not be paid.")
    qtbot.waitUntil(
        lambda: new.scheduled_payment_id not in {p.scheduled_payment_id for p in screen.scheduled()},
        timeout=15_000,
    )
    focus_is(qtbot, screen.scheduled_list)  # focus came back to the list
    record("schedule a bill and cancel it", user)


def test_bad_bill_reference_is_shown_spoken_focused_and_nothing_is_sent(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_bills(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_Tab)
    user.type("123")  # the biller wants 8 to 12 digits
    user.press(Qt.Key.Key_Return)
    text = heard(qtbot, announcements, "does not look right")
    assert (text, Priority.NOW) in announcements.spoken
    assert screen.bill_ref_field.error() == text
    assert user.focused() is screen.bill_ref_edit
    assert screen.flow.step is FlowStep.EDITING
    assert screen.flow.consent is None


def test_bills_screen_passes_the_audit_and_reflows_at_300_percent(
    qtbot: QtBot, signed_in_window: Any, theme: Any
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_bills(qtbot, signed_in_window, user)
    audit_screen(qtbot, signed_in_window, screen).assert_ok()
    audit_at_text_size(qtbot, signed_in_window, screen, theme, 300).assert_ok()
