"""What a locked or signed-out window must no longer hold: the customer's name, balances and account
digits, searched in every widget's text, every item model's data and the accessible tree."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from a11y_bank.api.bank import Bank
from tests.hardening.secret_scan import Secrets, accessible_texts

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.UserRole,
)
_MAX_ROWS = 2_000  # a history model is lazy; its fetched rows are what memory holds


def customer_markers(bank: Bank) -> Secrets:
    """The signed-in customer's name, every balance amount (plain and grouped) and account number
    (full and masked), read from the bank; call it while signed in."""
    markers = Secrets()
    session = bank.session
    assert session is not None, "sign in first"
    markers.add("name", session.display_name)
    for account in bank.accounts():
        markers.add("account number", account.identification)
        markers.add("account number", account.masked)
        for balance in bank.balances(account.account_id):
            amount: Decimal = balance.amount.amount
            if amount >= 10:  # "0.00" or "5.00" would match unrelated text
                markers.add("balance", f"{amount:.2f}")
                markers.add("balance", f"{amount:,.2f}")
    return markers


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the visible and hidden text of every widget under `root`, its accessible
    name and description, and the data of every item model behind a view or combo box."""
    for widget in (root, *root.findChildren(QWidget)):
        where = widget.objectName() or type(widget).__name__
        for text in (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()):
            if text:
                yield where, text
        yield from _own_text(widget, where)
        model = _model_of(widget)
        if model is not None:
            yield from _model_texts(model, QModelIndex(), f"{where} model", depth=0)


def _own_text(widget: QWidget, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
        yield where, widget.text()
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield where, widget.toPlainText()


def _model_of(widget: QWidget) -> QAbstractItemModel | None:
    if isinstance(widget, (QAbstractItemView, QComboBox)):
        return widget.model()
    return None


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex, where: str, depth: int
) -> Iterator[tuple[str, str]]:
    if depth > 4:
        return
    flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))  # their child counts are private
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(min(model.rowCount(parent), _MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield where, str(value)
            if column == 0 and not flat and model.hasChildren(index):
                yield from _model_texts(model, index, where, depth + 1)


def traces(markers: Secrets, window: QWidget) -> list[str]:
    """Each (kind, place) where a marker still shows: widget texts, model data, the accessible tree."""
    found: set[str] = set()
    for where, text in (*widget_texts(window), *accessible_texts(window)):
        found.update(f"{leak.secret_kind} in {leak.place}" for leak in markers.in_text(text, where))
    return sorted(found)
