"""The bank's own text follows the app's language: switch to Simplified Chinese and the wealth, cards and
products screens ask the bank again and show (and give the screen reader) the Chinese names, quietly and
where the customer is; the questionnaire keeps the answers chosen. Merchant names stay as sent."""

from __future__ import annotations

import re
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QRadioButton, QScrollArea
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.api.cards import RepaymentOption
from a11y_bank.api.language import APP_LANGUAGE
from a11y_bank.api.wealth import Wealth
from a11y_bank.i18n import Translations
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.screens.cards import CardsScreen
from a11y_bank.ui.screens.products import ProductsScreen
from a11y_bank.ui.screens.wealth import Page, WealthScreen
from tests.gui.conftest import show_as_page, sign_in_on_worker
from tests.i18n.conftest import languages as languages  # noqa: PLC0414 (fixture)
from tests.i18n.conftest import qm_dir as qm_dir  # noqa: PLC0414 (fixture)

USER = ("alice", "Demo-1234")  # questionnaires and reviews only: alice's money and cards never change
S = TypeVar("S", bound=Screen)


@pytest.fixture
def signed_in(qtbot: QtBot, ctx: AppContext) -> AppContext:
    sign_in_on_worker(qtbot, ctx, *USER)
    return ctx


def shown(qtbot: QtBot, screen: S) -> tuple[QScrollArea, S]:
    """`screen` shown as the main window shows it (in a scroll area, which owns it: keep it while the
    test runs), with its data asked for."""
    page = show_as_page(qtbot, screen)
    screen.on_shown()
    return page, screen


def test_the_client_asks_in_the_language_the_app_switches_to(
    languages: Translations, ctx: AppContext
) -> None:
    languages.switch("zh_CN")
    assert APP_LANGUAGE.tag == "zh-CN"
    languages.switch("en")
    assert APP_LANGUAGE.tag == "en"


def test_wealth_products_and_sheet_turn_chinese_after_a_switch_without_a_word(
    qtbot: QtBot, signed_in: AppContext, languages: Translations, announcements: AnnouncementSpy
) -> None:
    _page, screen = shown(qtbot, WealthScreen(signed_in))
    qtbot.waitUntil(lambda: screen.product_list.count() == 5, timeout=15_000)
    assert screen.product_list.item(0).text().startswith("Cash Plus Money Market Fund")
    spoken_before = len(announcements.texts)
    languages.switch("zh_CN")
    qtbot.waitUntil(
        lambda: screen.product_list.item(0).text().startswith("现金增利货币市场基金"), timeout=15_000
    )
    # What the screen reader reads for each product, and the sheet of the chosen one, are the bank's Chinese.
    lines = [screen.product_list.item(row).text() for row in range(screen.product_list.count())]
    assert lines[4].startswith("杠杆商品票据")
    assert "R5" in lines[4]
    assert "现金增利货币市场基金。风险等级R1" in screen.sheet.toPlainText()
    assert announcements.texts[spoken_before:] == []  # a quiet reload: the switch itself is what is said


def test_the_questionnaire_turns_chinese_and_keeps_the_answers_and_focus(
    qtbot: QtBot, signed_in: AppContext, languages: Translations
) -> None:
    _page, screen = shown(qtbot, WealthScreen(signed_in))
    qtbot.waitUntil(lambda: screen.product_list.count() == 5, timeout=15_000)
    screen.start_questionnaire()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == Page.QUESTIONNAIRE, timeout=15_000)
    first = screen.answer_groups["Q1"].buttons()[2]
    assert isinstance(first, QRadioButton)
    first.setChecked(True)
    first.setFocus()
    languages.switch("zh_CN")
    box = screen.question_boxes["Q1"]
    qtbot.waitUntil(lambda: "这笔钱您可以投资多长时间？" in box.title(), timeout=15_000)
    assert box.accessibleName() == box.title()
    assert [b.text() for b in screen.answer_groups["Q1"].buttons()][:3] == ["少于1年", "1至3年", "3至5年"]
    assert screen.answers() == {"Q1": "C"}
    assert first.hasFocus()
    assert screen.pages.currentIndex() == Page.QUESTIONNAIRE


def test_card_names_turn_chinese_and_merchants_stay_as_sent(
    qtbot: QtBot, signed_in: AppContext, languages: Translations
) -> None:
    _page, screen = shown(qtbot, CardsScreen(signed_in))
    qtbot.waitUntil(lambda: screen.card_list.count() == 2, timeout=15_000)
    screen.card_list.setCurrentRow(1)  # the credit card, with its statement
    assert screen.card_list.item(1).text().startswith("Credit card")
    languages.switch("zh_CN")
    qtbot.waitUntil(lambda: screen.card_list.item(1).text().startswith("信用卡"), timeout=15_000)
    assert screen.card_list.item(0).text().startswith("借记卡")
    assert screen.details.accessibleName().startswith("信用卡")
    assert "JD.com" in screen.statement_text.toPlainText()


