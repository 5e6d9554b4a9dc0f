"""Session safety: the idle lock and sign-out leave nothing of the account behind.

Signed in to the demo bank, every screen is visited (so every screen, model and cache holds data),
then the app locks on its own idle timer, or signs out. Every widget's text, every item model's data,
the status line and the whole accessible tree are searched for the customer's name, balances and
account numbers: before, they are found (the scan works); after, 0 are found. Unlocking takes the
password, typed on the keyboard into a masked field, and returns to the section the customer was on.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from a11y_bank.credentials.unlock import MAX_ATTEMPTS
from a11y_bank.domain.messages import message, no_translation
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.ui.lock import LOCK, LockScreen
from a11y_bank.ui.screens import available_sections
from tests.gui.conftest import DEMO_PASSWORD
from tests.hardening.account_traces import customer_markers, traces
from tests.hardening.secret_scan import Secrets

SIGNED_IN_SECTIONS = [key for key in available_sections() if key not in ("signin", "enrol")]


def visit_every_screen(qtbot: QtBot, window: Any) -> None:
    for key in SIGNED_IN_SECTIONS:
        window.navigate(key)
        window.ctx.tasks.wait_for_all(15_000)
        qtbot.wait(50)
    window.navigate("accounts")
    window.ctx.tasks.wait_for_all(15_000)
    qtbot.wait(100)


def settle(qtbot: QtBot, window: Any) -> None:
    """Let queued results land and the discarded screens' deferred deletes run."""
    window.ctx.tasks.wait_for_all(15_000)
    qtbot.wait(300)


def markers_of(window: Any) -> Secrets:
    """Read straight from the bank on the test's thread (the facade is thread-safe)."""
    markers = customer_markers(window.ctx.bank)
    assert {"name", "account number", "balance"} <= markers.by_kind.keys()
    return markers


def lock_by_idle_timer(qtbot: QtBot, window: Any) -> None:
    """The real timer, shortened: warns at once, locks 0.4 s later."""
    window.session_timer.set_multiplier(1)
    window.session_timer.set_base(0.4)
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    window.session_timer.set_multiplier(None)


def type_password(window: Any, text: str) -> None:
    screen = window.current_screen()
    assert isinstance(screen, LockScreen)
    field = screen.password
    assert field.echoMode() == QLineEdit.EchoMode.Password
    field.setFocus()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def wrong_password_text(attempts: int) -> str:
    msg = message("lock.wrong_password").render(no_translation, attempts_left=attempts)
    return join_sentences(msg.text, msg.action)  # as under the field (ui.messages.visible_text)


def test_idle_lock_hides_everything_and_the_password_brings_the_user_back(
    qtbot: QtBot, signed_in_window: Any
) -> None:
    window = signed_in_window
    visit_every_screen(qtbot, window)
    window.navigate("history")
    settle(qtbot, window)
    markers = markers_of(window)
    assert traces(markers, window), "the scan finds nothing even while signed in: it cannot prove a wipe"

    lock_by_idle_timer(qtbot, window)
    settle(qtbot, window)

    assert traces(markers, window) == []
    assert window.current_section() == LOCK
    assert not window.nav_panel.isVisible()
    assert window.windowTitle().startswith("Locked")
    spoken = [text for text, _ in window.ctx.announcer.history()]
    assert any(message("lock.locked").render(no_translation).spoken in text for text in spoken)
    window.navigate("accounts")  # nothing but the password leaves the lock page
    assert window.is_locked()

    type_password(window, DEMO_PASSWORD + "x")
    qtbot.waitUntil(lambda: window.current_screen().password_field.error() != "", timeout=5_000)
    screen = window.current_screen()
    assert screen.password_field.error() == wrong_password_text(MAX_ATTEMPTS - 1)
    assert screen.password.hasFocus()
    assert window.is_locked()

    type_password(window, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert window.current_section() == "history"
    assert window.nav_panel.isVisible()
    settle(qtbot, window)
    assert traces(markers, window), "the history screen shows the account again after unlocking"


def test_too_many_wrong_passwords_sign_out(qtbot: QtBot, signed_in_window: Any) -> None:
    window = signed_in_window
    settle(qtbot, window)
    window.lock()
    assert window.is_locked()
    for _ in range(MAX_ATTEMPTS):
        screen = window.current_screen()
        if not isinstance(screen, LockScreen):
            break
        before = window.ctx.announcer.last_text()
        type_password(window, "not-the-password")
        qtbot.waitUntil(lambda b=before: window.ctx.announcer.last_text() != b, timeout=5_000)
    qtbot.waitUntil(lambda: window.current_section() == "signin", timeout=10_000)
    assert window.ctx.bank.session is None
    assert window.ctx.bank.unlock_check is None


def test_sign_out_clears_every_screen_model_cache_and_message(qtbot: QtBot, signed_in_window: Any) -> None:
    window = signed_in_window
    visit_every_screen(qtbot, window)
    markers = markers_of(window)
    assert traces(markers, window)

    window.sign_out()
    qtbot.waitUntil(lambda: window.current_section() == "signin", timeout=10_000)
    settle(qtbot, window)

    assert traces(markers, window) == []
    assert set(window._screens) <= {"signin", LOCK}  # every other screen was deleted with its models
    bank = window.ctx.bank
    assert bank.session is None
    assert bank._accounts is None
    assert bank._access_consent_id is None
    history = " ".join(text for text, _ in window.ctx.announcer.history())
    assert markers.in_text(history, "announcer history") == []


def test_lock_waits_for_money_in_flight(
    qtbot: QtBot, signed_in_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_in_window
    screen = window.current_screen()
    monkeypatch.setattr(screen, "can_leave", lambda: False)
    window.lock()
    assert not window.is_locked()  # its screen must still show the payment's outcome
    monkeypatch.setattr(screen, "can_leave", lambda: True)
    qtbot.waitUntil(window.is_locked, timeout=5_000)


def test_no_shortcut_leaves_the_lock_page(qtbot: QtBot, signed_in_window: Any) -> None:
    window = signed_in_window
    window.lock()
    for keys in ("Ctrl+1", "Ctrl+3", "Alt+1", "Alt+0", "F1", "Escape", "F10"):
        QTest.keySequence(window, keys)
        qtbot.wait(20)
        assert window.is_locked(), keys
    assert not window.emergency_shortcut.isEnabled()


def test_the_customer_can_lock_at_once_by_key_or_button(qtbot: QtBot, signed_in_window: Any) -> None:
    window = signed_in_window
    settle(qtbot, window)
    QTest.keySequence(window, "Ctrl+L")
    assert window.is_locked()
    type_password(window, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert window.current_section() == "accounts"
    assert window.lock_button.accessibleName() == "Lock"
    window.lock_button.click()
    assert window.is_locked()
