"""Sign-in screen: keyboard-only journeys against the demo bank, errors, and accessibility checks."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.api.errors import AuthExpired, Offline, RateLimited, Rejected
from a11y_bank.app import build_context
from a11y_bank.credentials.store import StoreLocked
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import render, spoken_text, visible_text
from a11y_bank.ui.models.error_codes import message_params_for
from a11y_bank.ui.screens.signin import SignInScreen, sign_in_message_code
from tests.gui.audit import audit_at_text_size, audit_screen

KEYSTROKES: dict[str, int] = {}
"""Keystrokes per journey, printed at the end of each journey test (collected for the closing note)."""


class KeyboardUser:
    """Sends keys only to whatever has keyboard focus, as a person would, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, times: int = 1, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        for char in text:
            self.qtbot.keyClicks(self.focused(), char)
            self.count += 1


@pytest.fixture
def unreachable_context(qtbot: QtBot, tmp_path: Path, settings: Any) -> Iterator[AppContext]:
    """Services whose bank address has nobody listening (never signed in), torn down on the GUI thread.

    The announcer and task runner are Python-owned QObjects: left to Python's cyclic GC they may be
    freed on a worker thread, which corrupts Qt's timer list; deleteLater() frees them here instead.
    """
    from a11y_bank.cli import make_bank

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    context = build_context(make_bank(url, tmp_path / "data"), settings, SpeechService(SpyBackend()))
    yield context
    context.tasks.wait_for_all(10_000)
    qtbot.wait(1)  # deliver what the workers sent back
    context.bank.close()
    context.announcer.deleteLater()
    context.tasks.deleteLater()
    qtbot.wait(1)


def record(journey: str, keys: KeyboardUser) -> None:
    KEYSTROKES[journey] = keys.count
    print(f"keystrokes[{journey}] = {keys.count}")


def signin_screen(window: Any) -> SignInScreen:
    screen = window.screen_for("signin")
    assert isinstance(screen, SignInScreen)
    return screen


def wait_for_focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5_000)


def spoken(code: str, **params: object) -> str:
    return spoken_text(render(code, **params))


# --- journeys ---------------------------------------------------------------------------------------


def test_keyboard_only_sign_in_reaches_accounts(
    qtbot: QtBot, main_window: Any, ctx: AppContext, announcements: AnnouncementSpy
) -> None:
    screen = signin_screen(main_window)
    wait_for_focus(qtbot, screen.username)
    keys = KeyboardUser(qtbot)
    keys.type("liwei")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is screen.password
    keys.type("Demo-1234")
    keys.press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: main_window.current_section() == "accounts", timeout=15_000)
    assert spoken("success.signed_in", name="Li Wei") in announcements.texts
    assert screen.password.text() == ""  # the password does not linger in the widget
    record("sign in", keys)
    assert keys.count == len("liwei") + 1 + len("Demo-1234") + 1


def test_choosing_the_code_channel_by_keyboard_is_saved(
    qtbot: QtBot, main_window: Any, ctx: AppContext, announcements: AnnouncementSpy
) -> None:
    screen = signin_screen(main_window)
    wait_for_focus(qtbot, screen.username)
    keys = KeyboardUser(qtbot)
    keys.type("liwei")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Demo-1234")
    keys.press(Qt.Key.Key_Tab)  # -> Show password
    assert keys.focused() is screen.show_password
    keys.press(Qt.Key.Key_Space)
    assert screen.password.echoMode() == QLineEdit.EchoMode.Normal
    keys.press(Qt.Key.Key_Tab)  # -> code channel
    assert keys.focused() is screen.channel
    keys.press(Qt.Key.Key_Down, times=2)  # SMS -> E-mail -> Voice call
    assert screen.channel.currentData() == "VOICE"
    keys.press(Qt.Key.Key_Tab)  # -> Sign in
    assert keys.focused() is screen.sign_in_button
    keys.press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: main_window.current_section() == "accounts", timeout=15_000)
    assert ctx.settings.otp_channel == "VOICE"
    assert screen.password.echoMode() == QLineEdit.EchoMode.Password  # hidden again after sign-in
    record("sign in choosing voice codes", keys)


