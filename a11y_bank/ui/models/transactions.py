"""The transaction history as Qt models: the full table and the filtered view the history screen shows.

`TransactionTableModel` holds every row received so far; pages are appended with `append_rows` (one
`rowsInserted` per page, never a reset), so the first page paints at once and a screen reader's place
in the table survives later pages.

`TransactionFilterModel` is what the view shows. It is not a `QSortFilterProxyModel` on purpose: that
class runs `filterAcceptsRow` synchronously over every source row on each invalidation, which for
100 000 rows in Python stalls the GUI thread for a good part of a second per keystroke. Here a new
filter is evaluated incrementally in time-boxed slices (`SLICE_BUDGET_S`) on the GUI thread and
published with ONE model reset when done, so a keystroke never waits for more than one slice and the
accessible table is reset once per filter, not once per row (pitfalls §2.7). Rows that arrive later are
filtered as they come and inserted, not reset.
"""

from __future__ import annotations

import bisect
import sys
import time
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from a11y_bank.api.models import Transaction
from a11y_bank.domain.money import Money
from a11y_bank.ui.models.money_text import display_money, spoken_money
from a11y_bank.ui.models.transaction_filter import (
    Direction,
    FilterCriteria,
    FilterSummary,
    TransactionRow,
)

__all__ = ["Column", "TransactionFilterModel", "TransactionTableModel", "row_from_transaction"]

_AnyIndex = QModelIndex | QPersistentModelIndex


class Column:
    """Column numbers of the history table, in reading order."""

    DATE = 0
    DESCRIPTION = 1
    AMOUNT = 2
    DIRECTION = 3
    BALANCE = 4
    COUNT = 5


def row_from_transaction(transaction: Transaction) -> TransactionRow:
    """Adapt the facade's `Transaction` to the row the table shows (merchant preferred as the description).

    Descriptions and currencies repeat across an account's rows but arrive as separate strings from
    each page's JSON; interning them lets 100 000 rows share a few hundred strings (and their
    case-folded search keys, see `TransactionRow`): 18 MB less for the shop account (docs/performance.md).
    """
    direction = Direction.OUT if transaction.credit_debit.value == "Debit" else Direction.IN
    balance = transaction.balance_after.amount if transaction.balance_after is not None else None
    return TransactionRow(
        transaction_id=transaction.transaction_id,
        booked=transaction.booking_date_time.date(),
        description=sys.intern(transaction.merchant or transaction.description),
        amount=transaction.amount.amount,
        currency=sys.intern(transaction.amount.currency),
        direction=direction,
        balance=balance,
    )


