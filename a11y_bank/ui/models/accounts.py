"""The customer's accounts as a Qt list model, one row per account, read aloud as a whole sentence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from a11y_bank.api.models import Account, Balance
from a11y_bank.domain.money import Money
from a11y_bank.ui.models.money_text import display_money, spoken_money

__all__ = [
    "ACCOUNT_ID_ROLE",
    "AccountEntry",
    "AccountListModel",
    "account_kind_name",
    "account_label",
    "account_name",
    "pick_balance",
    "totals_by_currency",
]

ACCOUNT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""Item role answering the row's `account_id` (what Enter opens in the history)."""

# Which balance the list shows, best first: interim available (what can be spent), then booked.
_BALANCE_PREFERENCE = ("ITAV", "ITBD", "CLAV", "CLBD", "OPAV", "OPBD")

_AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class AccountEntry:
    """One row: the account and the balance shown for it (None while unknown)."""

    account: Account
    balance: Money | None


def pick_balance(balances: Iterable[Balance]) -> Money | None:
    """The signed balance a person means by "my balance": available before booked; None if none."""
    by_type = {balance.type: balance for balance in balances}
    for balance_type in _BALANCE_PREFERENCE:
        if balance_type in by_type:
            return by_type[balance_type].signed
    first = next(iter(by_type.values()), None)
    return first.signed if first is not None else None


def totals_by_currency(entries: Iterable[AccountEntry]) -> dict[str, Decimal]:
    """Sum of the known balances per currency (yuan and pounds are never added together)."""
    totals: dict[str, Decimal] = {}
    for entry in entries:
        if entry.balance is not None:
            currency = entry.balance.currency
            totals[currency] = totals.get(currency, Decimal(0)) + entry.balance.amount
    return totals


def account_kind_name(kind: str) -> str:
    """The kind of account in words ("Current account")."""
    if kind == "CACC":
        #: Kind of account: a current (checking) account.
        return QCoreApplication.translate("AccountListModel", "Current account")
    if kind == "SVGS":
        #: Kind of account: a savings account.
        return QCoreApplication.translate("AccountListModel", "Savings account")
    #: Kind of account we have no word for.
    return QCoreApplication.translate("AccountListModel", "Account")


def account_name(account: Account) -> str:
    """The name a person knows the account by: "Current account", or "Pounds (Current account)".

    A nickname that only repeats the kind ("Current", "Savings") is not said twice.
    """
    kind = account_kind_name(account.kind)
    nickname = account.nickname.strip()
    if not nickname or kind.casefold().startswith(nickname.casefold()):
        return kind
    #: An account's name: {nickname} the customer's name for it, {kind} e.g. "Current account".
    return QCoreApplication.translate("AccountListModel", "{nickname} ({kind})").format(
        nickname=nickname, kind=kind
    )


def account_label(account: Account) -> str:
    """Name and masked number, for pickers: "Current account •••• 4321"."""
    #: An account in a picker; {name} e.g. "Current account", {masked} e.g. "•••• 4321".
    return QCoreApplication.translate("AccountListModel", "{name} {masked}").format(
        name=account_name(account), masked=account.masked
    )


class AccountListModel(QAbstractListModel):
    """The accounts, for a `QListView`.

    DisplayRole: "Current account •••• 4321 — ¥3,200.50" (money via `format_money`).
    AccessibleTextRole: "Current account ending 4321, balance three thousand two hundred yuan and
    fifty fen" (money via `amount_in_words`).
    """

    def __init__(self, locale_name: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AccountEntry] = []
        self._locale_name = locale_name

    @property
    def entries(self) -> Sequence[AccountEntry]:
        return self._entries

    def set_entries(self, entries: Iterable[AccountEntry]) -> None:
        """Replace the list (a handful of rows: a reset is cheap and correct here)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def set_locale(self, locale_name: str) -> None:
        self._locale_name = locale_name
        if self._entries:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._entries) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
            )

    def entry_at(self, row: int) -> AccountEntry:
        return self._entries[row]

    def row_of(self, account_id: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.account.account_id == account_id:
                return row
        return None

    # --- QAbstractListModel -------------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken_text(entry)
        if role == ACCOUNT_ID_ROLE:
            return entry.account.account_id
        return None

    # --- texts --------------------------------------------------------------------------------

    def account_name(self, account: Account) -> str:
        return account_name(account)

    def display_text(self, entry: AccountEntry) -> str:
        account = entry.account
        if entry.balance is None:
            #: Account list row when the balance is unknown; {name} the account, {masked} its last digits.
            return self.tr("{name} {masked}, balance not available").format(
                name=self.account_name(account), masked=account.masked
            )
        #: Account list row; {name} the account, {masked} "•••• 4321", {balance} the formatted balance.
        return self.tr("{name} {masked}: {balance}").format(
            name=self.account_name(account),
            masked=account.masked,
            balance=display_money(entry.balance, self._locale_name),
        )

    def spoken_text(self, entry: AccountEntry) -> str:
        account = entry.account
        if entry.balance is None:
            #: Account list row read aloud when the balance is unknown; {last4} the last four digits.
            return self.tr("{name} ending {last4}, balance not available").format(
                name=self.account_name(account), last4=account.last4
            )
        #: Account list row read aloud; {last4} the account's last four digits, {balance} in words.
        return self.tr("{name} ending {last4}, balance {balance}").format(
            name=self.account_name(account),
            last4=account.last4,
            balance=spoken_money(entry.balance, self._locale_name),
        )