def test_product_names_and_terms_turn_chinese(
    qtbot: QtBot, signed_in: AppContext, languages: Translations
) -> None:
    _page, screen = shown(qtbot, ProductsScreen(signed_in))
    qtbot.waitUntil(lambda: "Steady Wealth Fund" in screen.document.toPlainText(), timeout=15_000)
    languages.switch("zh_CN")
    qtbot.waitUntil(lambda: "稳健理财基金" in screen.document.toPlainText(), timeout=15_000)
    text = screen.document.toPlainText()
    assert "低风险基金，任何工作日都可以赎回" in text
    assert "日常活期账户" in text
    languages.switch("en")
    qtbot.waitUntil(lambda: "Steady Wealth Fund" in screen.document.toPlainText(), timeout=15_000)


def test_a_hidden_screen_asks_again_only_when_shown(
    qtbot: QtBot, signed_in: AppContext, languages: Translations
) -> None:
    page, screen = shown(qtbot, CardsScreen(signed_in))
    qtbot.waitUntil(lambda: screen.card_list.count() == 2, timeout=15_000)
    page.hide()
    languages.switch("zh_CN")
    qtbot.wait(300)
    assert signed_in.tasks.active_count() == 0  # nothing asked while nobody can see it
    assert screen.card_list.item(0).text().startswith("Debit card")
    page.show()
    screen.on_shown()  # as the main window does on the way in
    qtbot.waitUntil(lambda: screen.card_list.item(0).text().startswith("借记卡"), timeout=15_000)


def assessed(qtbot: QtBot, ctx: AppContext, option: str) -> None:
    """The same answer to every question at the bank (A: C1), before the screen loads."""
    wealth = Wealth(ctx.bank)
    done: list[object] = []
    answers = {f"Q{n}": option for n in range(1, 6)}
    ctx.tasks.run(lambda: wealth.assess(answers), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert not isinstance(done[0], BaseException), done[0]


def test_the_customers_choices_survive_the_switch(
    qtbot: QtBot, signed_in: AppContext, languages: Translations
) -> None:
    assessed(qtbot, signed_in, "A")  # C1: the R3 fund asks for the acknowledgement
    _page, screen = shown(qtbot, WealthScreen(signed_in))
    qtbot.waitUntil(lambda: screen.product_list.count() == 5, timeout=15_000)
    screen.product_list.setCurrentRow(2)  # Balanced Mixed Fund, R3, ACKNOWLEDGE
    screen.acknowledge.setChecked(True)
    screen.account_combo.setCurrentIndex(1)
    account = screen.account_combo.currentData()
    screen.amount_edit.setText("2000")
    languages.switch("zh_CN")
    qtbot.waitUntil(lambda: screen.product_list.item(2).text().startswith("平衡混合基金"), timeout=15_000)
    assert screen.product_list.currentRow() == 2
    assert screen.acknowledge.isChecked()
    assert screen.account_combo.currentData() == account
    assert screen.amount_edit.text() == "2000"


def test_an_order_under_review_is_worded_again_with_the_same_figures(
    qtbot: QtBot, signed_in: AppContext, languages: Translations, announcements: AnnouncementSpy
) -> None:
    assessed(qtbot, signed_in, "A")
    _page, screen = shown(qtbot, WealthScreen(signed_in))
    qtbot.waitUntil(lambda: screen.product_list.count() == 5, timeout=15_000)
    screen.product_list.setCurrentRow(0)  # Cash Plus Money Market Fund, R1, from 1.00
    screen.amount_edit.setText("10")
    screen.review_purchase()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == Page.ORDER, timeout=15_000)
    english = screen.review_text.toPlainText()
    assert "Cash Plus Money Market Fund" in english
    spoken_before = len(announcements.texts)
    languages.switch("zh_CN")
    qtbot.waitUntil(lambda: "现金增利货币市场基金" in screen.review_text.toPlainText(), timeout=15_000)
    chinese = screen.review_text.toPlainText()
    figures = re.compile(r"\d+(?:[.,]\d+)*")
    assert figures.findall(chinese) == figures.findall(english)  # amount, fee and units are the bank's
    assert screen.pages.currentIndex() == Page.ORDER
    assert announcements.texts[spoken_before:] == []


def test_a_card_action_waiting_for_its_code_is_said_in_the_new_language(
    qtbot: QtBot, signed_in: AppContext, languages: Translations
) -> None:
    _page, screen = shown(qtbot, CardsScreen(signed_in))
    qtbot.waitUntil(lambda: screen.card_list.count() == 2, timeout=15_000)
    screen.card_list.setCurrentRow(1)  # the credit card
    screen.option_combo.setCurrentIndex(screen.option_combo.findData(RepaymentOption.AMOUNT))
    screen.repay_amount_edit.setText("1")
    screen.prepare_repayment()  # review only: nothing is paid without the code
    qtbot.waitUntil(screen.confirm_box.isVisible, timeout=15_000)
    assert screen.review_text.text().startswith("Repay")
    languages.switch("zh_CN")
    qtbot.waitUntil(lambda: screen.review_text.text().startswith("向尾号"), timeout=5_000)
    assert screen.review_text.accessibleName() == screen.review_text.text()
    screen.cancel()
