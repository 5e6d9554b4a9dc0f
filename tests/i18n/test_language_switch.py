"""English and Chinese at run time: every screen changes language without a restart, nothing stays English.

The catalogues are compiled from translations/*.ts for the session (fixture `languages`), so these
tests check the committed translations, not a stand-in.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import tests.gui.test_transfer as journey
from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.domain.money import Money
from a11y_bank.domain.words import amount_in_words, capitals_zh
from a11y_bank.i18n import Translations
from a11y_bank.ui.payment_flow import FlowStep
from a11y_bank.ui.screens import SECTIONS, load_screen_class
from a11y_bank.ui.screens.settings import SettingsScreen
from tests.i18n.scan import catalogue_patterns, english_ui_texts, untranslated

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
BUILT_KEYS = [s.key for s in SECTIONS if load_screen_class(s.key) is not None]


def build_every_screen(window: Any) -> list[QWidget]:
    return [window.screen_for(key) for key in BUILT_KEYS]


def show_each(window: Any, screens: list[QWidget]) -> None:
    """Bring every screen's page to the front once: hidden screens retranslate when next shown."""
    pages = [window.stack.widget(i) for i in range(window.stack.count())]
    for screen in screens:
        window.stack.setCurrentWidget(next(page for page in pages if page.isAncestorOf(screen)))


def choose_language(qtbot: QtBot, window: Any, code: str) -> SettingsScreen:
    """What a person does: open Settings and pick the language in its list."""
    window.navigate("settings")
    screen = window.current_screen()
    assert isinstance(screen, SettingsScreen)
    screen.language.setCurrentIndex(screen.language.findData(code))
    qtbot.wait(1)  # let posted LanguageChange events arrive
    return screen


def visit_every_screen(qtbot: QtBot, window: Any) -> None:
    for key in BUILT_KEYS:
        window.navigate(key)
        qtbot.waitUntil(lambda: window.ctx.tasks.active_count() == 0, timeout=20_000)
    qtbot.wait(1)


def test_every_screen_built_in_english_is_all_chinese_after_the_switch(
    qtbot: QtBot, offline_window: Any, languages: Translations
) -> None:
    screens = build_every_screen(offline_window)
    assert len(screens) >= 10  # sign-in, accounts, history, transfer, bills, payees, ... all built
    english_before = untranslated(offline_window)
    assert "Sections" in english_before  # the scan does see English: the test can fail

    assert languages.switch("zh_CN") == "zh_CN"
    qtbot.wait(1)
    show_each(offline_window, screens)

    assert untranslated(offline_window) == {}
    assert CJK.search(offline_window.windowTitle())
    assert offline_window.nav.item(0).text() == "账户"
    assert QLocale().name() == "zh_CN"  # dates and money follow (Babel/QLocale read the default)

    languages.switch("en")
    qtbot.wait(1)
    show_each(offline_window, screens)
    assert offline_window.nav.item(0).text() == "Accounts"
    assert untranslated(offline_window).keys() == english_before.keys()


def test_settings_switch_reaches_every_screen_with_data_saves_and_moves_the_voice(
    qtbot: QtBot, signed_in_window: Any, languages: Translations, tmp_path: Path
) -> None:
    window = signed_in_window
    visit_every_screen(qtbot, window)  # every screen open with the bank's data, in English
    patterns = catalogue_patterns(ROOT / "translations" / "a11y_bank_zh_CN.ts")
    assert english_ui_texts(window, patterns)  # English catalogue strings are recognised

    settings_screen = choose_language(qtbot, window, "zh_CN")

    assert languages.language == "zh_CN"
    assert window.ctx.settings.language == "zh_CN"
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["language"] == "zh_CN"
    assert window.ctx.speech.properties.language == "zh_CN"  # espeak-ng cmn (a11y/speech.py)
    assert settings_screen.heading.text() == "设置"
    visit_every_screen(qtbot, window)  # data-driven texts are rendered again on the way
    assert english_ui_texts(window, patterns) == {}
    assert untranslated(window.nav) == {}

    choose_language(qtbot, window, "en")
    assert window.ctx.speech.properties.language == "en"
    assert settings_screen.heading.text() == "Settings"


def test_qt_own_strings_are_chinese_too(languages: Translations) -> None:
    languages.switch("zh_CN")
    # qtbase_zh_CN from the PySide6 wheel: standard buttons and the line edit's context menu.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    languages.switch("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_transfer_review_in_chinese_shows_capitals_and_speaks_the_amount_in_words(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, languages: Translations
) -> None:
    languages.switch("zh_CN")
    user = journey.KeyboardUser(qtbot)
    screen = journey.open_transfer(qtbot, signed_in_window, user)
    journey.choose_account(user, screen, "CNY")
    user.press(Qt.Key.Key_Tab)
    journey.pick_saved_payee(user, screen, "Wang Fang")
    user.press(Qt.Key.Key_Tab)
    user.type("3200.50")
    user.press(Qt.Key.Key_Return)
    journey.wait_step(qtbot, screen, FlowStep.REVIEW, announcements)

    amount = Money(Decimal("3200.50"), "CNY")
    summary = screen.steps.summary
    assert "大写金额：人民币叁仟贰佰元伍角整" in summary.text()
    assert "¥3,200.50" in summary.text()
    assert amount_in_words(amount, "zh_CN") == "三千二百元五角"
    assert "三千二百元五角" in summary.accessibleName()  # the screen reader hears words, not digits
    spoken = journey.heard(qtbot, announcements, "请核对这笔付款")
    assert "支付 三千二百元五角" in spoken  # words, not "3,200.50"
    assert capitals_zh(amount) in summary.text()

    languages.switch("en")  # on the review page: the summary follows the language, capitals go
    qtbot.wait(1)
    assert "Amount: CN¥3,200.50" in summary.text()
    assert "From: Current, ending 5678, CNY" in summary.text()
    assert "大写" not in summary.text()
    assert "three thousand two hundred yuan and fifty fen" in summary.accessibleName()
