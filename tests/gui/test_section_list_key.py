"""F3, one key to the list of sections: from any screen, then End / the arrows / Enter open any of the
sections (the nine Ctrl+digit keys reach only the first nine, and are chords). Keyboard only: every key
goes to whatever has focus, as a person's would."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.speech import SpyBackend
from a11y_bank.ui.messages import render, spoken_text
from a11y_bank.ui.screens import NAV_SECTIONS
from a11y_bank.ui.shortcuts import SHORTCUTS, shortcut_for

SECTIONS_KEY = Qt.Key.Key_F3


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def open_by_the_list(qtbot: QtBot, window: Any, ups_from_the_end: int) -> None:
    """F3, End, Up × n, Enter: what a keyboard user (and the Orca tour, journeys.nav_to) presses."""
    press(qtbot, SECTIONS_KEY)
    assert focused() is window.nav
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Up, ups_from_the_end)
    press(qtbot, Qt.Key.Key_Return)


def test_the_key_is_f3_a_single_key_no_other_action_uses() -> None:
    spec = shortcut_for("sections")
    assert spec.keys == ("F3",)
    assert spec.translated_description() == "Go to the list of sections"
    others = [key for s in SHORTCUTS if s is not spec for key in s.keys]
    assert "F3" not in others


@pytest.mark.parametrize(
    ("ups_from_the_end", "section"), [(0, "quickmenu"), (1, "security"), (2, "cards"), (3, "wealth")]
)
def test_f3_then_end_up_enter_opens_the_sections_after_the_first_nine(
    qtbot: QtBot, signed_in_window: Any, ups_from_the_end: int, section: str
) -> None:
    window = signed_in_window
    assert [s.key for s in NAV_SECTIONS][-4:] == ["wealth", "cards", "security", "quickmenu"]
    qtbot.waitUntil(lambda: window.current_screen().first_focus().hasFocus(), timeout=5_000)
    open_by_the_list(qtbot, window, ups_from_the_end)
    qtbot.waitUntil(lambda: window.current_section() == section, timeout=5_000)
    screen = window.current_screen()
    assert screen.isAncestorOf(focused()), "focus stayed in the list instead of going to the screen"


def test_f3_works_from_a_text_field_and_from_every_section(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, spy_speech: SpyBackend
) -> None:
    """From inside a text field (which takes many keys for itself) F3 still reaches the list; the focus
    move is what is heard (the reader's own narration, the voice's focus speech), not an announcement."""
    window = signed_in_window
    press_section = shortcut_for("section:transfer").sequences()[0][0]
    qtbot.keyClick(focused(), press_section.key(), press_section.keyboardModifiers())
    qtbot.waitUntil(lambda: window.current_section() == "transfer", timeout=5_000)
    field = next(w for w in window.current_screen().findChildren(QLineEdit) if w.isVisible())
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2_000)
    qtbot.wait(300)  # the title's announcement has gone out
    announcements.clear()
    press(qtbot, SECTIONS_KEY)
    assert focused() is window.nav
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "transfer"  # where the customer is
    qtbot.wait(300)
    assert announcements.texts == [], "F3 announces what the focus move already says"
    assert any("Sections" in text for text in spy_speech.spoken), spy_speech.spoken
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_section() == "accounts", timeout=5_000)


def test_before_sign_in_f3_says_the_list_comes_after_sign_in(
    qtbot: QtBot, offline_window: Any, spy_speech: SpyBackend
) -> None:
    spy = AnnouncementSpy(offline_window.ctx.announcer)
    signin = offline_window.current_screen()
    qtbot.waitUntil(lambda: signin.isAncestorOf(QApplication.focusWidget()), timeout=2_000)
    before = focused()
    press(qtbot, SECTIONS_KEY)
    said = spoken_text(render("sections.after_sign_in"))
    qtbot.waitUntil(lambda: said in spy.texts, timeout=2_000)
    assert "after you sign in" in said
    assert focused() is before
    assert offline_window.current_section() == "signin"
    assert not offline_window.nav_panel.isVisible()


def test_on_the_lock_page_f3_says_the_list_is_hidden_until_unlocked(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    window = signed_in_window
    window.lock()
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    press(qtbot, SECTIONS_KEY)
    said = spoken_text(render("sections.locked"))
    qtbot.waitUntil(lambda: said in announcements.texts, timeout=2_000)
    assert window.is_locked()
    assert not window.nav_panel.isVisible()


def test_help_lists_f3(qtbot: QtBot, offline_window: Any) -> None:
    offline_window.navigate("help")
    help_screen = offline_window.current_screen()
    texts = [help_screen.shortcut_list.item(i).text() for i in range(help_screen.shortcut_list.count())]
    assert "F3: Go to the list of sections" in texts
