"""Enrolment errors are heard once (reader, voice, status line) with focus on the field at fault: the
code typed wrong (it was announced, then read again as the code's description when focus moved
there), the code refused by the bank with the tries left, and details the bank cannot match."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.speech import SpyBackend
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.enrol import EnrolScreen
from tests.gui.conftest import show_as_page
from tests.gui.said_once import Hearing, assert_said_once, listening, self_voicing

ALICE_ACCOUNT = "6217000010023456789"
ALICE_DOCUMENT = "310101199202022345"


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> Iterator[EnrolScreen]:
    widget = EnrolScreen(ctx)
    page = show_as_page(qtbot, widget)
    widget.first_focus().setFocus()
    with self_voicing(ctx.announcer):
        yield widget
    page.close()


def press(qtbot: QtBot, button: QPushButton) -> None:
    """By keyboard on the button: focus has to move to the field at fault."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]


def reset(hearing: Hearing, announcements: AnnouncementSpy, speech: SpyBackend) -> None:
    hearing.forget()
    announcements.clear()
    speech.utterances.clear()


def test_unmatched_details_are_heard_once(
    qtbot: QtBot,
    screen: EnrolScreen,
    ctx: AppContext,
    announcements: AnnouncementSpy,
    spy_speech: SpyBackend,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen.account_edit.setText(ALICE_ACCOUNT)
    screen.document_edit.setText("999999999999999999")
    with listening(ctx.announcer, monkeypatch) as hearing:
        press(qtbot, screen.send_button)
        qtbot.waitUntil(lambda: bool(screen.account_field.error()), timeout=10_000)
        assert_said_once(
            qtbot, hearing, announcements, spy_speech, screen.account_field, "enrol.details_not_matched"
        )
    assert screen.pages.currentIndex() == 0


def test_code_errors_are_heard_once(
    qtbot: QtBot,
    screen: EnrolScreen,
    ctx: AppContext,
    announcements: AnnouncementSpy,
    spy_speech: SpyBackend,
    sandbox_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen.account_edit.setText(ALICE_ACCOUNT)
    screen.document_edit.setText(ALICE_DOCUMENT)
    press(qtbot, screen.send_button)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.rules_text, timeout=10_000)
    started = screen._started
    assert started is not None
    screen.password_edit.setText("Tea at 4 every day")
    with listening(ctx.announcer, monkeypatch) as hearing:
        reset(hearing, announcements, spy_speech)
        screen.code_edit.setText("12a456")
        press(qtbot, screen.enrol_button)
        assert_said_once(qtbot, hearing, announcements, spy_speech, screen.code_field, "otp.not_digits")
        assert ctx.tasks.active_count() == 0  # not sent to the bank

        reset(hearing, announcements, spy_speech)
        sent = httpx.get(
            f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": started.enrolment_id}, timeout=5
        )
        right = sent.json()["Data"]["Message"][-1]["Code"]
        screen.code_edit.setText("".join(str((int(d) + 1) % 10) for d in right))
        press(qtbot, screen.enrol_button)
        qtbot.waitUntil(lambda: bool(screen.code_field.error()), timeout=10_000)
        assert_said_once(
            qtbot, hearing, announcements, spy_speech, screen.code_field, "sca.code_wrong", attempts_left="4"
        )
    assert screen.pages.currentIndex() == 1  # still enrolling: alice keeps her password
