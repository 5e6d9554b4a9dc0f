"""Branch terminal shell: keyboard-only staff sign-in, hand-over, customer sign-in, call staff, take
back with the PIN (the customer's session wiped: 0 bytes left), leaving needs the PIN; audits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.app import build_context
from a11y_bank.kiosk import (
    KIOSK_TIME_MULTIPLIER,
    CustomerSession,
    KioskError,
    KioskPhase,
    KioskSession,
    bank_staff_verifier,
    scan_for_traces,
    start_customer_session,
)
from a11y_bank.settings import Settings
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.kiosk import KioskWindow, PinDialog
from a11y_bank.ui.theme import Theme
from tests.gui.audit import audit_at_text_size
from tests.gui.test_signin import KeyboardUser, signin_screen, wait_for_focus

PIN = "2468"


class Terminal:
    """The kiosk window with what the tests look at: the sessions handed out, the staff announcer."""

    def __init__(self, window: KioskWindow, sessions: list[CustomerSession], staff: AnnouncementSpy) -> None:
        self.window = window
        self.sessions = sessions
        self.staff = staff


@pytest.fixture
def terminal(
    qtbot: QtBot, sandbox_url: str, tmp_path: Path, offline_ctx: AppContext, theme: Theme
) -> Iterator[Terminal]:
    sessions: list[CustomerSession] = []
    contexts: list[AppContext] = []

    def make_customer() -> tuple[AppContext, CustomerSession]:
        session = start_customer_session(sandbox_url, tmp_path / "terminal")
        ctx = build_context(session.bank, Settings(), SpeechService(SpyBackend(), enabled=True), theme=theme)
        sessions.append(session)
        contexts.append(ctx)
        return ctx, session

    kiosk = KioskSession(verify_staff=bank_staff_verifier(sandbox_url))
    window = KioskWindow(kiosk, make_customer, offline_ctx)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    yield Terminal(window, sessions, AnnouncementSpy(offline_ctx.announcer))
    window.kiosk.on_customer_end.clear()  # the fixture tears down; no wipe during teardown
    for ctx in contexts:
        ctx.tasks.wait_for_all(10_000)
    qtbot.wait(1)
    for session in sessions:
        session.bank.close()


def staff_signs_in(qtbot: QtBot, t: Terminal, keys: KeyboardUser) -> None:
    wait_for_focus(qtbot, t.window.staff_user)
    keys.type("staff1")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Staff-1234")
    keys.press(Qt.Key.Key_Tab)
    keys.type(PIN)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: t.window.kiosk.phase is KioskPhase.STAFF, timeout=15_000)
    qtbot.waitUntil(lambda: any("Signed in as staff" in text for text, _ in t.staff.spoken), timeout=5_000)


def staff_signs_in_and_hands_over(qtbot: QtBot, t: Terminal, keys: KeyboardUser) -> None:
    staff_signs_in(qtbot, t, keys)
    wait_for_focus(qtbot, t.window.hand_over_button)
    keys.press(Qt.Key.Key_Space)
    assert t.window.kiosk.phase is KioskPhase.CUSTOMER


def customer_signs_in(qtbot: QtBot, t: Terminal, keys: KeyboardUser) -> None:
    customer = t.window.customer_window
    assert customer is not None
    screen = signin_screen(customer)
    wait_for_focus(qtbot, screen.username)
    keys.type("liwei")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Demo-1234")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: customer.current_section() == "accounts", timeout=15_000)


def test_hand_over_call_staff_and_take_back_leave_no_trace(
    qtbot: QtBot, terminal: Terminal, tmp_path: Path
) -> None:
    t, keys = terminal, KeyboardUser(qtbot)
    staff_signs_in_and_hands_over(qtbot, t, keys)
    customer_signs_in(qtbot, t, keys)
    customer = t.window.customer_window
    assert customer is not None
    assert customer.session_timer.multiplier == KIOSK_TIME_MULTIPLIER  # longer time limits
    assert not customer.quit_button.isVisible()  # only staff can leave
    session = t.sessions[-1]
    markers = ["liwei", "Li Wei", session.bank.client.tokens.access() or "", "acc-lw-cur"]
    customer_spy = AnnouncementSpy(customer.ctx.announcer)

    keys.press(Qt.Key.Key_F2)  # call staff, from wherever the customer is
    assert t.window.call_banner.isVisible()
    qtbot.waitUntil(
        lambda: any("member of staff has been called" in x for x in customer_spy.texts), timeout=5_000
    )
    assert t.window.calls_list.count() == 1  # the staff side sees the call
    QGuiApplication.clipboard().setText("Li Wei acc-lw-cur")

    t.window.take_back_button.setFocus()
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PinDialog), timeout=5_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PinDialog)
    wait_for_focus(qtbot, dialog.field)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    keys.type(PIN)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: t.window.kiosk.phase is KioskPhase.STAFF, timeout=5_000)

    assert t.window.customer_window is None
    assert session.store.keys() == frozenset()
    assert t.window.last_wipe_secrets_left == 0
    assert QGuiApplication.clipboard().text() == ""
    assert scan_for_traces([tmp_path / "terminal"], markers) == {}
    assert not (tmp_path / "terminal" / "customer-session").exists()
    assert t.window.calls_list.count() == 0
    print(f"keystrokes[kiosk hand-over] = {keys.count}")


def test_customer_sign_out_wipes_and_a_fresh_app_waits_for_the_next(qtbot: QtBot, terminal: Terminal) -> None:
    t, keys = terminal, KeyboardUser(qtbot)
    staff_signs_in_and_hands_over(qtbot, t, keys)
    customer_signs_in(qtbot, t, keys)
    first = t.window.customer_window
    assert first is not None
    first.sign_out()
    qtbot.waitUntil(lambda: t.window.customer_window not in (None, first), timeout=10_000)
    assert t.sessions[0].store.keys() == frozenset()
    assert t.window.kiosk.phase is KioskPhase.CUSTOMER  # still handed over: the next customer signs in
    second = t.window.customer_window
    assert second is not None
    assert second.current_section() == "signin"


def test_the_terminal_closes_only_with_the_staff_pin(qtbot: QtBot, terminal: Terminal) -> None:
    t = terminal
    staff_signs_in_and_hands_over(qtbot, t, KeyboardUser(qtbot))
    asked: list[Any] = []
    t.window.ask_pin = lambda prompt, on_pin: asked.append(on_pin)
    t.window.close()
    assert t.window.isVisible()
    assert len(asked) == 1
    asked[0]("1111")
    assert t.window.isVisible()
    qtbot.waitUntil(lambda: any("Wrong PIN" in text for text, _ in t.staff.spoken), timeout=5_000)
    asked[0](PIN)
    assert not t.window.isVisible()
    assert t.window.kiosk.phase is KioskPhase.CUSTOMER
    assert t.sessions[-1].store.keys() == frozenset()


def test_a_customer_account_cannot_sign_in_as_staff(qtbot: QtBot, terminal: Terminal) -> None:
    t = terminal
    t.window.staff_user.setText("liwei")
    t.window.staff_password.setText("Demo-1234")
    t.window.staff_pin.setText(PIN)
    t.window.staff_sign_in_button.click()
    qtbot.waitUntil(lambda: any("not a staff account" in s for s, _ in t.staff.spoken), timeout=15_000)
    assert t.window.kiosk.phase is KioskPhase.LOCKED
    assert t.window.staff_password.text() == ""
    assert t.window.staff_pin.text() == ""
    with pytest.raises(KioskError):
        t.window.kiosk.hand_over()


def current_page(t: Terminal) -> QWidget:
    page = t.window.pages.currentWidget()
    assert page is not None
    return page


@pytest.mark.parametrize("percent", [100, 300])
def test_every_terminal_page_passes_the_audit(
    qtbot: QtBot, terminal: Terminal, theme: Theme, percent: int
) -> None:
    t = terminal
    audit_at_text_size(qtbot, t.window, current_page(t), theme, percent).assert_ok()
    staff_signs_in(qtbot, t, KeyboardUser(qtbot))
    audit_at_text_size(qtbot, t.window, current_page(t), theme, percent).assert_ok()
    t.window.hand_over()
    audit_at_text_size(qtbot, t.window, t.window.customer_bar, theme, percent).assert_ok()


def test_tab_reaches_the_terminal_bar_from_the_customer_app(qtbot: QtBot, terminal: Terminal) -> None:
    t, keys = terminal, KeyboardUser(qtbot)
    staff_signs_in_and_hands_over(qtbot, t, keys)
    customer = t.window.customer_window
    assert customer is not None
    wait_for_focus(qtbot, signin_screen(customer).username)
    seen = []
    for _ in range(30):
        keys.press(Qt.Key.Key_Tab)
        seen.append(keys.focused())
    assert t.window.call_button in seen
    assert t.window.take_back_button in seen
    assert signin_screen(customer).username in seen  # and on round into the app again
