"""Enrolment's "keep my settings" step, against the demo bank: a customer who made the text bigger and
turned high contrast on before enrolling keeps those settings with the bank by keyboard alone (yes by
default once they opt in to the accessibility profile), and a new sign-in on a fresh data directory gets
them. alice is enrolled again with the demo password afterwards (which also forgets the kept settings).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import A11yProfile, ProfileStore
from a11y_bank.api.preferences import BankPreferences
from a11y_bank.settings import Settings
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.enrol import EnrolScreen
from a11y_bank.ui.theme import Theme
from a11y_bank.ui.widgets.enrol_keep_settings import keep_with_bank
from tests.gui.audit import audit_at_text_size
from tests.gui.conftest import open_window, show_as_page
from tests.gui.test_enrol import focused, press, restore_alice, tab_to, type_into
from tests.gui.test_signin import KeyboardUser, signin_screen, wait_for_focus

NEW_PASSWORD = "Tea at 4 every day"
KEPT = "Your settings are kept with the bank"
ALICE_ACCOUNT = "6217000010023456789"
ALICE_ID = "310101199202022345"


@pytest.fixture
def set_up_before_enrolling(ctx: AppContext, theme: Theme) -> Iterator[AppContext]:
    """The customer made the text bigger, turned voice and high contrast on and chose yellow on black."""
    ctx.settings.text_size_percent = 150
    ctx.settings.high_contrast = True
    ctx.settings.voice_enabled = True
    ctx.profile = ProfileStore(None, A11yProfile(theme="yellow_on_black"))
    yield ctx
    theme.set_text_percent(100)
    theme.set_high_contrast(False)
    theme.set_theme("system")


@pytest.fixture
def screen(qtbot: QtBot, set_up_before_enrolling: AppContext) -> Iterator[EnrolScreen]:
    widget = EnrolScreen(set_up_before_enrolling)
    page = show_as_page(qtbot, widget)
    widget.first_focus().setFocus()
    yield widget
    page.close()


def reach_the_details_page(qtbot: QtBot, screen: EnrolScreen, sandbox_url: str) -> None:
    type_into(qtbot, screen.account_edit, ALICE_ACCOUNT)
    type_into(qtbot, screen.document_edit, ALICE_ID)
    tab_to(qtbot, screen.send_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused() is screen.rules_text, timeout=10_000)
    assert screen._started is not None
    outbox = httpx.get(
        f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": screen._started.enrolment_id}
    )
    type_into(qtbot, screen.code_edit, outbox.json()["Data"]["Message"][-1]["Code"])
    type_into(qtbot, screen.password_edit, NEW_PASSWORD)


def test_the_choice_waits_for_the_opt_in_and_then_says_yes(screen: EnrolScreen) -> None:
    choice = screen.keep_settings
    keep = choice.check
    assert keep.accessibleName() == "Keep my settings with the bank"
    assert "Text size 150 percent, voice on, high contrast on." in keep.accessibleDescription()
    assert keep.accessibleDescription() == choice.explained.text()  # what a sighted customer reads
    assert not keep.isEnabled()
    assert not keep.isChecked()  # no greyed tick while it cannot apply
    assert choice.document() is None
    screen.opt_in.setChecked(True)
    assert keep.isEnabled()
    assert keep.isChecked()  # yes by default
    document = choice.document()
    assert document is not None
    assert document["settings"]["text_size_percent"] == 150
    assert document["profile"]["theme"] == "yellow_on_black"
    keep.setChecked(False)  # the customer says no ...
    screen.opt_in.setChecked(False)
    screen.opt_in.setChecked(True)
    assert not keep.isChecked()  # ... and that answer stays when the profile is switched off and on
    assert choice.document() is None


def test_the_description_follows_a_text_size_change_when_focus_arrives(
    qtbot: QtBot, screen: EnrolScreen, ctx: AppContext
) -> None:
    screen.opt_in.setChecked(True)
    ctx.settings.text_size_percent = 175  # Ctrl+plus on the way
    screen.pages.setCurrentIndex(1)
    screen.keep_settings.check.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is screen.keep_settings.check, timeout=2_000)
    assert "Text size 175 percent" in screen.keep_settings.check.accessibleDescription()


def test_the_details_page_with_the_choice_passes_the_audit_at_300_percent(
    qtbot: QtBot, screen: EnrolScreen, theme: Theme, sandbox_url: str
) -> None:
    reach_the_details_page(qtbot, screen, sandbox_url)  # the real page: the rules shown and named
    screen.opt_in.setChecked(True)
    report = audit_at_text_size(qtbot, screen.window(), screen, theme, 300)
    report.assert_ok()
    assert screen.keep_settings.check.isVisibleTo(screen)


def test_settings_kept_at_enrolment_follow_the_customer_to_a_fresh_data_dir(
    qtbot: QtBot,
    screen: EnrolScreen,
    sandbox_url: str,
    announcements: AnnouncementSpy,
    ctx: AppContext,
    theme: Theme,
    tmp_path: Path,
) -> None:
    try:
        reach_the_details_page(qtbot, screen, sandbox_url)
        tab_to(qtbot, screen.opt_in)
        press(qtbot, Qt.Key.Key_Space)
        tab_to(qtbot, screen.keep_settings.check)  # reached by Tab, already ticked: nothing to press
        assert screen.keep_settings.check.isChecked()
        tab_to(qtbot, screen.enrol_button)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: KEPT in screen.done_text.text(), timeout=15_000)
        assert focused() is screen.done_text
        assert KEPT in screen.done_text.accessibleName()
        # Said after "You are enrolled ..." (NOW), which holds a NEXT message back for a moment.
        qtbot.waitUntil(lambda: any(KEPT in t for t in announcements.texts), timeout=5_000)
        assert [(t, p) for t, p in announcements.spoken if KEPT in t] == [
            ("Your settings are kept with the bank: they are used wherever you sign in.", Priority.NEXT)
        ]
        assert ctx.bank.session is None  # the sign-in that kept them was ended at once
        signed_in_elsewhere(qtbot, sandbox_url, tmp_path / "fresh", theme)
    finally:
        restore_alice(sandbox_url)


def signed_in_elsewhere(qtbot: QtBot, sandbox_url: str, data_dir: Path, theme: Theme) -> None:
    """A new app on an empty data dir: the keyboard sign-in applies what enrolment kept."""
    from a11y_bank.a11y.speech import SpeechService, SpyBackend
    from a11y_bank.app import build_context
    from a11y_bank.cli import make_bank

    bank = make_bank(sandbox_url, data_dir)
    fresh = build_context(bank, Settings(), SpeechService(SpyBackend()), theme=theme)
    fresh.profile = ProfileStore(None)
    theme.set_text_percent(100)
    theme.set_high_contrast(False)
    try:
        window = open_window(qtbot, fresh)
        applied: list[float] = []
        window.carried_profile.applied.connect(applied.append)
        keys = KeyboardUser(qtbot)
        wait_for_focus(qtbot, signin_screen(window).username)
        keys.type("alice")
        keys.press(Qt.Key.Key_Tab)
        keys.type(NEW_PASSWORD)
        keys.press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(applied), timeout=15_000)
        assert theme.text_percent == 150
        assert fresh.settings.high_contrast is True
        assert fresh.settings.voice_enabled is True
        assert theme.theme_choice == "yellow_on_black"
        window.sign_out()
        qtbot.waitUntil(lambda: window.current_section() == "signin", timeout=15_000)
    finally:
        fresh.tasks.wait_for_all(10_000)
        qtbot.wait(1)
        bank.close()


def test_a_refused_sign_in_keeps_nothing_and_leaves_no_session(ctx: AppContext, qtbot: QtBot) -> None:
    """Keeping fails (here: a wrong password) -> False, the enrolment's caller tells the customer."""
    done: list[object] = []
    document = {"kind": "x", "profile": {}, "settings": {}}
    ctx.tasks.run(
        lambda: keep_with_bank(ctx.bank, "alice", "not-her-password", document), done.append, done.append
    )
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == [False]
    assert ctx.bank.session is None


def test_kept_settings_are_at_the_bank_only_while_opted_in(sandbox_url: str, tmp_path: Path) -> None:
    """Re-enrolling without the opt-in (what the tests' clean-up does) leaves nothing kept."""
    from a11y_bank.cli import make_bank

    restore_alice(sandbox_url)
    bank = make_bank(sandbox_url, tmp_path / "check")
    try:
        bank.sign_in("alice", "Demo-1234")
        assert BankPreferences(bank).get() is None
    finally:
        bank.sign_out()
        bank.close()