def test_empty_fields_are_reported_at_the_field_and_nothing_is_sent(
    qtbot: QtBot, main_window: Any, ctx: AppContext, announcements: AnnouncementSpy
) -> None:
    screen = signin_screen(main_window)
    wait_for_focus(qtbot, screen.username)
    keys = KeyboardUser(qtbot)
    keys.press(Qt.Key.Key_Return)
    assert ctx.tasks.active_count() == 0
    assert announcements.spoken[-1] == (spoken("sign_in.username_empty"), Priority.NOW)
    assert screen.username_field.error() == visible_text(render("sign_in.username_empty"))
    assert screen.username.accessibleDescription() == screen.username_field.error()
    assert keys.focused() is screen.username

    keys.type("liwei")
    keys.press(Qt.Key.Key_Return)
    assert ctx.tasks.active_count() == 0
    assert announcements.spoken[-1] == (spoken("sign_in.password_empty"), Priority.NOW)
    assert screen.username_field.error() == ""
    assert screen.password_field.error() == visible_text(render("sign_in.password_empty"))
    assert keys.focused() is screen.password
    assert main_window.current_section() == "signin"


def test_wrong_password_is_said_and_focus_returns_to_the_password(
    qtbot: QtBot, main_window: Any, ctx: AppContext, announcements: AnnouncementSpy
) -> None:
    screen = signin_screen(main_window)
    wait_for_focus(qtbot, screen.username)
    keys = KeyboardUser(qtbot)
    keys.type("liwei")
    keys.press(Qt.Key.Key_Tab)
    keys.type("not-the-password")
    keys.press(Qt.Key.Key_Return)

    expected = (spoken("sign_in.failed"), Priority.NOW)
    qtbot.waitUntil(lambda: expected in announcements.spoken, timeout=15_000)
    assert screen.password_field.error() == visible_text(render("sign_in.failed"))
    assert keys.focused() is screen.password
    assert screen.password.selectedText() == "not-the-password"  # typing replaces it at once
    assert main_window.current_section() == "signin"
    # The password itself never reaches the status line or the screen reader.
    assert all("not-the-password" not in text for text in announcements.texts)


def test_offline_bank_is_said_and_focus_goes_to_sign_in(
    qtbot: QtBot, unreachable_context: AppContext
) -> None:
    context = unreachable_context
    spy = AnnouncementSpy(context.announcer)
    screen = SignInScreen(context)
    qtbot.add_widget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.first_focus().setFocus()
    wait_for_focus(qtbot, screen.username)
    keys = KeyboardUser(qtbot)
    keys.type("liwei")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Demo-1234")
    keys.press(Qt.Key.Key_Return)

    expected = (spoken("api.offline"), Priority.NOW)
    qtbot.waitUntil(lambda: expected in spy.spoken, timeout=30_000)
    assert screen.form_error.isVisibleTo(screen)
    assert render("api.offline").text in screen.form_error.text()
    assert QApplication.focusWidget() is screen.sign_in_button


# --- mapping errors to messages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (AuthExpired("HTTP 401"), "sign_in.failed"),
        (Rejected(400, "U001"), "sign_in.failed"),
        (Rejected(429, None), "api.rejected"),
        (Offline(), "api.offline"),
        (RateLimited(30.0), "api.rate_limited"),
        (StoreLocked(), "credentials.locked"),
        (RuntimeError("boom"), "error.unexpected"),
    ],
)
def test_sign_in_errors_map_to_catalogue_messages(error: BaseException, code: str) -> None:
    assert sign_in_message_code(error) == code
    assert render(code, **message_params_for(error)).text  # exists, and every placeholder is filled


# --- accessibility ---------------------------------------------------------------------------------


def test_sign_in_passes_the_audit(qtbot: QtBot, main_window: Any) -> None:
    screen = signin_screen(main_window)
    audit_screen(qtbot, main_window, screen).assert_ok()
    for field in (screen.username, screen.password, screen.channel):
        assert field.accessibleName()  # named from its visible label, set explicitly (pitfalls §3.6)
    assert screen.username_field.label.buddy() is screen.username
    assert screen.password_field.label.buddy() is screen.password


def test_sign_in_at_300_percent_text(qtbot: QtBot, main_window: Any, theme: Any) -> None:
    screen = signin_screen(main_window)
    audit_at_text_size(qtbot, main_window, screen, theme, 300).assert_ok()


def test_password_field_is_a_real_password_field_that_accepts_paste(qtbot: QtBot, main_window: Any) -> None:
    screen = signin_screen(main_window)
    assert screen.password.echoMode() == QLineEdit.EchoMode.Password  # never PasswordEchoOnEdit
    QApplication.clipboard().setText("Demo-1234")
    wait_for_focus(qtbot, screen.username)
    keys = KeyboardUser(qtbot)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_V, modifier=Qt.KeyboardModifier.ControlModifier)
    assert screen.password.text() == "Demo-1234"
