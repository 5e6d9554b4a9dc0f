"""Products screen against the demo bank: readable, read-only holdings reached by keyboard only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.api.models import Account, Product
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.models.accounts import account_label
from a11y_bank.ui.screens.products import Holding, ProductsScreen, product_terms
from tests.gui.audit import audit_at_text_size, audit_screen


class KeyboardUser:
    """Sends keys only to whatever has keyboard focus, as a person would, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, times: int = 1, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifier)
            self.count += 1


def products_by_keyboard(qtbot: QtBot, window: Any, keys: KeyboardUser) -> ProductsScreen:
    """Open Products with its section shortcut from wherever focus is."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    shortcut = window.key_sequence_for("section:products")[0]
    combo = shortcut[0]
    keys.press(combo.key(), modifier=combo.keyboardModifiers())
    qtbot.waitUntil(lambda: window.current_section() == "products", timeout=5_000)
    screen = window.screen_for("products")
    assert isinstance(screen, ProductsScreen)
    qtbot.waitUntil(lambda: len(screen.holdings) > 0, timeout=15_000)
    return screen


def test_keyboard_only_journey_reads_every_holding(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    keys = KeyboardUser(qtbot)
    screen = products_by_keyboard(qtbot, signed_in_window, keys)
    text = screen.document.toPlainText()
    assert len(screen.holdings) == 4
    for holding in screen.holdings:
        assert account_label(holding.account) in text
        assert holding.product is not None
        assert f"Product: {holding.product.name}" in text
        assert holding.account.identification not in text  # only masked numbers
    # The savings account's product is the bank's own kind: its name and terms come from the bank.
    assert "Type: Time deposit" in text
    assert "Terms: Fixed term deposit, 1 year, 1.45% a year" in text
    assert ("Products of 4 accounts shown.", Priority.NORMAL) in announcements.spoken
    assert keys.focused() is screen.document

    # Read-only, and Tab leaves the text for the Refresh button (no Tab trap).
    before = screen.document.toPlainText()
    keys.press(Qt.Key.Key_X)
    assert screen.document.toPlainText() == before
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is screen.refresh_button
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: announcements.texts.count("Products of 4 accounts shown.") == 2, timeout=15_000)
    print(f"keystrokes[products: open, refresh] = {keys.count}")


def test_the_text_is_named_and_readable_by_caret(qtbot: QtBot, signed_in_window: Any) -> None:
    keys = KeyboardUser(qtbot)
    screen = products_by_keyboard(qtbot, signed_in_window, keys)
    iface = QAccessible.queryAccessibleInterface(screen.document)
    assert iface is not None
    assert iface.text(QAccessible.Text.Name) == "Your products"
    assert screen.document.isReadOnly()
    assert screen.document.tabChangesFocus()
    flags = screen.document.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # A heading per account (visual structure) and one "Label: value" line per fact (read by line).
    assert screen.document.toHtml().count("<h2") == 4


def test_products_pass_the_audit(qtbot: QtBot, signed_in_window: Any, ctx: AppContext) -> None:
    keys = KeyboardUser(qtbot)
    screen = products_by_keyboard(qtbot, signed_in_window, keys)
    audit_screen(qtbot, signed_in_window, screen).assert_ok()


def test_products_at_300_percent_text(qtbot: QtBot, signed_in_window: Any, theme: Any) -> None:
    keys = KeyboardUser(qtbot)
    screen = products_by_keyboard(qtbot, signed_in_window, keys)
    audit_at_text_size(qtbot, signed_in_window, screen, theme, 300).assert_ok()


def test_terms_of_a_product_the_bank_describes_are_shown(qtbot: QtBot, offline_ctx: AppContext) -> None:
    screen = ProductsScreen(offline_ctx)
    qtbot.add_widget(screen)
    account = Account("acc-1", "CNY", "Savings", "SVGS", "Personal", "UK.OBIE.BBAN", "6222020200187654321")
    product = Product(
        "acc-1",
        "prod-td",
        "One-Year Time Deposit",
        "Other",
        "Time deposit",
        "Fixed term, 1 year, 1.45% a year",
    )
    assert product_terms(product) == ("Time deposit", "Fixed term, 1 year, 1.45% a year")
    screen._loaded([Holding(account, product), Holding(account, None)])
    text = screen.document.toPlainText()
    assert "Savings account •••• 4321" in text
    assert "Type: Time deposit" in text
    assert "Terms: Fixed term, 1 year, 1.45% a year" in text
    assert "No product information for this account." in text
    assert screen.status.text() == "Products of 2 accounts shown."


def test_a_product_without_terms_shows_no_empty_terms_line(qtbot: QtBot, offline_ctx: AppContext) -> None:
    screen = ProductsScreen(offline_ctx)
    qtbot.add_widget(screen)
    account = Account("acc-2", "CNY", "", "CACC", "Personal", "UK.OBIE.BBAN", "6222020200112345678")
    screen._loaded([Holding(account, Product("acc-2", "prod-current", "Everyday", "PersonalCurrentAccount"))])
    text = screen.document.toPlainText()
    assert "Type: Personal current account" in text
    assert "Terms" not in text
    assert screen.status.text() == "Products of 1 account shown."
