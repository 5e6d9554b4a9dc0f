"""The history table hides its row header, yet Qt lists a row header per row in the accessibility tree:
none of them may be a nameless node (a screen reader's "unlabelled" and the audit both catch that)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from a11y_bank.ui.models.transaction_filter import Direction, TransactionRow
from a11y_bank.ui.models.transactions import TransactionFilterModel, TransactionTableModel


def rows(count: int) -> list[TransactionRow]:
    return [
        TransactionRow(f"t-{n}", date(2026, 11, 1 + n), f"Shop {n}", Decimal("12.50"), "CNY", Direction.OUT)
        for n in range(count)
    ]


def test_every_hidden_row_header_has_a_name(qtbot: QtBot) -> None:
    source = TransactionTableModel("en")
    source.append_rows(rows(3))
    view = QTableView()
    qtbot.add_widget(view)
    view.setModel(TransactionFilterModel(source, view))  # as the history screen shows it
    view.verticalHeader().hide()
    view.show()
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    table = QAccessible.queryAccessibleInterface(view)
    assert table is not None
    children = [table.child(i) for i in range(table.childCount())]
    row_headers = [c for c in children if c is not None and c.role() == QAccessible.Role.RowHeader]
    assert [c.text(QAccessible.Text.Name) for c in row_headers] == ["Row 1", "Row 2", "Row 3"]
    assert all(c.state().invisible for c in row_headers)  # still hidden from sight
