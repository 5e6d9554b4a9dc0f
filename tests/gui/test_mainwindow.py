"""The main window: layout, navigation, focus, title announcements, shortcuts, leaving safely."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.speech import SpyBackend
from a11y_bank.ui import screens
from a11y_bank.ui.screens import NAV_SECTIONS
from a11y_bank.ui.screens.base import PlaceholderScreen, Screen
from a11y_bank.ui.shortcuts import SHORTCUTS, shortcut_for


def press(qtbot: QtBot, window: Any, action: str) -> None:
    """Press the first key sequence of a shortcut from the table, as a user would."""
    combo = shortcut_for(action).sequences()[0][0]
    qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())


def go(qtbot: QtBot, window: Any, key: str, spy: AnnouncementSpy) -> None:
    window.navigate(key)
    title = window.current_screen().title()
    qtbot.waitUntil(lambda: title in spy.texts, timeout=2000)


@pytest.fixture
def spy(offline_ctx: Any) -> AnnouncementSpy:
    return AnnouncementSpy(offline_ctx.announcer)


def test_starts_on_sign_in_with_sections_hidden(offline_window: Any) -> None:
    assert offline_window.current_section() == "signin"
    assert not offline_window.nav_panel.isVisible()
    assert offline_window.status_line.isVisible()


def test_navigation_moves_focus_and_announces_title(
    qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy
) -> None:
    go(qtbot, offline_window, "help", spy)
    screen = offline_window.current_screen()
    assert offline_window.nav_panel.isVisible()
    assert QApplication.focusWidget() is screen.first_focus()
    assert spy.texts[-1] == "Help"
    assert "Help" in offline_window.windowTitle()


def test_missing_screen_module_shows_placeholder(
    qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tuple(
        screens.Section(s.key, "no_such_module:Nothing", s.label, s.in_nav) if s.key == "products" else s
        for s in screens.SECTIONS
    )
    monkeypatch.setattr(screens, "SECTIONS", broken)
    go(qtbot, offline_window, "products", spy)
    screen = offline_window.current_screen()
    assert isinstance(screen, PlaceholderScreen)
    assert "not available" in screen.message.text()
    assert QApplication.focusWidget() is screen.message


def test_section_list_by_tab_arrows_and_enter(
    qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy
) -> None:
    go(qtbot, offline_window, "help", spy)
    offline_window.nav.setFocus()
    offline_window.nav.setCurrentRow(0)
    for _ in range(7):  # Accounts -> ... -> Settings
        qtbot.keyClick(offline_window.nav, Qt.Key.Key_Down)
    qtbot.keyClick(offline_window.nav, Qt.Key.Key_Return)
    assert offline_window.current_section() == "settings"
    assert [s.key for s in NAV_SECTIONS] == [
        "accounts", "history", "transfer", "bills", "payees", "products", "support", "settings", "help",
        "wealth", "cards", "security", "quickmenu",
    ]  # fmt: skip


def test_ctrl_number_and_f1_and_escape(qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy) -> None:
    go(qtbot, offline_window, "help", spy)
    press(qtbot, offline_window, "section:support")  # Ctrl+7
    assert offline_window.current_section() == "support"
    press(qtbot, offline_window, "section:settings")  # Ctrl+8
    assert offline_window.current_section() == "settings"
    press(qtbot, offline_window, "back")
    assert offline_window.current_section() == "support"
    press(qtbot, offline_window, "help")
    assert offline_window.current_section() == "help"


def test_section_shortcuts_do_nothing_before_sign_in(qtbot: QtBot, offline_window: Any) -> None:
    press(qtbot, offline_window, "section:support")
    assert offline_window.current_section() == "signin"


def test_enrolment_is_reached_from_sign_in_by_keyboard_and_escape_returns(
    qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy
) -> None:
    signin = offline_window.current_screen()
    signin.username.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is signin.username, timeout=2000)
    for _ in range(20):  # Tab along the page until the enrol button has focus
        if QApplication.focusWidget() is signin.enrol_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is signin.enrol_button
    qtbot.keyClick(signin.enrol_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: offline_window.current_section() == "enrol", timeout=2000)
    assert not offline_window.nav_panel.isVisible()  # nobody is signed in yet
    qtbot.waitUntil(lambda: offline_window.current_screen().title() in spy.texts, timeout=2000)
    press(qtbot, offline_window, "back")
    assert offline_window.current_section() == "signin"


def test_repeat_last_message_f6_and_button(qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy) -> None:
    go(qtbot, offline_window, "help", spy)
    offline_window.ctx.announcer.announce("Payment sent.")
    press(qtbot, offline_window, "repeat")
    qtbot.mouseClick(offline_window.repeat_button, Qt.MouseButton.LeftButton)
    assert spy.texts[-3:] == ["Payment sent."] * 3


def test_text_size_shortcuts_change_font_and_announce(
    qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy, offline_ctx: Any
) -> None:
    go(qtbot, offline_window, "help", spy)
    base = QApplication.font().pointSizeF()
    press(qtbot, offline_window, "text_bigger")
    press(qtbot, offline_window, "text_bigger")
    assert offline_ctx.theme.text_percent == 150
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert offline_ctx.settings.text_size_percent == 150
    assert spy.texts[-1] == "Text size 150 percent."
    press(qtbot, offline_window, "text_reset")
    assert QApplication.font().pointSizeF() == pytest.approx(base)


class BusyScreen(Screen):
    """A screen with money in flight."""

    def title(self) -> str:
        return "Busy"

    def retranslate_ui(self) -> None:
        pass

    def can_leave(self) -> bool:
        return False


def test_leaving_money_in_flight_asks_first(qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy) -> None:
    go(qtbot, offline_window, "help", spy)
    offline_window._screens["help"].can_leave = lambda: False
    answers: list[bool] = [False]
    asked: list[int] = []

    def confirm(on_answer: Any) -> None:
        asked.append(1)
        on_answer(answers[-1])

    offline_window.confirm_leave = confirm
    offline_window.navigate("settings")
    assert offline_window.current_section() == "help"  # declined
    offline_window.close()
    assert offline_window.isVisible()  # Ctrl+Q declined too
    answers.append(True)
    offline_window.navigate("settings")
    assert offline_window.current_section() == "settings"
    assert len(asked) == 3


def test_real_confirmation_dialog_defaults_to_staying(
    qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy
) -> None:
    go(qtbot, offline_window, "help", spy)
    offline_window._screens["help"].can_leave = lambda: False
    offline_window.navigate("settings")
    dialog = qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=2000)
    dialog = QApplication.activeModalWidget()
    assert dialog.defaultButton().text() == "Cancel"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert offline_window.current_section() == "help"


def test_every_shortcut_has_a_chord_free_route(offline_window: Any) -> None:
    routes = {
        "help": "section list: Help",
        "back": offline_window.back_button,
        "repeat": offline_window.repeat_button,
        "quit": offline_window.quit_button,
        "lock": offline_window.lock_button,
        "text_bigger": "settings: text size",
        "text_smaller": "settings: text size",
        "text_reset": "settings: text size",
        # The quick menu screen runs (Run button) and reads (Read the menu aloud) every entry.
        "quick_menu_read": "quick menu screen: Read the menu aloud",
        **{f"quick:{n}": "quick menu screen: Run" for n in range(1, 10)},
        # Single function keys (no chord): the section list, where am I, read row / screen, more time,
        # curtain.
        **dict.fromkeys(
            ("sections", "where_am_i", "read_row", "read_screen", "more_time", "curtain"), "single key"
        ),
    }
    for spec in SHORTCUTS:
        if spec.action.startswith("section:"):
            assert spec.action.removeprefix("section:") in [s.key for s in NAV_SECTIONS]
        else:
            assert spec.action in routes, spec.action
    for spec in SHORTCUTS:
        if routes.get(spec.action) == "single key":
            assert "+" not in spec.keys[0], spec
    buttons = (offline_window.back_button, offline_window.repeat_button, offline_window.quit_button)
    for button in (*buttons, offline_window.lock_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_busy_indicator_follows_slow_tasks(qtbot: QtBot, offline_window: Any, offline_ctx: Any) -> None:
    import time

    offline_ctx.tasks.slow_after_ms = 50
    offline_window.navigate("help")
    done: list[object] = []
    offline_ctx.tasks.run(lambda: time.sleep(0.3), done.append, done.append, progress_text="Loading.")
    qtbot.waitUntil(offline_window.busy.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    assert not offline_window.busy.isVisible()


def test_help_lists_every_shortcut_and_reads_them(
    qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy
) -> None:
    go(qtbot, offline_window, "help", spy)
    help_screen = offline_window.current_screen()
    assert help_screen.shortcut_list.count() == len(SHORTCUTS)
    texts = [help_screen.shortcut_list.item(i).text() for i in range(help_screen.shortcut_list.count())]
    assert "F1: Open help" in texts
    assert any(t.startswith("Ctrl+1") and "Accounts" in t for t in texts)
    assert "Alt+1: Run quick menu action 1" in texts
    qtbot.mouseClick(help_screen.read_aloud, Qt.MouseButton.LeftButton)
    assert "Ctrl+Q: Quit" in spy.texts[-1]


def test_settings_screen_applies_live(
    qtbot: QtBot, offline_window: Any, spy: AnnouncementSpy, offline_ctx: Any, spy_speech: SpyBackend
) -> None:
    go(qtbot, offline_window, "settings", spy)
    screen = offline_window.current_screen()
    screen.text_size.setValue(300)
    assert offline_ctx.theme.text_percent == 300
    assert offline_ctx.settings.text_size_percent == 300
    screen.voice.setChecked(False)
    screen.voice.setChecked(True)
    assert offline_ctx.settings.voice_enabled is True
    assert spy_speech.spoken[-1] == "Voice on."
    screen.rate.setValue(240)
    assert spy_speech.rate == 240
    screen.high_contrast.setChecked(True)
    assert QApplication.palette().window().color().name() == "#000000"
    screen.high_contrast.setChecked(False)
    assert QApplication.palette().window().color().name() != "#000000"
