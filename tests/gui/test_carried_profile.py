"""The profile that follows the customer, on the desktop: the settings the bank keeps are applied live
after a keyboard sign-in (timed), the desktop's own files are never written meanwhile, sign-out gives
the desktop's own back; a customer with nothing kept changes nothing; an answer that comes after the
session ended is dropped."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.profile import A11yProfile, ProfileStore, export_document
from a11y_bank.api.enrolment import AccessibilityProfile, Security
from a11y_bank.api.preferences import BankPreferences, KeptPreferences
from a11y_bank.settings import Settings
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.theme import Theme
from tests.gui.conftest import open_window
from tests.gui.test_signin import KeyboardUser, signin_screen, wait_for_focus

APPLIED = "Your accessibility settings are applied."
CUSTOMER = A11yProfile(theme="yellow_on_black", verbosity="expert", typing_echo=False, time_multiplier=6)


@pytest.fixture
def kept_for_alice(sandbox_url: str, tmp_path: Path) -> Iterator[None]:
    """alice chose to keep her settings with the bank; afterwards the shared demo bank is as before."""
    from a11y_bank.cli import make_bank

    bank = make_bank(sandbox_url, tmp_path / "home")
    try:
        bank.sign_in("alice", "Demo-1234")
        Security(bank).set_accessibility(AccessibilityProfile(True, ("LARGE_TEXT",)))
        settings = Settings(text_size_percent=250, voice_rate=120)
        BankPreferences(bank).keep(export_document(CUSTOMER, settings))
        yield
    finally:
        Security(bank).set_accessibility(AccessibilityProfile(False, ()))  # removes the kept settings too
        bank.close()


@pytest.fixture
def desktop(ctx: AppContext, tmp_path: Path, theme: Theme) -> Iterator[AppContext]:
    """The desktop's own settings and profile, saved in files the test watches."""
    ctx.settings.text_size_percent = 125
    ctx.save_settings()
    store = ProfileStore(tmp_path / "a11y_profile.json", A11yProfile(theme="dark", verbosity="beginner"))
    store.save()
    ctx.profile = store
    theme.set_text_percent(125)
    theme.set_theme("dark")
    yield ctx
    theme.set_theme("system")


def files(tmp_path: Path) -> tuple[bytes, bytes]:
    return (tmp_path / "s.json").read_bytes(), (tmp_path / "a11y_profile.json").read_bytes()


def sign_in(qtbot: QtBot, window: Any, username: str) -> float:
    """Keyboard sign-in; returns the moment Enter was pressed."""
    keys = KeyboardUser(qtbot)
    wait_for_focus(qtbot, signin_screen(window).username)
    keys.type(username)
    keys.press(Qt.Key.Key_Tab)
    keys.type("Demo-1234")
    pressed = time.perf_counter()
    keys.press(Qt.Key.Key_Return)
    return pressed


def test_kept_settings_apply_at_sign_in_and_the_desktops_come_back_at_sign_out(
    qtbot: QtBot, desktop: AppContext, kept_for_alice: None, tmp_path: Path, theme: Theme
) -> None:
    ctx = desktop
    before = files(tmp_path)
    window = open_window(qtbot, ctx)
    spy = AnnouncementSpy(ctx.announcer)
    applied: list[float] = []
    window.carried_profile.applied.connect(lambda _s: applied.append(time.perf_counter()))
    pressed = sign_in(qtbot, window, "alice")
    qtbot.waitUntil(lambda: bool(applied), timeout=15_000)
    print(f"sign-in to profile applied (desktop) = {(applied[0] - pressed) * 1000:.0f} ms")
    assert theme.text_percent == 250
    assert theme.theme_choice == "yellow_on_black"
    assert ctx.settings.voice_rate == 120
    assert window.self_voice.verbosity == "expert"
    assert window.self_voice.echo is False
    assert window.session_timer.multiplier == 6
    qtbot.waitUntil(lambda: APPLIED in spy.texts, timeout=5_000)

    qtbot.waitUntil(lambda: window.current_section() == "accounts", timeout=15_000)
    # The customer makes text bigger (Ctrl+=): it lasts for the session and is not saved here.
    KeyboardUser(qtbot).press(Qt.Key.Key_Equal, modifier=Qt.KeyboardModifier.ControlModifier)
    assert theme.text_percent > 250
    assert files(tmp_path) == before  # nothing of the customer's written over the desktop's own

    window.sign_out()
    qtbot.waitUntil(lambda: window.current_section() == "signin", timeout=15_000)
    assert theme.text_percent == 125
    assert theme.theme_choice == "dark"
    assert ctx.settings.text_size_percent == 125
    assert ctx.profile is not None
    assert ctx.profile.profile.verbosity == "beginner"
    assert window.self_voice.verbosity == "beginner"
    assert window.session_timer.multiplier is None
    assert spy.texts.count(APPLIED) == 1
    assert files(tmp_path) == before
    ctx.save_settings()  # saving works again, with the desktop's own values
    assert b"125" in files(tmp_path)[0]


def test_a_customer_with_nothing_kept_changes_nothing(
    qtbot: QtBot, desktop: AppContext, tmp_path: Path, theme: Theme
) -> None:
    ctx = desktop
    window = open_window(qtbot, ctx)
    spy = AnnouncementSpy(ctx.announcer)
    sign_in(qtbot, window, "liwei")
    qtbot.waitUntil(lambda: window.current_section() == "accounts", timeout=15_000)
    ctx.tasks.wait_for_all(10_000)
    qtbot.wait(50)  # the fetch's answer is delivered
    assert not window.carried_profile.in_force
    assert (theme.text_percent, theme.theme_choice) == (125, "dark")
    assert APPLIED not in spy.texts
    ctx.settings.text_size_percent = 150
    ctx.save_settings()  # nothing held: the desktop saves as always
    assert b"150" in files(tmp_path)[0]


def test_an_answer_after_sign_out_is_dropped(qtbot: QtBot, desktop: AppContext, theme: Theme) -> None:
    window = open_window(qtbot, desktop)
    carried = window.carried_profile
    carried._session += 1  # as if the session that asked had ended before the answer came
    document = export_document(CUSTOMER, Settings(text_size_percent=300))
    carried._fetched(carried._session - 1, KeptPreferences(document, datetime.now(UTC)))
    assert not carried.in_force
    assert theme.text_percent == 125
