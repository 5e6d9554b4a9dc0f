"""Branch queue numbers at the terminal (guideline art. 15(1)), keyboard only against the demo bank:
F2 gives a number shown in large text, announced (screen reader, status line, voice) and texted by the
bank; when staff call it the screen shows and says "A027: please go to desk 2"; the banner stays until
closed; without sign-in or without the bank, Call staff works as before and says why there is no
number; staff call the next number from their page; the banner passes the audit at 100 % and 300 %."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.api.branch import DEMO_BRANCH, BranchQueue
from a11y_bank.app import build_context
from a11y_bank.kiosk import CustomerSession, KioskPhase, KioskSession, StaffDesk, start_customer_session
from a11y_bank.settings import Settings
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.kiosk import KioskWindow
from a11y_bank.ui.theme import Theme
from tests.gui.audit import audit_at_text_size
from tests.gui.test_kiosk import (
    PIN,
    Terminal,
    customer_signs_in,
    staff_signs_in,
    staff_signs_in_and_hands_over,
    wait_for_wipe,
)
from tests.gui.test_signin import KeyboardUser, signin_screen, wait_for_focus

NUMBER = re.compile(r"^A\d{3}$")
DESKS = (2, 3, 99)


class QueueTerminal(Terminal):
    def __init__(self, base: Terminal, voices: list[SpyBackend], url: str) -> None:
        super().__init__(base.window, base.sessions, base.staff)
        self.voices = voices
        self.url = url

    def customer_spy(self) -> AnnouncementSpy:
        customer = self.window.customer_window
        assert customer is not None
        return AnnouncementSpy(customer.ctx.announcer)

    def spoken_aloud(self) -> list[str]:
        return [text for voice in self.voices for text in voice.spoken]


def control(url: str, method: str, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
    with httpx.Client(base_url=url, timeout=10) as http:
        return http.request(method, f"/__sandbox__{path}", json=body)


def staff_at_another_desk_calls(url: str, desk: int) -> dict[str, Any]:
    response = control(url, "POST", "/branch/call-next", {"Data": {"BranchId": DEMO_BRANCH, "Desk": desk}})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["Data"]
    return data


def drain_queue(url: str) -> None:
    """The demo bank is shared by the GUI tests: every ticket of every desk the tests use ends Done."""
    for desk in DESKS:
        for _ in range(100):
            body = {"Data": {"BranchId": DEMO_BRANCH, "Desk": desk}}
            if control(url, "POST", "/branch/call-next", body).status_code != 200:
                break


@pytest.fixture
def queue_terminal(
    qtbot: QtBot, sandbox_url: str, tmp_path: Path, offline_ctx: AppContext, theme: Theme
) -> Iterator[QueueTerminal]:
    drain_queue(sandbox_url)
    sessions: list[CustomerSession] = []
    contexts: list[AppContext] = []
    voices: list[SpyBackend] = []

    def make_customer() -> tuple[AppContext, CustomerSession]:
        session = start_customer_session(sandbox_url, tmp_path / "terminal")
        voice = SpyBackend()
        ctx = build_context(session.bank, Settings(), SpeechService(voice, enabled=True), theme=theme)
        sessions.append(session)
        contexts.append(ctx)
        voices.append(voice)
        return ctx, session

    desk = StaffDesk(sandbox_url)
    window = KioskWindow(KioskSession(verify_staff=desk), make_customer, offline_ctx, staff_desk=desk)
    window.ticket_poll.setInterval(100)  # the terminal asks every 5 s; the tests need not wait that long
    window.show()  # closed below, after the last poll's answer is delivered (not by qtbot.add_widget)
    qtbot.waitExposed(window)
    yield QueueTerminal(
        Terminal(window, sessions, AnnouncementSpy(offline_ctx.announcer)), voices, sandbox_url
    )
    window.ticket_poll.stop()
    window.kiosk.on_customer_end.clear()
    offline_ctx.tasks.wait_for_all(10_000)
    for ctx in contexts:
        ctx.tasks.wait_for_all(10_000)
    qtbot.wait(1)  # deliver the last answers while the window is still there
    window.hide()
    window.deleteLater()
    qtbot.wait(1)
    for session in sessions:
        session.bank.close()
    desk.sign_out()
    control(sandbox_url, "DELETE", "/faults")
    drain_queue(sandbox_url)


def signed_in_customer(qtbot: QtBot, t: QueueTerminal, keys: KeyboardUser) -> AnnouncementSpy:
    staff_signs_in_and_hands_over(qtbot, t, keys)
    customer_signs_in(qtbot, t, keys)
    return t.customer_spy()


def press_f2_and_get_a_number(qtbot: QtBot, t: QueueTerminal, keys: KeyboardUser) -> str:
    pressed = time.perf_counter()
    keys.press(Qt.Key.Key_F2)
    assert t.window.call_banner.isVisible()  # at once: the bank's answer comes on a worker
    qtbot.waitUntil(t.window.ticket_number.isVisible, timeout=10_000)
    print(f"F2 to queue number shown (kiosk) = {(time.perf_counter() - pressed) * 1000:.0f} ms")
    number = t.window.ticket_number.text()
    assert NUMBER.match(number), number
    return number


def tab_to(qtbot: QtBot, keys: KeyboardUser, target: object, limit: int = 60) -> None:
    for _ in range(limit):
        if keys.focused() is target:
            return
        keys.press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def test_f2_gives_a_number_shown_announced_and_texted_then_staff_call_it_to_a_desk(
    qtbot: QtBot, queue_terminal: QueueTerminal
) -> None:
    t, keys = queue_terminal, KeyboardUser(qtbot)
    spy = signed_in_customer(qtbot, t, keys)
    number = press_f2_and_get_a_number(qtbot, t, keys)
    spelt = " ".join(number)

    banner = t.window.call_banner.text()
    assert banner == (
        f"Your number is {number}. People ahead of you: 0. "
        "We have also sent it to your phone by text message. It will show here when a desk is free."
    )
    assert t.window.call_banner.accessibleName() == banner
    said = f"Your queue number is {spelt}. People ahead of you: 0."
    qtbot.waitUntil(lambda: any(text.startswith(said) for text in spy.texts), timeout=5_000)
    assert any("member of staff has been called" in text for text in spy.texts)
    assert any(status.startswith(f"Your number is {number}.") for status in spy.status_texts)  # status line
    qtbot.waitUntil(lambda: any(said in text for text in t.spoken_aloud()), timeout=5_000)  # the voice
    ticket = t.window.queue_ticket
    assert ticket is not None
    texts = control(t.url, "GET", f"/outbox?ChallengeId={ticket.ticket_id}").json()["Data"]["Message"]
    assert [(m["Channel"], m["Code"]) for m in texts] == [("SMS", number)]  # sent to the phone on record
    assert t.window.calls_list.count() == 1  # staff still see the call

    called = staff_at_another_desk_calls(t.url, 2)
    assert called["TicketNumber"] == number
    qtbot.waitUntil(
        lambda: t.window.call_banner.text().startswith(f"{number}: please go to desk 2."), timeout=10_000
    )
    qtbot.waitUntil(lambda: f"Number {spelt}: please go to desk 2." in " ".join(spy.texts), timeout=5_000)
    assert next(p for text, p in spy.spoken if text.startswith(f"Number {spelt}")).name == "NOW"
    spoken_count = len(spy.texts)
    qtbot.wait(400)  # several polls later: said once, no repeating, nothing counting down
    assert len(spy.texts) == spoken_count

    tab_to(qtbot, keys, t.window.dismiss_banner_button)  # the banner stays until the customer closes it
    keys.press(Qt.Key.Key_Space)
    assert not t.window.ticket_panel.isVisible()
    assert keys.focused() is t.window.call_button
    keys.press(Qt.Key.Key_F2)  # the same number again, never a second one
    assert t.window.ticket_panel.isVisible()
    assert t.window.ticket_number.text() == number
    qtbot.waitUntil(lambda: spy.texts[-1].startswith(f"Number {spelt}: please go to desk 2."), timeout=5_000)
    print(f"queue ticket {number}: shown, announced, texted; called to desk 2 in {keys.count} keystrokes")


def test_without_the_bank_call_staff_still_works_and_says_no_number(
    qtbot: QtBot, queue_terminal: QueueTerminal
) -> None:
    t, keys = queue_terminal, KeyboardUser(qtbot)
    spy = signed_in_customer(qtbot, t, keys)
    fault = {"Kind": "error", "Status": 500, "Path": "/branch/queue-tickets$", "Method": "POST", "Count": 20}
    assert control(t.url, "POST", "/faults", fault).status_code == 201
    keys.press(Qt.Key.Key_F2)
    assert t.window.call_banner.isVisible()
    assert t.window.calls_list.count() == 1  # staff are called whatever the bank says
    qtbot.waitUntil(lambda: "could not be taken" in t.window.call_banner.text(), timeout=15_000)
    assert not t.window.ticket_number.isVisible()
    assert t.window.call_banner.text() == (
        "Staff have been called, but a queue number could not be taken. "
        "Please stay here: a member of staff will come to you."
    )
    qtbot.waitUntil(
        lambda: any("A queue number could not be taken" in text for text in spy.texts), timeout=5_000
    )


def test_before_sign_in_staff_are_called_and_the_screen_says_how_to_get_a_number(
    qtbot: QtBot, queue_terminal: QueueTerminal
) -> None:
    t, keys = queue_terminal, KeyboardUser(qtbot)
    staff_signs_in_and_hands_over(qtbot, t, keys)
    customer = t.window.customer_window
    assert customer is not None
    wait_for_focus(qtbot, signin_screen(customer).username)
    spy = t.customer_spy()
    keys.press(Qt.Key.Key_F2)
    assert t.window.call_banner.text() == (
        "A member of staff has been called and will come to you. "
        "To also get a queue number by text message, sign in, then press Call staff again."
    )
    assert spy.texts[-1].startswith("A member of staff has been called")
    assert t.window.queue_ticket is None
    assert t.window.calls_list.count() == 1


def test_staff_call_the_next_number_to_their_desk(
    qtbot: QtBot, queue_terminal: QueueTerminal, sandbox_url: str, tmp_path: Path
) -> None:
    t, keys = queue_terminal, KeyboardUser(qtbot)
    from a11y_bank.cli import make_bank

    bank = make_bank(sandbox_url, tmp_path / "alice")
    try:
        bank.sign_in("alice", "Demo-1234")
        waiting = BranchQueue(bank).take_ticket(DEMO_BRANCH)  # a customer waits (taken elsewhere)
    finally:
        bank.close()
    staff_signs_in(qtbot, t, keys)
    assert t.window.call_next_row.isVisible()
    tab_to(qtbot, keys, t.window.desk_number)
    keys.press(Qt.Key.Key_Up)
    keys.press(Qt.Key.Key_Up)
    assert t.window.desk_number.value() == 3
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is t.window.call_next_button
    keys.press(Qt.Key.Key_Space)
    entry = f"Call next: {waiting.number} to desk 3"
    qtbot.waitUntil(lambda: entry in t.staff.texts, timeout=10_000)
    assert t.window.calls_list.item(t.window.calls_list.count() - 1).text() == entry
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Nobody is waiting." in t.staff.texts, timeout=10_000)


def test_take_back_wipes_the_number_from_the_screen(qtbot: QtBot, queue_terminal: QueueTerminal) -> None:
    t, keys = queue_terminal, KeyboardUser(qtbot)
    signed_in_customer(qtbot, t, keys)
    press_f2_and_get_a_number(qtbot, t, keys)
    assert t.window.ticket_poll.isActive()
    t.window.ask_pin = lambda _prompt, on_pin: on_pin(PIN)
    t.window.take_back()
    assert t.window.kiosk.phase is KioskPhase.STAFF
    assert not t.window.ticket_panel.isVisibleTo(t.window)
    assert t.window.ticket_number.text() == ""
    assert t.window.queue_ticket is None
    assert not t.window.ticket_poll.isActive()
    wait_for_wipe(qtbot, t)


@pytest.mark.parametrize("percent", [100, 300])
def test_the_banner_with_a_number_passes_the_audit(
    qtbot: QtBot, queue_terminal: QueueTerminal, theme: Theme, percent: int
) -> None:
    t, keys = queue_terminal, KeyboardUser(qtbot)
    signed_in_customer(qtbot, t, keys)
    press_f2_and_get_a_number(qtbot, t, keys)
    audit_at_text_size(qtbot, t.window, t.window.ticket_panel, theme, percent).assert_ok()
    assert t.window.ticket_panel.accessibleName() == "Your queue number"
    assert t.window.call_banner.focusPolicy() & Qt.FocusPolicy.TabFocus  # it can be reached and re-read
    number_size = t.window.ticket_number.font().pointSizeF()
    text_size = t.window.call_banner.font().pointSizeF()
    assert number_size >= 2.4 * text_size  # the number in large text, growing with the text size