class TransactionTableModel(QAbstractTableModel):
    """Every transaction received so far for one account, oldest page first as pages arrive.

    Each cell's `Qt.AccessibleTextRole` is that cell spoken ("12 March 2026" | "Grocer" | "twenty-three
    yuan and forty fen" | "Out" | "balance three thousand two hundred yuan"): a screen reader that
    reads the full row (Orca does) hears the transaction once, in order, not once per column
    (docs/orca.md, finding 3). `spoken_sentence` is the whole row for "Read this row".
    """

    def __init__(self, locale_name: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TransactionRow] = []
        self._locale_name = locale_name
        self._qlocale = QLocale(locale_name)

    # --- content ------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[TransactionRow]:
        """Read-only view of every row (the filter model scans it)."""
        return self._rows

    def row_at(self, row: int) -> TransactionRow:
        return self._rows[row]

    def append_rows(self, rows: Sequence[TransactionRow]) -> None:
        """Append one page: a single `rowsInserted` for the page, never a model reset."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        """Forget every row (another account was chosen): the one place this model resets."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def set_locale(self, locale_name: str) -> None:
        """Reformat every cell for another language (dates, money, sentences)."""
        self._locale_name = locale_name
        self._qlocale = QLocale(locale_name)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, Column.COUNT - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, Column.COUNT - 1)

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken_cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (Column.AMOUNT, Column.BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # The view hides its row header, but Qt still lists one (invisible) header per row in the
            # accessibility tree: it gets a name rather than being a nameless node.
            return self.row_header_name(section) if role == Qt.ItemDataRole.AccessibleTextRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.column_title(section)
        return None

    def row_header_name(self, section: int) -> str:
        #: Accessible name of a transaction row's (hidden) row header; {number} counts from 1.
        return self.tr("Row {number}").format(number=section + 1)

    # --- texts --------------------------------------------------------------------------------

    def column_title(self, section: int) -> str | None:
        titles = {
            #: Column header of the transaction history: the booking date.
            Column.DATE: self.tr("Date"),
            #: Column header of the transaction history: who was paid or who paid.
            Column.DESCRIPTION: self.tr("Description"),
            #: Column header of the transaction history: the amount of the transaction.
            Column.AMOUNT: self.tr("Amount"),
            #: Column header of the transaction history: money in or money out.
            Column.DIRECTION: self.tr("In or out"),
            #: Column header of the transaction history: the account balance after the transaction.
            Column.BALANCE: self.tr("Balance after"),
        }
        return titles.get(section)

    def direction_text(self, direction: Direction) -> str:
        if direction is Direction.IN:
            #: Transaction history cell: money came into the account.
            return self.tr("In")
        #: Transaction history cell: money went out of the account.
        return self.tr("Out")

    def display_text(self, row: TransactionRow, column: int) -> str:
        if column == Column.DATE:
            return self._qlocale.toString(_qdate(row), QLocale.FormatType.ShortFormat)
        if column == Column.DESCRIPTION:
            return row.description
        if column == Column.AMOUNT:
            return display_money(Money(row.amount, row.currency), self._locale_name)
        if column == Column.DIRECTION:
            return self.direction_text(row.direction)
        if column == Column.BALANCE and row.balance is not None:
            return display_money(Money(row.balance, row.currency), self._locale_name)
        return ""

    def spoken_date(self, row: TransactionRow) -> str:
        #: Qt date format for dates read aloud in the history ("12 March 2026"); reorder for your language.
        return self._qlocale.toString(_qdate(row), self.tr("d MMMM yyyy"))

    def spoken_cell(self, row: TransactionRow, column: int) -> str:
        """One cell as a listener gets it right: dates and money in words, not digits."""
        if column == Column.DATE:
            return self.spoken_date(row)
        if column == Column.AMOUNT:
            return spoken_money(Money(row.amount, row.currency), self._locale_name)
        if column == Column.BALANCE:
            return self.spoken_balance(row)
        return self.display_text(row, column)

    def spoken_balance(self, row: TransactionRow) -> str:
        """The Balance cell spoken; never empty, or the reader meets an unnamed cell (pending rows, banks
        that do not send the balance after each transaction)."""
        if row.balance is None:
            #: History cell read by a screen reader when the bank gave no balance after this transaction
            #: (a pending transaction, or a bank that does not send it); the visible cell is empty.
            return self.tr("no balance given")
        balance = spoken_money(Money(row.balance, row.currency), self._locale_name)
        #: History cell read by a screen reader: the balance after the transaction, in words.
        return self.tr("balance {balance}").format(balance=balance)

    def spoken_sentence(self, row: TransactionRow) -> str:
        """The whole row as one sentence for the screen reader and the "Read this row" action."""
        amount = spoken_money(Money(row.amount, row.currency), self._locale_name)
        date_text = self.spoken_date(row)
        if row.balance is None:
            if row.direction is Direction.IN:
                #: Whole history row read aloud: date, description, amount, money in.
                template = self.tr("{date}, {description}, {amount} in")
            else:
                #: Whole history row read aloud: date, description, amount, money out.
                template = self.tr("{date}, {description}, {amount} out")
            return template.format(date=date_text, description=row.description, amount=amount)
        balance = spoken_money(Money(row.balance, row.currency), self._locale_name)
        if row.direction is Direction.IN:
            #: Whole history row read aloud: date, description, amount in, balance after it.
            template = self.tr("{date}, {description}, {amount} in, balance {balance}")
        else:
            #: Whole history row read aloud: date, description, amount out, balance after it.
            template = self.tr("{date}, {description}, {amount} out, balance {balance}")
        return template.format(date=date_text, description=row.description, amount=amount, balance=balance)


def _qdate(row: TransactionRow) -> QDate:
    return QDate(row.booked.year, row.booked.month, row.booked.day)


class TransactionFilterModel(QAbstractTableModel):
    """The rows of a `TransactionTableModel` that match a `FilterCriteria`, in source order.

    Signals:
        filtering_started(): a new filter began to be evaluated.
        filtering_finished(object): the new result is published; the argument is its `FilterSummary`.
    """

    filtering_started = Signal()
    filtering_finished = Signal(object)

    SLICE_BUDGET_S: ClassVar[float] = 0.008
    """GUI-thread time one filtering slice may take before yielding to the event loop."""
    _CHECK_EVERY: ClassVar[int] = 256
    """Rows between two clock reads (reading the clock per row would cost more than the test)."""

    def __init__(self, source: TransactionTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._criteria = FilterCriteria()
        self._accepted: list[int] = []
        self._summary = FilterSummary()
        # State of the scan in progress (None when idle).
        self._scan_rows: list[int] | None = None
        self._scan_summary = FilterSummary()
        self._scan_position = 0
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(0)
        self._scan_timer.timeout.connect(self._scan_slice)
        source.rowsInserted.connect(self._on_source_rows_inserted)
        source.modelReset.connect(self._on_source_reset)
        source.dataChanged.connect(self._on_source_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)
        self._start_scan()

    # --- public API ---------------------------------------------------------------------------

    @property
    def source(self) -> TransactionTableModel:
        return self._source

    @property
    def criteria(self) -> FilterCriteria:
        return self._criteria

    @property
    def summary(self) -> FilterSummary:
        """Totals of the rows currently shown."""
        return self._summary

    @property
    def is_filtering(self) -> bool:
        """True while a new filter is still being evaluated (the old result is still shown)."""
        return self._scan_rows is not None

    def set_criteria(self, criteria: FilterCriteria) -> None:
        """Start showing the rows that match `criteria`; `filtering_finished` says when they are shown."""
        self._criteria = criteria
        self._start_scan()

    def row_at(self, row: int) -> TransactionRow:
        return self._source.row_at(self._accepted[row])

    def source_row(self, row: int) -> int:
        return self._accepted[row]

    def row_for_source(self, source_row: int) -> int | None:
        """The row showing `source_row`, or None when the filter hides it."""
        position = bisect.bisect_left(self._accepted, source_row)
        if position < len(self._accepted) and self._accepted[position] == source_row:
            return position
        return None

    def spoken_sentence(self, row: int) -> str:
        return self._source.spoken_sentence(self.row_at(row))

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._accepted)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accepted):
            return None
        source_index = self._source.index(self._accepted[index.row()], index.column())
        return self._source.data(source_index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._source.headerData(section, orientation, role)

    # --- incremental evaluation ---------------------------------------------------------------

    def _start_scan(self) -> None:
        self._scan_rows = []
        self._scan_summary = FilterSummary()
        self._scan_position = 0
        self.filtering_started.emit()
        self._scan_timer.start()

    def _scan_slice(self) -> None:
        if self._scan_rows is None:
            return
        rows = self._source.rows
        criteria, accepted, summary = self._criteria, self._scan_rows, self._scan_summary
        deadline = time.perf_counter() + self.SLICE_BUDGET_S
        position = self._scan_position
        while position < len(rows):
            stop = min(position + self._CHECK_EVERY, len(rows))
            for source_row in range(position, stop):
                row = rows[source_row]
                if criteria.matches(row):
                    accepted.append(source_row)
                    summary.add(row)
            position = stop
            if time.perf_counter() >= deadline:
                break
        self._scan_position = position
        if position < len(rows):
            self._scan_timer.start()
            return
        self._publish_scan()

    def _publish_scan(self) -> None:
        assert self._scan_rows is not None
        self.beginResetModel()
        self._accepted = self._scan_rows
        self._summary = self._scan_summary
        self._scan_rows = None
        self.endResetModel()
        self.filtering_finished.emit(self._summary)

    # --- following the source -----------------------------------------------------------------

    def _on_source_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._scan_rows is not None:
            return  # the scan in progress reads up to the source's end, new rows included
        if self._accepted and first <= self._accepted[-1]:
            self._start_scan()  # not an append: the source order changed under us
            return
        rows = self._source.rows
        matched = [
            source_row for source_row in range(first, last + 1) if self._criteria.matches(rows[source_row])
        ]
        if not matched:
            return
        start = len(self._accepted)
        self.beginInsertRows(QModelIndex(), start, start + len(matched) - 1)
        self._accepted.extend(matched)
        for source_row in matched:
            self._summary.add(rows[source_row])
        self.endInsertRows()

    def _on_source_reset(self) -> None:
        self._scan_timer.stop()
        self._scan_rows = None
        self.beginResetModel()
        self._accepted = []
        self._summary = FilterSummary()
        self.endResetModel()
        self._start_scan()

    def _on_source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]
    ) -> None:
        if not self._accepted:
            return
        first = bisect.bisect_left(self._accepted, top_left.row())
        last = bisect.bisect_right(self._accepted, bottom_right.row()) - 1
        if first <= last:
            self.dataChanged.emit(
                self.index(first, top_left.column()), self.index(last, bottom_right.column()), roles
            )


def total_of(totals: dict[str, Decimal], currency: str) -> Decimal:
    """The total for `currency`, zero when no row of that currency matched."""
    return totals.get(currency, Decimal(0))
