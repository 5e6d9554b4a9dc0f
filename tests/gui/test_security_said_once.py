"""Security errors are heard once (reader, voice, status line) with focus on the field at fault: the
one-time code typed wrong, refused by the bank (with the tries left; this crashed before), a password
that breaks the rules, and no code channel ticked."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpyBackend
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import render, spoken_text, visible_text
from a11y_bank.ui.screens.security import SecurityScreen
from tests.gui.conftest import show_as_page, sign_in_on_worker
from tests.gui.said_once import Hearing, assert_said_once, assert_voice_said_once, listening, self_voicing


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> Iterator[SecurityScreen]:
    sign_in_on_worker(qtbot, ctx, "alice", "Demo-1234")
    widget = SecurityScreen(ctx)
    page = show_as_page(qtbot, widget)
    widget.on_shown()
    qtbot.waitUntil(lambda: widget._profile is not None, timeout=15_000)
    with self_voicing(ctx.announcer):
        yield widget
    page.close()


def press(qtbot: QtBot, button: QPushButton) -> None:
    """By keyboard on the button: focus has to move to the field at fault."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]


def wrong_code(sandbox_url: str, challenge_id: str) -> str:
    sent = httpx.get(f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": challenge_id}, timeout=5)
    right = sent.json()["Data"]["Message"][-1]["Code"]
    return "".join(str((int(digit) + 1) % 10) for digit in right)


def reset(hearing: Hearing, announcements: AnnouncementSpy, speech: SpyBackend) -> None:
    hearing.forget()
    announcements.clear()
    speech.utterances.clear()


def test_code_errors_are_heard_once(
    qtbot: QtBot,
    screen: SecurityScreen,
    ctx: AppContext,
    announcements: AnnouncementSpy,
    spy_speech: SpyBackend,
    sandbox_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    press(qtbot, screen.channels_button)  # the channels as they are: a change to confirm
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.send_code_button, timeout=10_000)
    press(qtbot, screen.send_code_button)
    qtbot.waitUntil(lambda: screen._challenge is not None, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.code_edit, timeout=10_000)
    assert screen._challenge is not None
    with listening(ctx.announcer, monkeypatch) as hearing:
        reset(hearing, announcements, spy_speech)
        screen.code_edit.setText("12 3")
        press(qtbot, screen.confirm_button)
        assert_said_once(
            qtbot, hearing, announcements, spy_speech, screen.code_field, "otp.wrong_length", length="3"
        )
        assert ctx.tasks.active_count() == 0  # not sent to the bank

        reset(hearing, announcements, spy_speech)
        screen.code_edit.setText(wrong_code(sandbox_url, screen._challenge.challenge_id))
        press(qtbot, screen.confirm_button)
        qtbot.waitUntil(lambda: bool(screen.code_field.error()), timeout=10_000)
        assert_said_once(
            qtbot, hearing, announcements, spy_speech, screen.code_field, "sca.code_wrong", attempts_left="4"
        )
        assert screen.code_edit.selectedText() == screen.code_edit.text()  # typing replaces it


def test_password_breaking_the_rules_is_heard_once(
    qtbot: QtBot,
    screen: SecurityScreen,
    ctx: AppContext,
    announcements: AnnouncementSpy,
    spy_speech: SpyBackend,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen.password_edit.setText("short")
    with listening(ctx.announcer, monkeypatch) as hearing:
        press(qtbot, screen.password_button)
        rules = screen.password_field.rules_text()
        assert_said_once(
            qtbot,
            hearing,
            announcements,
            spy_speech,
            screen.password_field,
            "password.rules_broken",
            rules=rules,
        )
    assert not screen.confirm_box.isVisible()


def test_no_code_channel_is_heard_once_with_focus_on_the_first(
    qtbot: QtBot,
    screen: SecurityScreen,
    ctx: AppContext,
    announcements: AnnouncementSpy,
    spy_speech: SpyBackend,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for check in screen.channel_checks.values():
        check.setChecked(False)
    with listening(ctx.announcer, monkeypatch) as hearing:
        press(qtbot, screen.channels_button)
        msg = render("code_channels.none_chosen")
        assert announcements.spoken.count((spoken_text(msg), Priority.NOW)) == 1
        assert hearing.times_heard(msg) == 1
        assert_voice_said_once(spy_speech, msg)
        assert QApplication.focusWidget() is screen.channel_checks["SMS"]
        assert screen.status.text() == visible_text(msg)
    assert screen._change is None  # nothing was prepared at the bank
    assert not screen.confirm_box.isVisible()
