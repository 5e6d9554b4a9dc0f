"""Wealth screen against the demo bank: the questionnaire, a purchase and a sale by keyboard alone,
announcements at each step, the suitability rule on screen, and the accessibility audit at 100 % and 300 %."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.api.wealth import AssessmentStatus
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.wealth import Page, WealthScreen
from a11y_bank.ui.theme import Theme
from tests.gui.audit import audit_at_text_size, audit_screen
from tests.gui.conftest import show_as_page, sign_in_on_worker

USER = ("alice", "Demo-1234")  # liwei's balances belong to the other screens' tests


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> Iterator[WealthScreen]:
    sign_in_on_worker(qtbot, ctx, *USER)
    widget = WealthScreen(ctx)
    # As the main window shows every screen: in a resizable scroll area.
    page = show_as_page(qtbot, widget)
    widget.on_shown()
    qtbot.waitUntil(lambda: widget.product_list.count() == 5, timeout=15_000)
    yield widget  # `page` (which owns the screen) lives until the test ends
    page.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)  # type: ignore[no-untyped-call]


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 30) -> None:
    """Tab forward until `target` has focus, as a keyboard user would."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def outbox_code(sandbox_url: str, challenge_id: str) -> str:
    response = httpx.get(f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": challenge_id}, timeout=5)
    code: str = response.json()["Data"]["Message"][-1]["Code"]
    return code


def take_questionnaire(qtbot: QtBot, screen: WealthScreen, downs: int) -> None:
    """Keyboard only: open the questionnaire, pick the option `downs` below the first in every question."""
    tab_to(qtbot, screen.questionnaire_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == Page.QUESTIONNAIRE, timeout=10_000)
    assert focused() is screen.questionnaire_intro
    for question_id in screen.answer_groups:
        press(qtbot, Qt.Key.Key_Tab)
        assert isinstance(focused(), QRadioButton)
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Down, downs)
        assert question_id in screen.answers()
    tab_to(qtbot, screen.send_answers_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == Page.OVERVIEW, timeout=10_000)


def confirm_with_code(qtbot: QtBot, screen: WealthScreen, sandbox_url: str) -> None:
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == Page.ORDER, timeout=10_000)
    assert focused() is screen.review_text
    tab_to(qtbot, screen.code_step.send_code_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused() is screen.code_step.code_edit, timeout=10_000)
    assert screen._challenge is not None
    qtbot.keyClicks(screen.code_step.code_edit, outbox_code(sandbox_url, screen._challenge.challenge_id))  # type: ignore[no-untyped-call]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is screen.result_text, timeout=15_000)


def test_keyboard_journey_questionnaire_buy_and_sell(
    qtbot: QtBot, screen: WealthScreen, sandbox_url: str, announcements: AnnouncementSpy
) -> None:
    screen.risk_text.setFocus()
    take_questionnaire(qtbot, screen, downs=2)  # option C everywhere: C3
    assert screen._overview is not None
    assert (screen._overview.assessment.status, screen._overview.assessment.level) == (
        AssessmentStatus.VALID,
        "C3",
    )
    assert any("C3" in text for text in announcements.texts)

    tab_to(qtbot, screen.product_list)
    press(qtbot, Qt.Key.Key_Down, 2)  # Balanced Mixed Fund, R3
    assert screen.selected_product() is not None
    assert screen.selected_product().product_id == "wm-balanced"  # type: ignore[union-attr]
    assert "R3" in screen.sheet.toPlainText()
    tab_to(qtbot, screen.amount_edit)
    qtbot.keyClicks(screen.amount_edit, "1500")  # type: ignore[no-untyped-call]
    tab_to(qtbot, screen.buy_button)
    press(qtbot, Qt.Key.Key_Space)
    confirm_with_code(qtbot, screen, sandbox_url)
    assert "bought" in screen.result_text.text()
    assert any("bought" in text for text in announcements.texts)

    tab_to(qtbot, screen.back_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen._overview is not None and bool(screen._overview.holdings), timeout=10_000)
    tab_to(qtbot, screen.holding_list)
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bool(screen.units_edit.text()))
    held = Decimal(screen.units_edit.text())
    assert held > 0
    tab_to(qtbot, screen.sell_button)
    press(qtbot, Qt.Key.Key_Space)
    confirm_with_code(qtbot, screen, sandbox_url)
    assert "sold" in screen.result_text.text()


def test_bad_amount_says_why_and_keeps_focus_on_the_field(
    qtbot: QtBot, screen: WealthScreen, announcements: AnnouncementSpy
) -> None:
    screen.product_list.setCurrentRow(1)  # Steady Bond Fund, minimum 1000.00
    screen.amount_edit.setText("999")
    screen.review_purchase()
    assert "1,000.00" in screen.amount_field.error() or "1000.00" in screen.amount_field.error()
    assert focused() is screen.amount_edit
    assert screen.pages.currentIndex() == Page.OVERVIEW
    assert any("smallest" in text for text in announcements.texts)


def test_above_level_product_needs_the_box_and_refused_one_cannot_be_bought(
    qtbot: QtBot, screen: WealthScreen
) -> None:
    screen.risk_text.setFocus()
    take_questionnaire(qtbot, screen, downs=1)  # option B everywhere: C2
    screen.product_list.setCurrentRow(3)  # R4, ACKNOWLEDGE
    assert screen.acknowledge.isVisibleTo(screen)
    assert "R4" in screen.acknowledge.accessibleName()
    assert "C2" in screen.acknowledge.accessibleName()
    screen.amount_edit.setText("200")
    screen.review_purchase()
    assert focused() is screen.acknowledge
    screen.product_list.setCurrentRow(4)  # R5, REFUSE
    assert not screen.buy_button.isEnabled()
    assert "not available" in screen.product_list.item(4).text()


def test_audit_at_100_and_300_percent(qtbot: QtBot, screen: WealthScreen, theme: Theme) -> None:
    window = screen.window()
    audit_screen(qtbot, window, screen).assert_ok()
    audit_at_text_size(qtbot, window, screen, theme, 300).assert_ok()
