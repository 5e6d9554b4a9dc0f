"""Branch terminal shell: keyboard-only staff sign-in, hand-over, customer sign-in, call staff, take
back with the PIN (the customer's session wiped: 0 bytes left), leaving needs the PIN; audits."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.profile import A11yProfile, export_document
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.api.enrolment import AccessibilityProfile, Security
from a11y_bank.api.preferences import BankPreferences
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


def wait_for_wipe(qtbot: QtBot, t: Terminal) -> None:
    """The bank call and the files are wiped on a worker thread; the report comes back here."""
    qtbot.waitUntil(lambda: t.window.wipes_in_progress == 0, timeout=15_000)
    assert t.window.last_wipe_secrets_left == 0


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


def customer_signs_in(qtbot: QtBot, t: Terminal, keys: KeyboardUser, username: str = "liwei") -> None:
    customer = t.window.customer_window
    assert customer is not None
    screen = signin_screen(customer)
    wait_for_focus(qtbot, screen.username)
    keys.type(username)
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
    wait_for_wipe(qtbot, t)

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
    wait_for_wipe(qtbot, t)
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


def test_take_back_signs_out_on_a_worker_and_finishes_on_the_gui_thread(
    qtbot: QtBot, terminal: Terminal
) -> None:
    t, keys = terminal, KeyboardUser(qtbot)
    staff_signs_in_and_hands_over(qtbot, t, keys)
    customer_signs_in(qtbot, t, keys)
    session = t.sessions[-1]
    sign_out_threads: list[bool] = []
    report_threads: list[bool] = []
    real_sign_out = session.bank.client.sign_out

    def recording_sign_out() -> None:
        sign_out_threads.append(threading.current_thread() is threading.main_thread())
        real_sign_out()

    session.bank.client.sign_out = recording_sign_out  # type: ignore[method-assign]
    t.window.wiped.connect(lambda _report: report_threads.append(is_gui_thread()))
    t.window.ask_pin = lambda _prompt, on_pin: on_pin(PIN)
    t.window.take_back()
    assert t.window.kiosk.phase is KioskPhase.STAFF  # at once: the GUI never waits for the bank
    assert t.window.customer_window is None
    wait_for_wipe(qtbot, t)
    assert sign_out_threads == [False]  # the bank call ran on a worker thread
    assert report_threads == [True]  # the report and what follows it, on the GUI thread
    qtbot.waitUntil(lambda: any("Terminal back with staff" in s for s, _ in t.staff.spoken), timeout=5_000)


def is_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def test_f2_is_in_the_shortcut_table_help_lists() -> None:
    from a11y_bank.ui.kiosk import CALL_STAFF_KEY
    from a11y_bank.ui.shortcuts import MORE_SHORTCUTS, shortcut_for

    assert CALL_STAFF_KEY == "F2"
    assert shortcut_for("call_staff") in MORE_SHORTCUTS
    assert shortcut_for("emergency").keys == ("F10",)


CARRIED = A11yProfile(theme="yellow_on_black", verbosity="expert", time_multiplier=5)
TERMINAL_THEME = "high_contrast_light"


def keep_at_bank(sandbox_url: str, data_dir: Path, username: str, profile: A11yProfile, text: int) -> None:
    """The customer chose to keep their settings with the bank (at home, earlier)."""
    from a11y_bank.cli import make_bank

    bank = make_bank(sandbox_url, data_dir)
    try:
        bank.sign_in(username, "Demo-1234")
        Security(bank).set_accessibility(AccessibilityProfile(True, ("LARGE_TEXT",)))
        BankPreferences(bank).keep(export_document(profile, Settings(text_size_percent=text)))
        bank.sign_out()
    finally:
        bank.close()


def forget_at_bank(sandbox_url: str, data_dir: Path, username: str) -> None:
    """Opting out removes the kept preferences too: the shared demo bank is as before."""
    from a11y_bank.cli import make_bank

    bank = make_bank(sandbox_url, data_dir)
    try:
        bank.sign_in(username, "Demo-1234")
        Security(bank).set_accessibility(AccessibilityProfile(False, ()))
        assert BankPreferences(bank).get() is None
        bank.sign_out()
    finally:
        bank.close()


def test_the_customers_kept_profile_applies_at_the_terminal_and_leaves_with_them(
    qtbot: QtBot, terminal: Terminal, sandbox_url: str, tmp_path: Path, theme: Theme, offline_ctx: AppContext
) -> None:
    t, keys = terminal, KeyboardUser(qtbot)
    assert offline_ctx.profile is not None
    offline_ctx.profile.update(theme=TERMINAL_THEME)  # the terminal's own profile
    theme.set_theme(TERMINAL_THEME)
    keep_at_bank(sandbox_url, tmp_path / "home", "alice", CARRIED, 200)
    try:
        staff_signs_in_and_hands_over(qtbot, t, keys)
        customer = t.window.customer_window
        assert customer is not None
        applied: list[float] = []
        customer.carried_profile.applied.connect(lambda _s: applied.append(time.perf_counter()))
        spy = AnnouncementSpy(customer.ctx.announcer)
        screen = signin_screen(customer)
        wait_for_focus(qtbot, screen.username)
        keys.type("alice")
        keys.press(Qt.Key.Key_Tab)
        keys.type("Demo-1234")
        pressed = time.perf_counter()
        keys.press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(applied), timeout=15_000)
        print(f"sign-in to profile applied (kiosk) = {(applied[0] - pressed) * 1000:.0f} ms")
        assert theme.text_percent == 200
        assert theme.theme_choice == "yellow_on_black"
        assert (
            customer.session_timer.multiplier == 5
        )  # the customer's own limit is longer than the terminal's
        assert customer.self_voice.verbosity == "expert"
        qtbot.waitUntil(lambda: "Your accessibility settings are applied." in spy.texts, timeout=5_000)
        assert spy.texts.count("Your accessibility settings are applied.") == 1

        qtbot.waitUntil(lambda: customer.current_section() == "accounts", timeout=15_000)
        customer.sign_out_button.setFocus()
        keys.press(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: t.window.customer_window not in (None, customer), timeout=15_000)
        wait_for_wipe(qtbot, t)
        assert theme.text_percent == 100  # the terminal's own again
        assert theme.theme_choice == TERMINAL_THEME
        assert offline_ctx.profile.profile.theme == TERMINAL_THEME
        nxt = t.window.customer_window
        assert nxt is not None
        assert nxt.session_timer.multiplier == KIOSK_TIME_MULTIPLIER
        markers = ["alice", "Alice Chen", "yellow_on_black", "cust-alice"]
        assert scan_for_traces([tmp_path / "terminal"], markers) == {}
        scanned = [f for f in (tmp_path / "terminal").rglob("*") if f.is_file()]
        print(f"privacy scan after a carried profile: {len(markers)} markers, {len(scanned)} files, 0 bytes")
    finally:
        forget_at_bank(sandbox_url, tmp_path / "home", "alice")
        theme.set_theme("system")
