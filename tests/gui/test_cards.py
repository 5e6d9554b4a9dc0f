"""Cards screen against the demo bank: freeze in one step and unfreeze with a code, and a credit card
repayment, by keyboard alone; bad input; the audit at 100 % and 300 %."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.api.cards import CardStatus
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.cards import CardsScreen
from a11y_bank.ui.theme import Theme
from tests.gui.audit import audit_at_text_size, audit_screen
from tests.gui.conftest import show_as_page, sign_in_on_worker

USER = ("alice", "Demo-1234")  # liwei's balances belong to the other screens' tests


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> Iterator[CardsScreen]:
    sign_in_on_worker(qtbot, ctx, *USER)
    widget = CardsScreen(ctx)
    page = show_as_page(qtbot, widget)
    widget.on_shown()
    qtbot.waitUntil(lambda: widget.card_list.count() == 2, timeout=15_000)
    yield widget
    page.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)  # type: ignore[no-untyped-call]


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 40) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def confirm_with_code(qtbot: QtBot, screen: CardsScreen, sandbox_url: str) -> None:
    qtbot.waitUntil(lambda: focused() is screen.review_text, timeout=10_000)
    tab_to(qtbot, screen.code_step.send_code_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused() is screen.code_step.code_edit, timeout=10_000)
    assert screen._challenge is not None
    response = httpx.get(
        f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": screen._challenge.challenge_id}, timeout=5
    )
    code = response.json()["Data"]["Message"][-1]["Code"]
    qtbot.keyClicks(screen.code_step.code_edit, code)  # type: ignore[no-untyped-call]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.confirm_box.isVisible(), timeout=15_000)


def test_keyboard_freeze_unfreeze_and_repay(
    qtbot: QtBot, screen: CardsScreen, sandbox_url: str, announcements: AnnouncementSpy
) -> None:
    screen.card_list.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    assert screen.selected() is not None
    assert screen.selected().card_type == "DEBIT"  # type: ignore[union-attr]
    tab_to(qtbot, screen.freeze_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.selected() is not None and screen.selected().status is CardStatus.FROZEN)  # type: ignore[union-attr]
    assert any("frozen" in text for text in announcements.texts)

    tab_to(qtbot, screen.unfreeze_button)
    press(qtbot, Qt.Key.Key_Space)
    confirm_with_code(qtbot, screen, sandbox_url)
    qtbot.waitUntil(lambda: screen.selected() is not None and screen.selected().status is CardStatus.ACTIVE)  # type: ignore[union-attr]
    assert any("Done" in text for text in announcements.texts)

    screen.card_list.setFocus()
    press(qtbot, Qt.Key.Key_End)  # the credit card
    assert "owe" in screen.statement_text.toPlainText()
    tab_to(qtbot, screen.option_combo)
    press(qtbot, Qt.Key.Key_Down, 2)  # an amount I choose
    tab_to(qtbot, screen.repay_amount_edit)
    qtbot.keyClicks(screen.repay_amount_edit, "12.34")  # type: ignore[no-untyped-call]
    tab_to(qtbot, screen.repay_button)
    press(qtbot, Qt.Key.Key_Space)
    confirm_with_code(qtbot, screen, sandbox_url)
    assert any("Repaid" in text and "12.34" in text for text in announcements.texts)


def test_bad_repayment_amount_keeps_focus_and_changes_nothing(qtbot: QtBot, screen: CardsScreen) -> None:
    screen.card_list.setCurrentRow(1)
    screen.option_combo.setCurrentIndex(2)
    screen.repay_amount_edit.setText("")
    screen.prepare_repayment()
    assert screen.repay_amount_field.error()
    assert focused() is screen.repay_amount_edit
    assert not screen.confirm_box.isVisible()


def test_too_much_is_refused_by_the_bank_with_a_clear_sentence(
    qtbot: QtBot, screen: CardsScreen, announcements: AnnouncementSpy
) -> None:
    screen.card_list.setCurrentRow(1)
    screen.option_combo.setCurrentIndex(2)
    screen.repay_amount_edit.setText(f"{Decimal('99999.00')}")
    screen.prepare_repayment()
    qtbot.waitUntil(lambda: any("more than you owe" in t for t in announcements.texts), timeout=10_000)
    assert not screen.confirm_box.isVisible()


def test_audit_at_100_and_300_percent(qtbot: QtBot, screen: CardsScreen, theme: Theme) -> None:
    window = screen.window()
    audit_screen(qtbot, window, screen).assert_ok()
    audit_at_text_size(qtbot, window, screen, theme, 300).assert_ok()
