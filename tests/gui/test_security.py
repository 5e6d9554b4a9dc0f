"""Security screen against the demo bank: opt in and out of the accessibility profile by keyboard, a
code-channel change with a code, a password that breaks the rules refused on the field, and the audit."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.profile import read_document
from a11y_bank.api.enrolment import AccessibilityProfile, Security
from a11y_bank.api.preferences import BankPreferences
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.security import SecurityScreen
from a11y_bank.ui.theme import Theme
from tests.gui.audit import audit_at_text_size, audit_screen
from tests.gui.conftest import show_as_page, sign_in_on_worker


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> Iterator[SecurityScreen]:
    sign_in_on_worker(qtbot, ctx, "alice", "Demo-1234")
    widget = SecurityScreen(ctx)
    page = show_as_page(qtbot, widget)
    widget.on_shown()
    qtbot.waitUntil(lambda: widget._profile is not None, timeout=15_000)
    widget.first_focus().setFocus()
    yield widget
    page.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)  # type: ignore[no-untyped-call]


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 40) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def test_profile_opt_in_and_out_and_channel_change_by_keyboard(
    qtbot: QtBot, screen: SecurityScreen, sandbox_url: str, theme: Theme
) -> None:
    audit_screen(qtbot, screen.window(), screen).assert_ok()
    audit_at_text_size(qtbot, screen.window(), screen, theme, 300).assert_ok()
    theme.set_text_percent(100)
    screen.first_focus().setFocus()
    tab_to(qtbot, screen.opt_in)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, screen.need_checks["LARGE_TEXT"])
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, screen.save_a11y_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: screen._profile is not None and screen._profile.accessibility.opt_in, timeout=10_000
    )
    assert screen._profile is not None
    assert screen._profile.accessibility.needs == ("LARGE_TEXT",)
    tab_to(qtbot, screen.opt_in)
    press(qtbot, Qt.Key.Key_Space)  # revoke
    tab_to(qtbot, screen.save_a11y_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: screen._profile is not None and not screen._profile.accessibility.opt_in, timeout=10_000
    )

    screen.password_edit.setText("short")
    screen.prepare_password()
    assert screen.password_field.error()
    assert focused() is screen.password_edit
    assert not screen.confirm_box.isVisible()

    tab_to(qtbot, screen.channel_checks["TOKEN"])
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, screen.channels_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused() is screen.send_code_button, timeout=10_000)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused() is screen.code_edit, timeout=10_000)
    assert screen._challenge is not None
    outbox = httpx.get(
        f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": screen._challenge.challenge_id}
    )
    qtbot.keyClicks(screen.code_edit, outbox.json()["Data"]["Message"][-1]["Code"])  # type: ignore[no-untyped-call]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "signed out" in screen.status.text(), timeout=10_000)
    qtbot.waitUntil(
        lambda: screen._profile is not None and "TOKEN" in screen._profile.code_channels, timeout=10_000
    )


def test_keep_and_remove_my_settings_at_the_bank_by_keyboard(
    qtbot: QtBot, screen: SecurityScreen, ctx: AppContext, theme: Theme, announcements: AnnouncementSpy
) -> None:
    box = screen.kept_box
    qtbot.waitUntil(lambda: box.loaded, timeout=10_000)
    assert not box.keep_button.isEnabled()  # the bank keeps settings only after the opt-in
    assert "turn on" in box.state.text()
    ctx.settings.text_size_percent = 250
    assert ctx.profile is not None
    ctx.profile.update(theme="yellow_on_black", verbosity="expert", time_multiplier=4)
    preferences = BankPreferences(ctx.bank)
    try:
        tab_to(qtbot, screen.opt_in)
        press(qtbot, Qt.Key.Key_Space)
        tab_to(qtbot, screen.save_a11y_button)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(box.keep_button.isEnabled, timeout=10_000)

        tab_to(qtbot, box.keep_button)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: box.kept is not None, timeout=10_000)
        assert any("kept with the bank" in text for text in announcements.texts)
        kept = preferences.get()
        assert kept is not None
        profile, shared = read_document(kept.document)
        assert (profile.theme, profile.verbosity, profile.time_multiplier) == ("yellow_on_black", "expert", 4)
        assert shared["text_size_percent"] == 250
        assert box.remove_button.isEnabled()
        assert "saved" in box.state.text()
        audit_screen(qtbot, screen.window(), screen).assert_ok()
        audit_at_text_size(qtbot, screen.window(), screen, theme, 300).assert_ok()
        theme.set_text_percent(100)

        tab_to(qtbot, box.remove_button)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: box.kept is None, timeout=10_000)
        assert focused() is box.state  # the remove button is off now: focus stays near
        assert any("removed from the bank" in text for text in announcements.texts)
        assert preferences.get() is None

        box.keep_button.setFocus()
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: box.kept is not None, timeout=10_000)
        tab_to(qtbot, screen.opt_in)
        press(qtbot, Qt.Key.Key_Space)  # opting out removes what the bank kept
        tab_to(qtbot, screen.save_a11y_button)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: not box.keep_button.isEnabled(), timeout=10_000)
        assert box.kept is None
        assert preferences.get() is None
    finally:
        Security(ctx.bank).set_accessibility(
            AccessibilityProfile(False, ())
        )  # the shared demo bank as before
