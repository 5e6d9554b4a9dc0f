"""Emergency actions (F10) from any screen: freeze a card in two key presses with the result read back,
report lost goes through Cards (with a code), ask for help, the emergency line; audits at 100/300 %."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.api.cards import CardAction, Cards, CardStatus
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.emergency import EMERGENCY_PHONE, EmergencyPanel
from a11y_bank.ui.theme import Theme
from tests.gui.audit import audit_at_text_size
from tests.gui.conftest import sign_in_on_worker
from tests.gui.test_signin import KeyboardUser

USER = ("alice", "Demo-1234")  # the customer with cards (as in test_cards)


def sign_in(qtbot: QtBot, window: Any, ctx: AppContext) -> None:
    sign_in_on_worker(qtbot, ctx, *USER)
    window.navigate("accounts")


def open_panel(qtbot: QtBot, keys: KeyboardUser) -> EmergencyPanel:
    keys.press(Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EmergencyPanel), timeout=5_000)
    panel = QApplication.activeModalWidget()
    assert isinstance(panel, EmergencyPanel)
    return panel


def unfreeze(ctx: AppContext, sandbox_url: str, card_id: str) -> None:
    """Put the shared demo bank back as the other tests expect it (unfreezing needs a code)."""
    cards = Cards(ctx.bank)
    consent = cards.prepare_action(card_id, CardAction.UNFREEZE)
    challenge = cards.send_code(consent)
    outbox = httpx.get(
        f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": challenge.challenge_id}, timeout=5
    )
    cards.confirm_code(challenge, outbox.json()["Data"]["Message"][-1]["Code"])
    cards.execute_action(consent)


def test_f8_then_enter_freezes_a_card_and_reads_it_back(
    qtbot: QtBot, main_window: Any, ctx: AppContext, announcements: AnnouncementSpy, sandbox_url: str
) -> None:
    sign_in(qtbot, main_window, ctx)
    keys = KeyboardUser(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    keys.count = 0
    panel = open_panel(qtbot, keys)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=15_000)
    card_id = next(iter(panel.cards))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.card_list, timeout=5_000)
    keys.press(Qt.Key.Key_Return)
    try:
        qtbot.waitUntil(lambda: any("is frozen" in t for t in announcements.texts), timeout=15_000)
        assert keys.count == 2  # within 3 key presses, from any screen
        assert Cards(ctx.bank).card(card_id).status is CardStatus.FROZEN
        assert "unfreeze" in panel.card_list.item(0).text()
    finally:
        unfreeze(ctx, sandbox_url, card_id)
    assert Cards(ctx.bank).card(card_id).status is CardStatus.ACTIVE


def test_report_lost_goes_to_cards_and_help_to_the_chat_with_a_draft(
    qtbot: QtBot, main_window: Any, ctx: AppContext
) -> None:
    sign_in(qtbot, main_window, ctx)
    keys = KeyboardUser(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    panel = open_panel(qtbot, keys)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=15_000)
    panel.report_lost.setFocus()
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: main_window.current_section() == "cards", timeout=5_000)
    seen: list[tuple[str, dict[str, object]]] = []
    ctx.navigate = lambda key, **kwargs: seen.append((key, kwargs))
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    panel = open_panel(qtbot, keys)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=15_000)
    panel.ask_help.setFocus()
    keys.press(Qt.Key.Key_Space)
    assert seen[-1][0] == "support"
    assert "help" in str(seen[-1][1]["draft"])


def test_before_sign_in_the_panel_offers_help_and_the_phone_line(qtbot: QtBot, main_window: Any) -> None:
    keys = KeyboardUser(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    panel = open_panel(qtbot, keys)
    assert not panel.report_lost.isVisible()
    assert panel.cards == {}
    assert EMERGENCY_PHONE in panel.contact.accessibleName()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.ask_help, timeout=5_000)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: main_window.current_section() == "help", timeout=5_000)


@pytest.mark.parametrize("percent", [100, 300])
def test_panel_audit(qtbot: QtBot, main_window: Any, ctx: AppContext, theme: Theme, percent: int) -> None:
    sign_in(qtbot, main_window, ctx)
    keys = KeyboardUser(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    panel = open_panel(qtbot, keys)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=15_000)
    audit_at_text_size(qtbot, panel, panel, theme, percent).assert_ok()
    panel.reject()
