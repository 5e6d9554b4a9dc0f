"""Enrol screen against the demo bank (alice is enrolled, then given the demo password back):
keyboard-only enrolment with the accessibility profile, bad input, and the audit at 100 % and 300 %."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.enrol import EnrolScreen
from a11y_bank.ui.theme import Theme
from tests.gui.audit import audit_at_text_size
from tests.gui.conftest import show_as_page

EXT = "/a11y-ext/v1"


def restore_alice(sandbox_url: str) -> None:
    """Enrol alice again with the demo password, so the session's other tests still sign in."""
    with httpx.Client(base_url=sandbox_url, timeout=10) as http:
        key = {"x-idempotency-key": str(uuid.uuid4())}
        identity = {
            "AccountNumber": "6217000010023456789",
            "IdDocumentNumber": "310101199202022345",
            "Channel": "SMS",
        }
        started = http.post(f"{EXT}/enrolments", json={"Data": identity}, headers=key).json()["Data"]
        outbox = http.get("/__sandbox__/outbox", params={"ChallengeId": started["EnrolmentId"]}).json()
        data = {
            "Code": outbox["Data"]["Message"][-1]["Code"],
            "Password": "Demo-1234",
            "CodeChannels": ["SMS", "EMAIL"],
        }
        key = {"x-idempotency-key": str(uuid.uuid4())}
        done = http.post(
            f"{EXT}/enrolments/{started['EnrolmentId']}/complete", json={"Data": data}, headers=key
        )
        assert done.status_code == 201, done.text


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> Iterator[EnrolScreen]:
    widget = EnrolScreen(ctx)
    page = show_as_page(qtbot, widget)
    widget.first_focus().setFocus()
    yield widget
    page.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)  # type: ignore[no-untyped-call]


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 40) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    tab_to(qtbot, widget)
    qtbot.keyClicks(widget, text)  # type: ignore[no-untyped-call]


def test_bad_account_number_is_explained_with_focus_on_the_field(screen: EnrolScreen) -> None:
    screen.account_edit.setText("12")
    screen.start()
    assert "10 to 30 digits" in screen.account_field.error()
    assert focused() is screen.account_edit


@pytest.mark.parametrize("percent", [100, 300])
def test_enrol_screen_passes_audit(qtbot: QtBot, screen: EnrolScreen, theme: Theme, percent: int) -> None:
    # These tests were once merged into one: a second EnrolScreen test in one module crashed PySide6 6.12
    # while a worker's result was delivered; a11y/gcguard (collection on the GUI thread only) cured it:
    # the split module passed 5 runs in a row (see the commit).
    report = audit_at_text_size(qtbot, screen.window(), screen, theme, percent)
    report.assert_ok()
    assert report.focusable > 0


def test_enrolment_by_keyboard_with_the_accessibility_profile(
    qtbot: QtBot,
    screen: EnrolScreen,
    sandbox_url: str,
    announcements: AnnouncementSpy,
    ctx: AppContext,
) -> None:
    try:
        enrol_alice(qtbot, screen, sandbox_url, announcements, ctx)
    finally:
        restore_alice(sandbox_url)


def enrol_alice(
    qtbot: QtBot, screen: EnrolScreen, sandbox_url: str, announcements: AnnouncementSpy, ctx: AppContext
) -> None:
    type_into(qtbot, screen.account_edit, "6217000010023456789")
    type_into(qtbot, screen.document_edit, "310101199202022345")
    tab_to(qtbot, screen.send_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused() is screen.rules_text, timeout=10_000)
    assert "letter" in screen.rules_text.text()
    assert "Password rules" in screen.status.text()  # on the status line the announcer speaks from
    assert screen._started is not None
    response = httpx.get(
        f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": screen._started.enrolment_id}
    )
    type_into(qtbot, screen.code_edit, response.json()["Data"]["Message"][-1]["Code"])
    type_into(qtbot, screen.password_edit, "Tea at 4 every day")
    tab_to(qtbot, screen.opt_in)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, screen.need_checks["SCREEN_READER"])
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, screen.enrol_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused() is screen.done_text, timeout=15_000)
    assert "alice" in screen.done_text.text()
    assert screen.password_edit.text() == ""  # the password does not stay on screen
    done: list[object] = []
    ctx.tasks.run(lambda: ctx.bank.sign_in("alice", "Tea at 4 every day"), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert not isinstance(done[0], BaseException)
