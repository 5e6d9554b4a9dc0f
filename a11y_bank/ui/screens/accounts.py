"""Accounts: every account with its balance, totals per currency, Enter opens the account's history."""

from __future__ import annotations

import itertools
from typing import ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.bank import Bank
from a11y_bank.domain.money import Money
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.models.accounts import (
    ACCOUNT_ID_ROLE,
    AccountEntry,
    AccountListModel,
    pick_balance,
    totals_by_currency,
)
from a11y_bank.ui.models.money_text import current_locale_name, display_money, spoken_money
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.widgets.fields import label_for, set_label_text

__all__ = ["AccountsScreen", "load_account_entries"]


def load_account_entries(bank: Bank) -> list[AccountEntry]:
    """Accounts with their balances (runs on a worker thread: several requests)."""
    return [
        AccountEntry(account, pick_balance(bank.balances(account.account_id))) for account in bank.accounts()
    ]


def _tab_chain(widgets: list[QWidget]) -> None:
    """Set the tab order to `widgets`, in that order (reading order)."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


class AccountsScreen(Screen):
    """The list of accounts. Each row reads as one sentence; Enter opens its transaction history."""

    section: ClassVar[str] = "accounts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._loading = False
        self._build()
        self.retranslate_ui()
        _tab_chain([self.list_view, self.open_button, self.refresh_button])

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("screenHeading")
        self.model = AccountListModel(current_locale_name(), self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("accountList")
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.activated.connect(self._open_history_at)
        self.list_label = label_for(self.list_view, "", self)

        self.status = QLabel(self)
        self.status.setObjectName("accountsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.totals_box = QGroupBox(self)
        self.totals_box.setObjectName("totals")
        self.totals_label = QLabel(self.totals_box)
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        QVBoxLayout(self.totals_box).addWidget(self.totals_label)

        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openHistory")
        self.open_button.setAutoDefault(True)
        self.open_button.clicked.connect(self._open_current)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshAccounts")
        self.refresh_button.setAutoDefault(True)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)

        # No scroll area here: the main window already puts every screen in one (base.Screen).
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.totals_box)

    def retranslate_ui(self) -> None:
        #: Heading of the accounts screen.
        self.heading.setText(self.tr("Accounts"))
        #: Label of the list of the customer's accounts.
        set_label_text(self.list_label, self.list_view, self.tr("Your accounts"))
        #: Hint read with the accounts list: what Enter does.
        self.list_view.setAccessibleDescription(self.tr("Press Enter to see the account's transactions."))
        #: Title of the box that shows the total balance per currency.
        self.totals_box.setTitle(self.tr("Totals"))
        #: Button that opens the transaction history of the selected account.
        self.open_button.setText(self.tr("Show transactions"))
        #: Button that loads the accounts and balances again.
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.set_locale(current_locale_name())
        self._show_totals()

    def title(self) -> str:
        #: Window title part for the accounts screen.
        return self.tr("Accounts")

    def first_focus(self) -> QWidget:
        return self.list_view

    def on_shown(self, **kwargs: object) -> None:
        self.refresh()

    # --- loading ------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        """Load accounts and balances again (off the GUI thread); announced when it starts and ends."""
        if self._loading:
            return
        self._loading = True
        bank = self.ctx.bank
        #: Shown and spoken while accounts and balances are being loaded.
        progress = self.tr("Loading your accounts.")
        self.status.setText(progress)
        self.ctx.announcer.announce(progress, Priority.NORMAL)
        self._tasks.run(
            lambda: load_account_entries(bank), self._loaded, self._load_failed, progress_text=progress
        )

    def _loaded(self, entries: list[AccountEntry]) -> None:
        self._loading = False
        selected = self._current_account_id()
        self.model.set_entries(entries)
        row = self.model.row_of(selected) if selected else None
        self.list_view.setCurrentIndex(self.model.index(row if row is not None else 0))
        self._show_totals()
        done = self._loaded_text(len(entries))
        self.status.setText(done)
        self.ctx.announcer.announce(join_sentences(done, self._spoken_totals()), Priority.NORMAL)

    def _loaded_text(self, count: int) -> str:
        if count == 0:
            #: Spoken and shown when the customer has no accounts.
            return self.tr("You have no accounts.")
        # Singular spelled out: without a loaded .qm, Qt shows a "%n" source text as written.
        if count == 1:
            #: Spoken and shown after the accounts loaded, when there is exactly one account.
            return self.tr("1 account loaded.")
        #: Spoken and shown after the accounts loaded; %n is how many accounts there are.
        return self.tr("%n accounts loaded.", "", count)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        if not self.show_failure(self.status, error):
            self.refresh_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- totals -------------------------------------------------------------------------------

    def _totals(self) -> list[Money]:
        totals = totals_by_currency(self.model.entries)
        return [Money(amount, currency) for currency, amount in sorted(totals.items())]

    def _show_totals(self) -> None:
        totals = self._totals()
        if not totals:
            #: Shown in the totals box before any balance is known.
            self.totals_label.setText(self.tr("No balances yet."))
            return
        locale = current_locale_name()
        lines = [
            #: One line of the totals box; {currency} the ISO code, {amount} the formatted total.
            self.tr("{currency}: {amount}").format(
                currency=total.currency, amount=display_money(total, locale)
            )
            for total in totals
        ]
        self.totals_label.setText("\n".join(lines))

    def _spoken_totals(self) -> str:
        locale = current_locale_name()
        parts = [spoken_money(total, locale) for total in self._totals()]
        if not parts:
            return ""
        #: Spoken after the accounts loaded; {totals} lists the total per currency in words.
        return self.tr("Total: {totals}.").format(totals=", ".join(parts))

    # --- opening the history ------------------------------------------------------------------

    def _current_account_id(self) -> str | None:
        value = self.list_view.currentIndex().data(ACCOUNT_ID_ROLE)
        return value if isinstance(value, str) else None

    def _open_history_at(self, index: QModelIndex) -> None:
        account_id = index.data(ACCOUNT_ID_ROLE)
        if isinstance(account_id, str):
            self.ctx.navigate("history", account_id=account_id)

    def _open_current(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            self._open_history_at(index)
            return
        #: Spoken when "Show transactions" is pressed but no account is selected.
        self.ctx.announcer.announce(self.tr("Choose an account first."), Priority.NOW)
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
