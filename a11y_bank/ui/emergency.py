"""Emergency actions from every screen (F10): freeze a card, report one lost, ask for help, call the bank.

F10 opens the panel with focus on the list of cards (the first chosen), so a card is frozen in two
key presses (F10, Enter) and the result is read back. Freezing is immediate and reversible (the Cards
screen unfreezes after a one-time code); reporting a card lost is final, so it goes to the Cards
screen, where it needs review and a code like any other card change. "Ask for help" opens the support
chat with the reason as a draft (`draft=` keyword; the chat screen uses it where it supports it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from a11y_bank.a11y.priority import Priority
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.theme import FOCUS_WIDTH_PX

if TYPE_CHECKING:  # api.cards is imported on use: it brings the HTTP client, which a start does not need
    from a11y_bank.api.cards import Card, Cards

EMERGENCY_KEY = "F10"  # F8 and F9 are the chat's (newest message, read it)
EMERGENCY_PHONE = "400 800 0000"
"""The demo bank's 24-hour line for lost cards and fraud (a real deployment sets its own)."""


def _cards(ctx: AppContext) -> Cards:
    from a11y_bank.api.cards import Cards

    return Cards(ctx.bank)


class EmergencyPanel(QDialog):
    """The emergency actions; card buttons appear once the bank has listed the cards."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: dict[str, Card] = {}
        #: Title of the emergency panel (F10).
        self.setWindowTitle(self.tr("Emergency"))
        self.layout_ = QVBoxLayout(self)
        #: Label of the emergency panel's card list; Enter freezes the chosen card at once.
        self.cards_label = QLabel(self.tr("Freeze a card: choose it and press Enter"), self)
        self.card_list = QListWidget(self)
        self.card_list.setAccessibleName(self.cards_label.text())
        self.cards_label.setBuddy(self.card_list)
        self.card_list.itemActivated.connect(self._item_activated)
        self.cards_label.hide()
        self.card_list.hide()
        #: Button in the emergency panel: go to Cards to report a card lost or stolen (needs a code).
        self.report_lost = self._button(self.tr("Report a card lost or stolen"), self._report_lost)
        #: Button in the emergency panel: open the support chat with the reason filled in.
        self.ask_help = self._button(self.tr("Ask for help"), self._ask_help)
        # Created in reading order: Tab follows creation order.
        #: Emergency contact shown and read in the emergency panel; {phone} is the bank's number.
        self.contact = QLabel(
            self.tr("Bank emergency line, day and night: {phone}").format(phone=EMERGENCY_PHONE),
            self,
        )
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.contact.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.contact.setMargin(FOCUS_WIDTH_PX + 1)  # the focus ring is drawn around its text, not over it
        self.contact.setAccessibleName(self.contact.text())
        #: Button that closes the emergency panel.
        self.close_button = self._button(self.tr("Close"), self.reject)
        for widget in (
            self.cards_label,
            self.card_list,
            self.report_lost,
            self.ask_help,
            self.contact,
            self.close_button,
        ):
            self.layout_.addWidget(widget)
        self.signed_in = ctx.bank.session is not None
        self.report_lost.setVisible(self.signed_in)
        if self.signed_in:
            self.ctx.tasks.run(lambda: _cards(ctx).cards(), self._show_cards, self._cards_failed)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAutoDefault(False)  # Enter in the card list freezes; it must not press a button too
        button.clicked.connect(slot)
        return button

    def first_focus(self) -> QWidget:
        return self.ask_help

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_cards(self, cards: list[Card]) -> None:
        from a11y_bank.api.cards import CardStatus

        for card in cards:
            if card.status is CardStatus.ACTIVE:
                self.cards[card.card_id] = card
                item = QListWidgetItem(self._card_text(card), self.card_list)
                item.setData(Qt.ItemDataRole.UserRole, card.card_id)
        if not self.cards:
            return
        self.cards_label.show()
        self.card_list.show()
        self.card_list.setCurrentRow(0)
        # Straight to the cards, unless the user has already moved on.
        if self.isVisible() and self.ask_help.hasFocus():
            self.card_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _card_text(self, card: Card) -> str:
        #: A card in the emergency panel; {name} the card's name, {last4} its last digits spaced out.
        return self.tr("Freeze {name} ending {last4}").format(name=card.name, last4=" ".join(card.last4))

    def _item_activated(self, item: QListWidgetItem) -> None:
        card = self.cards.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if card is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.freeze(card)

    def _cards_failed(self, _exc: BaseException) -> None:
        #: Said when the emergency panel could not list the cards; the phone line still works.
        self._say(self.tr("Your cards could not be listed. Call the emergency line to block a card."))

    def _item_for(self, card_id: str) -> QListWidgetItem | None:
        for row in range(self.card_list.count()):
            item = self.card_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == card_id:
                return item
        return None

    def freeze(self, card: Card) -> None:
        item = self._item_for(card.card_id)
        if item is not None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)  # one freeze at a time per card
        self.ctx.tasks.run(
            lambda: _cards(self.ctx).freeze(card.card_id),
            self._frozen,
            lambda exc: self._freeze_failed(card.card_id, exc),
        )

    def _frozen(self, card: Card) -> None:
        #: Read back after an emergency freeze; {last4} the card's last digits spaced out.
        text = self.tr(
            "Card ending {last4} is frozen. Nobody can use it. To unfreeze it, open Cards; it needs a code."
        ).format(last4=" ".join(card.last4))
        item = self._item_for(card.card_id)
        if item is not None:
            item.setText(text)
        self._say(text, Priority.NOW)

    def _freeze_failed(self, card_id: str, _exc: BaseException) -> None:
        item = self._item_for(card_id)
        if item is not None:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
        #: Said when an emergency freeze failed.
        self._say(self.tr("The card could not be frozen. Call the emergency line now."), Priority.NOW)

    def _report_lost(self) -> None:
        self.accept()
        self.ctx.navigate("cards")
        #: Said on the way to Cards from the emergency panel.
        self._say(self.tr("Choose the card, then Report lost. You will confirm with a code."))

    def _ask_help(self) -> None:
        self.accept()
        #: The chat draft written for the customer when they ask for help from the emergency panel.
        draft = self.tr("I need help urgently with my account or card.")
        self.ctx.navigate("support" if self.signed_in else "help", draft=draft)

    def _say(self, text: str, priority: Priority = Priority.NEXT) -> None:
        self.ctx.announcer.announce(text, priority)


def install_emergency_key(window: QWidget, ctx: AppContext) -> QShortcut:
    """F10 opens the emergency panel from anywhere in `window`."""

    def open_panel() -> None:
        if window.findChild(EmergencyPanel) is not None:
            return
        panel = EmergencyPanel(ctx, window)
        panel.finished.connect(panel.deleteLater)
        panel.open()

    shortcut = QShortcut(QKeySequence(EMERGENCY_KEY), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(open_panel)
    return shortcut
