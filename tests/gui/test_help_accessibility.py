"""Help -> Accessibility: the statement (the generated one, readable and reflowing) and the feedback form
that reaches the bank through the support chat. Keyboard only, audited at 100 % and 300 %."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.i18n import Translations
from a11y_bank.ui.screens.chat import ChatScreen
from a11y_bank.ui.screens.help_accessibility import AccessibilityScreen, statement_text
from tests.gui.audit import audit_at_text_size, audit_screen
from tests.gui.test_signin import KeyboardUser
from tests.i18n.conftest import languages as languages  # noqa: PLC0414 (fixture)
from tests.i18n.conftest import qm_dir as qm_dir  # noqa: PLC0414 (fixture)

FEEDBACK = "The history table is easy to use."


def open_by_keyboard(qtbot: QtBot, window: Any, user: KeyboardUser) -> AccessibilityScreen:
    """F1, Tab to "Accessibility statement and feedback", Space."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    user.press(Qt.Key.Key_F1)  # Help (shortcuts.py: "help" is F1)
    help_screen = window.current_screen()
    qtbot.waitUntil(lambda: user.focused() is help_screen.shortcut_list, timeout=5_000)
    for _ in range(6):
        if user.focused() is help_screen.accessibility_button:
            break
        user.press(Qt.Key.Key_Tab)
    assert user.focused() is help_screen.accessibility_button
    user.press(Qt.Key.Key_Space)
    screen = window.current_screen()
    assert isinstance(screen, AccessibilityScreen)
    qtbot.waitUntil(lambda: user.focused() is screen.statement, timeout=5_000)
    return screen


def test_the_statement_is_the_generated_one_and_covers_wcag_and_journeys() -> None:
    text = statement_text()
    assert text.startswith("Accessibility statement")
    assert "1.4.3 Contrast (Minimum) (level AA): Supported." in text
    assert "Known gaps" in text


def test_statement_and_feedback_by_keyboard_only(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ChatScreen, "poll_timeout_ms", 500)
    user = KeyboardUser(qtbot)
    screen = open_by_keyboard(qtbot, signed_in_window, user)
    assert screen.statement.toPlainText() == statement_text()
    iface = QAccessible.queryAccessibleInterface(screen.statement)
    assert iface.text(QAccessible.Text.Name) == "Accessibility statement"
    assert iface.state().readOnly
    # The caret reads the statement line by line.
    user.press(Qt.Key.Key_Down, 3)
    assert screen.statement.textCursor().blockNumber() > 0

    # Send with nothing written: the error is shown, said at once, focus on the box.
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.feedback
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.send_button
    user.press(Qt.Key.Key_Space)
    empty = "The feedback box is empty. Write your feedback first."  # catalogue: feedback.empty
    assert screen.feedback_field.error() == empty
    assert (empty, Priority.NOW) in announcements.spoken
    assert user.focused() is screen.feedback

    # Write, send: the support chat opens with it as the message; Enter sends it to the bank.
    user.type(FEEDBACK)
    user.press(Qt.Key.Key_Tab)
    user.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: signed_in_window.current_section() == "support", timeout=5_000)
    chat = signed_in_window.current_screen()
    assert isinstance(chat, ChatScreen)
    try:
        assert chat.composer.toPlainText() == f"Accessibility feedback: {FEEDBACK}"
        qtbot.waitUntil(
            lambda: any(t.startswith("Your message box holds: Accessibility") for t in announcements.texts),
            timeout=5_000,
        )
        qtbot.waitUntil(lambda: QApplication.focusWidget() is chat.composer, timeout=5_000)
        qtbot.waitUntil(lambda: chat.session is not None and chat.runner is not None, timeout=15_000)
        user.press(Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: any(
                m.body == f"Accessibility feedback: {FEEDBACK}" and m.event_id
                for m in chat.model.timeline.messages
            ),
            timeout=15_000,
        )
    finally:
        chat.stop(wait=3.0)
        qtbot.wait(20)
    assert screen.feedback.toPlainText() == ""  # nothing left behind on the form


def test_too_long_feedback_is_refused_at_the_field(qtbot: QtBot, signed_in_window: Any) -> None:
    user = KeyboardUser(qtbot)
    screen = open_by_keyboard(qtbot, signed_in_window, user)
    screen.feedback.setPlainText("x" * 2001)
    screen.send_feedback()
    assert "2000" in screen.feedback_field.error()
    assert signed_in_window.current_section() == "accessibility"


@pytest.mark.parametrize("percent", [100, 300, 400])
def test_accessibility_screen_passes_the_audit(
    qtbot: QtBot, signed_in_window: Any, theme: Any, percent: int
) -> None:
    signed_in_window.navigate("accessibility")
    screen = signed_in_window.current_screen()
    assert isinstance(screen, AccessibilityScreen)
    if percent == 100:
        report = audit_screen(qtbot, signed_in_window, screen)
    else:
        report = audit_at_text_size(qtbot, signed_in_window, screen, theme, percent)
    assert report.focusable >= 3
    report.assert_ok()


def test_the_chinese_statement_is_shown_in_chinese_and_follows_each_switch(
    qtbot: QtBot, offline_ctx: Any, languages: Translations
) -> None:
    chinese = statement_text("zh_CN")
    assert chinese.startswith("无障碍声明")
    assert "1.4.3 对比度（最低）（AA 级）：支持。" in chinese
    screen = AccessibilityScreen(offline_ctx)
    qtbot.addWidget(screen)
    assert screen.statement.toPlainText() == statement_text()
    languages.switch("zh_CN")
    qtbot.waitUntil(lambda: screen.statement.toPlainText() == chinese, timeout=5_000)
    assert screen.statement_label.text() == "无障碍声明"
    languages.switch("en")
    qtbot.waitUntil(lambda: screen.statement.toPlainText() == statement_text(), timeout=5_000)


def test_a_language_without_a_translation_gets_the_english_statement() -> None:
    assert statement_text("fr") == statement_text("en") == statement_text()
