"""Accounts screen against the demo bank: spoken rows, totals, keyboard journey into the history."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.api.models import Account
from a11y_bank.app import build_context
from a11y_bank.domain.money import Money
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import render, spoken_text, visible_text
from a11y_bank.ui.models.accounts import AccountEntry, AccountListModel, account_name, totals_by_currency
from a11y_bank.ui.models.money_text import current_locale_name, display_money, spoken_money
from a11y_bank.ui.screens.accounts import AccountsScreen
from a11y_bank.ui.screens.history import HistoryScreen
from tests.gui.audit import audit_at_text_size, audit_screen

SHOP = "acc-lw-shop"


class KeyboardUser:
    """Sends keys only to whatever has keyboard focus, as a person would, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def press(self, key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key)
            self.count += 1


@pytest.fixture
def unreachable_context(qtbot: QtBot, tmp_path: Path, settings: Any) -> Iterator[AppContext]:
    """Services whose bank address has nobody listening (never signed in), torn down on the GUI thread.

    The announcer and task runner are Python-owned QObjects: left to Python's cyclic GC they may be
    freed on a worker thread, which corrupts Qt's timer list; deleteLater() frees them here instead.
    """
    from a11y_bank.cli import make_bank

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    context = build_context(make_bank(url, tmp_path / "data"), settings, SpeechService(SpyBackend()))
    yield context
    context.tasks.wait_for_all(10_000)
    qtbot.wait(1)  # deliver what the workers sent back
    context.bank.close()
    context.announcer.deleteLater()
    context.tasks.deleteLater()
    qtbot.wait(1)


def loaded_accounts(qtbot: QtBot, window: Any) -> AccountsScreen:
    screen = window.screen_for("accounts")
    assert isinstance(screen, AccountsScreen)
    qtbot.waitUntil(lambda: not screen.loading and screen.model.rowCount() > 0, timeout=15_000)
    return screen


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5_000)


def test_each_row_is_one_spoken_sentence_and_reaches_the_accessibility_layer(
    qtbot: QtBot, signed_in_window: Any
) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    model = screen.model
    assert model.rowCount() == 4  # liwei: current, savings, shop, pounds
    locale = current_locale_name()
    view = QAccessible.queryAccessibleInterface(screen.list_view)
    assert view is not None
    assert view.text(QAccessible.Text.Name) == "Your accounts"
    for row in range(model.rowCount()):
        entry = model.entry_at(row)
        assert entry.balance is not None
        sentence = model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
        assert sentence == (
            f"{account_name(entry.account)} ending {entry.account.last4}, "
            f"balance {spoken_money(entry.balance, locale)}"
        )
        assert entry.account.identification not in sentence  # never the full number
        shown = model.index(row).data(Qt.ItemDataRole.DisplayRole)
        assert display_money(entry.balance, locale) in shown
        assert entry.account.masked in shown
        item = view.child(row)
        assert item is not None
        assert item.text(QAccessible.Text.Name) == sentence


def test_totals_are_kept_per_currency(qtbot: QtBot, signed_in_window: Any) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    totals = totals_by_currency(screen.model.entries)
    assert set(totals) == {"CNY", "GBP"}
    text = screen.totals_label.text()
    for currency, amount in totals.items():
        assert f"{currency}: {display_money(Money(amount, currency), current_locale_name())}" in text
    assert screen.totals_box.title() == "Totals"


def test_loading_is_announced_with_count_and_totals(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    announcements.clear()
    focus(qtbot, screen.list_view)
    keys = KeyboardUser(qtbot)
    keys.press(Qt.Key.Key_Tab, times=2)  # list -> Show transactions -> Refresh
    assert keys.focused() is screen.refresh_button
    keys.press(Qt.Key.Key_Space)
    assert ("Loading your accounts.", Priority.NORMAL) in announcements.spoken
    qtbot.waitUntil(
        lambda: any(t.startswith("4 accounts loaded.") for t in announcements.texts), timeout=15_000
    )
    final = next(t for t in announcements.texts if t.startswith("4 accounts loaded."))
    assert "Total:" in final
    assert "yuan" in final
    assert screen.status.text() == "4 accounts loaded."


def test_keyboard_only_journey_from_accounts_to_the_shop_history(
    qtbot: QtBot, signed_in_window: Any, ctx: AppContext, announcements: AnnouncementSpy
) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    focus(qtbot, screen.list_view)
    shop_row = screen.model.row_of(SHOP)
    assert shop_row is not None
    keys = KeyboardUser(qtbot)
    current = screen.list_view.currentIndex().row()
    keys.press(Qt.Key.Key_Down, times=shop_row - current)
    assert screen.list_view.currentIndex().row() == shop_row
    keys.press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: signed_in_window.current_section() == "history", timeout=5_000)
    history = signed_in_window.screen_for("history")
    assert isinstance(history, HistoryScreen)
    qtbot.waitUntil(lambda: history.table_model.rowCount() > 0, timeout=15_000)
    assert history.account.currentData() == SHOP
    assert QApplication.focusWidget() is history.table
    assert any(t.startswith("Loading transactions of") for t in announcements.texts)
    print(f"keystrokes[accounts -> shop history] = {keys.count}")
    assert keys.count == shop_row - current + 1


