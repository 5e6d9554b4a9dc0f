"""Sign-in errors are heard once: by the screen reader, by the voice, on the status line, with focus
on the field at fault (the wrong password was said twice: announced, then read again as the
password's description when focus moved there)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.speech import SpyBackend
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.signin import SignInScreen
from tests.gui.said_once import assert_said_once, listening


def signin_screen(window: Any, qtbot: QtBot) -> SignInScreen:
    screen = window.screen_for("signin")
    assert isinstance(screen, SignInScreen)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.username, timeout=5_000)
    return screen


def press_sign_in(qtbot: QtBot, screen: SignInScreen, in_field: QWidget | None = None) -> None:
    """Return in `in_field` (focus stays there), or the button, so focus has to move back to the field."""
    if in_field is not None:
        in_field.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is in_field, timeout=2_000)
        qtbot.wait(300)  # long after the focus move: the error must be heard as the field's change
        qtbot.keyClick(in_field, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
        return
    screen.sign_in_button.setFocus()
    qtbot.keyClick(screen.sign_in_button, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]


@pytest.mark.parametrize("from_the_field", [False, True], ids=["button", "return-in-field"])
def test_wrong_password_is_heard_once(
    qtbot: QtBot,
    main_window: Any,
    ctx: AppContext,
    announcements: AnnouncementSpy,
    spy_speech: SpyBackend,
    monkeypatch: pytest.MonkeyPatch,
    from_the_field: bool,
) -> None:
    screen = signin_screen(main_window, qtbot)
    screen.username.setText("liwei")
    screen.password.setText("not-the-password")
    with listening(ctx.announcer, monkeypatch) as hearing:
        press_sign_in(qtbot, screen, screen.password if from_the_field else None)
        qtbot.waitUntil(lambda: bool(screen.password_field.error()), timeout=15_000)
        assert_said_once(qtbot, hearing, announcements, spy_speech, screen.password_field, "sign_in.failed")
    assert screen.password.selectedText() == "not-the-password"  # typing replaces it
    assert main_window.current_section() == "signin"


@pytest.mark.parametrize(
    ("username", "field", "code"),
    [("", "username_field", "sign_in.username_empty"), ("liwei", "password_field", "sign_in.password_empty")],
)
def test_an_empty_field_is_heard_once(
    qtbot: QtBot,
    main_window: Any,
    ctx: AppContext,
    announcements: AnnouncementSpy,
    spy_speech: SpyBackend,
    monkeypatch: pytest.MonkeyPatch,
    username: str,
    field: str,
    code: str,
) -> None:
    screen = signin_screen(main_window, qtbot)
    screen.username.setText(username)
    with listening(ctx.announcer, monkeypatch) as hearing:
        press_sign_in(qtbot, screen)
        assert_said_once(qtbot, hearing, announcements, spy_speech, getattr(screen, field), code)
    assert ctx.tasks.active_count() == 0  # nothing went to the bank