def test_show_transactions_button_opens_the_selected_account(qtbot: QtBot, signed_in_window: Any) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    focus(qtbot, screen.list_view)
    keys = KeyboardUser(qtbot)
    keys.press(Qt.Key.Key_Down)
    chosen = screen.list_view.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is screen.open_button
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: signed_in_window.current_section() == "history", timeout=5_000)
    history = signed_in_window.screen_for("history")
    assert isinstance(history, HistoryScreen)
    qtbot.waitUntil(lambda: history.account.currentData() == chosen, timeout=15_000)


def test_tab_order_is_reading_order(qtbot: QtBot, signed_in_window: Any) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    assert _next_focusable(screen.list_view) is screen.open_button
    assert _next_focusable(screen.open_button) is screen.refresh_button


def _next_focusable(widget: QWidget) -> QWidget:
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus) or not candidate.isVisible():
        candidate = candidate.nextInFocusChain()
    return candidate


def test_model_without_balances_says_so(qapp: QApplication) -> None:
    account = Account("a", "CNY", "", "SVGS", "Personal", "UK.OBIE.BBAN", "6222020200187654321")
    model = AccountListModel("en")
    model.set_entries([AccountEntry(account, None), AccountEntry(account, Money(Decimal("-5.00"), "CNY"))])
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Savings account ending 4321, balance not available"
    )
    assert model.index(1).data(Qt.ItemDataRole.DisplayRole) == "Savings account •••• 4321: -CN¥5.00"
    assert totals_by_currency(model.entries) == {"CNY": Decimal("-5.00")}


def test_accounts_pass_the_audit(qtbot: QtBot, signed_in_window: Any) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    audit_screen(qtbot, signed_in_window, screen).assert_ok()


def test_accounts_at_300_percent_text(qtbot: QtBot, signed_in_window: Any, theme: Any) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    audit_at_text_size(qtbot, signed_in_window, screen, theme, 300).assert_ok()


def test_a_session_that_is_over_is_said_and_leads_to_sign_in(
    qtbot: QtBot, unreachable_context: AppContext
) -> None:
    context = unreachable_context  # no bank needed: without a session the facade refuses at once
    sections: list[str] = []
    context.navigate = lambda key, **_kwargs: sections.append(key)
    spy = AnnouncementSpy(context.announcer)
    screen = AccountsScreen(context)
    qtbot.add_widget(screen)
    screen.on_shown()
    assert spy.spoken[0] == ("Loading your accounts.", Priority.NORMAL)
    expected = (spoken_text(render("api.auth_expired")), Priority.NOW)
    qtbot.waitUntil(lambda: expected in spy.spoken, timeout=15_000)
    assert sections == ["signin"]
    assert not screen.loading


def test_a_bank_that_stops_answering_is_said_and_focus_goes_to_refresh(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox_url: str
) -> None:
    screen = loaded_accounts(qtbot, signed_in_window)
    faults = f"{sandbox_url}/__sandbox__/faults"
    spec = {"Kind": "drop", "Path": "/accounts", "Method": "GET", "Count": 20}
    assert httpx.post(faults, json=spec).status_code == 201
    try:
        focus(qtbot, screen.list_view)
        keys = KeyboardUser(qtbot)
        keys.press(Qt.Key.Key_Tab, times=2)
        keys.press(Qt.Key.Key_Space)  # Refresh
        qtbot.waitUntil(lambda: not screen.loading, timeout=30_000)
    finally:
        httpx.delete(faults)
    text, priority = announcements.spoken[-1]
    assert priority == Priority.NOW
    assert text == spoken_text(render("api.timeout"))
    assert screen.status.text() == visible_text(render("api.timeout"))
    assert QApplication.focusWidget() is screen.refresh_button
    assert screen.model.rowCount() == 4  # the accounts already shown stay
