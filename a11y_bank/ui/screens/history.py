"""History: one account's transactions, loaded page by page, filtered without ever blocking typing.

Loading: `Bank.transactions()` is a lazy generator of pages. Each page is fetched and converted to
rows by one `ctx.tasks.run` task on a worker thread; its result is appended to the table model on the
GUI thread (one `rowsInserted` per page) and only then is the next page requested. The first page
shows at once; the table is never reloaded per page.

Filtering: edits restart a debounce timer (`FILTER_DEBOUNCE_MS`); the filter model then evaluates the
new criteria in short time-boxed slices and publishes it with one reset, and the result is announced
once ("12 transactions, 3 480 yuan out, 200 yuan in").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.bank import Bank
from a11y_bank.api.models import Account, TransactionPage
from a11y_bank.domain.money import Money
from a11y_bank.tasks import TaskHandle
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import render, say
from a11y_bank.ui.models.accounts import account_label
from a11y_bank.ui.models.money_text import current_locale_name, display_money, spoken_money
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.models.transaction_filter import (
    DirectionFilter,
    FilterCriteria,
    FilterSummary,
    TransactionRow,
)
from a11y_bank.ui.models.transactions import (
    Column,
    TransactionFilterModel,
    TransactionTableModel,
    row_from_transaction,
)
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.widgets.fields import LabelledField, label_for, set_label_text
from a11y_bank.ui.widgets.money import MoneyLineEdit

__all__ = ["FILTER_DEBOUNCE_MS", "HistoryScreen", "PageChunk", "first_chunk", "next_chunk"]

FILTER_DEBOUNCE_MS = 200
"""Quiet time after the last filter edit before the filter is applied."""

READ_ROW_SHORTCUT = "Ctrl+R"

_DIRECTIONS: tuple[DirectionFilter, ...] = (DirectionFilter.ALL, DirectionFilter.IN, DirectionFilter.OUT)


# --- the worker side: fetch one page and turn it into rows (never touches widgets) ---------------


@dataclass(frozen=True)
class PageChunk:
    """One page, already converted to rows, plus the stream to ask for the next one."""

    rows: list[TransactionRow]
    pages: Iterator[TransactionPage]
    page_number: int
    total_pages: int | None


def _chunk(page: TransactionPage | None, pages: Iterator[TransactionPage]) -> PageChunk | None:
    if page is None:
        return None
    rows = [row_from_transaction(transaction) for transaction in page.transactions]
    return PageChunk(rows, pages, page.page_number, page.total_pages)


def first_chunk(bank: Bank, account_id: str) -> PageChunk | None:
    """Open the account's page stream and fetch its first page (worker thread)."""
    pages = iter(bank.transactions(account_id))
    return _chunk(next(pages, None), pages)


def next_chunk(pages: Iterator[TransactionPage]) -> PageChunk | None:
    """The next page of an open stream, None at its end (worker thread)."""
    return _chunk(next(pages, None), pages)


def _tab_chain(widgets: list[QWidget]) -> None:
    """Set the tab order to `widgets`, in that order (reading order)."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


# --- the screen ------------------------------------------------------------------------------------


class HistoryScreen(Screen):
    """Account picker, filter, result summary and the transactions table."""

    section: ClassVar[str] = "history"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._accounts: list[Account] = []
        self._account_id: str | None = None
        self._wanted_account: str | None = None
        self._generation = 0
        self._page_task: TaskHandle[PageChunk | None] | None = None
        self._loading = False
        self._all_loaded = False  # the lasting status, said again after a language change
        self._announce_result = False
        self.table_model = TransactionTableModel(current_locale_name(), self)
        self.filter_model = TransactionFilterModel(self.table_model, self)
        self.filter_model.filtering_finished.connect(self._on_filtered)
        self.filter_model.rowsInserted.connect(self._show_summary)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._build()
        self.retranslate_ui()
        self._set_tab_order()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("screenHeading")
        self.account = QComboBox(self)
        self.account.setObjectName("historyAccount")
        self.account.activated.connect(self._on_account_chosen)
        self.account_field = LabelledField(self.account, parent=self)
        self._build_filter()
        self.summary = self._text_label("resultSummary")
        self.load_status = self._text_label("loadStatus")
        self._build_table()
        self.read_row_button = QPushButton(self)
        self.read_row_button.setObjectName("readRow")
        self.read_row_button.setAutoDefault(True)
        self.read_row_button.clicked.connect(self.read_current_row)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("reloadHistory")
        self.reload_button.setAutoDefault(True)
        self.reload_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_row_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)  # the main window wraps every screen in a scroll area
        layout.addWidget(self.heading)
        layout.addWidget(self.account_field)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.load_status)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build_filter(self) -> None:
        self.filter_box = QGroupBox(self)
        self.filter_box.setObjectName("filterBox")
        self.search = QLineEdit(self.filter_box)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search_field = LabelledField(self.search, parent=self.filter_box)
        self.direction = QComboBox(self.filter_box)
        self.direction.setObjectName("direction")
        for choice in _DIRECTIONS:
            self.direction.addItem(choice.value, choice)
        self.direction_field = LabelledField(self.direction, parent=self.filter_box)
        self.date_from = QLineEdit(self.filter_box)
        self.date_from.setObjectName("dateFrom")
        self.date_from_field = LabelledField(self.date_from, parent=self.filter_box)
        self.date_to = QLineEdit(self.filter_box)
        self.date_to.setObjectName("dateTo")
        self.date_to_field = LabelledField(self.date_to, parent=self.filter_box)
        self.amount_min = MoneyLineEdit("CNY", None, self.filter_box)
        self.amount_min.setObjectName("amountMin")
        self.amount_min_field = LabelledField(self.amount_min, parent=self.filter_box)
        self.amount_max = MoneyLineEdit("CNY", None, self.filter_box)
        self.amount_max.setObjectName("amountMax")
        self.amount_max_field = LabelledField(self.amount_max, parent=self.filter_box)
        self.clear_button = QPushButton(self.filter_box)
        self.clear_button.setObjectName("clearFilter")
        self.clear_button.setAutoDefault(True)
        self.clear_button.clicked.connect(self.clear_filter)

        # Text, direction and amounts apply after a short pause in typing; a date only once it is
        # complete (Enter or leaving the field), so half-typed dates are never reported as errors.
        self.search.textChanged.connect(self._filter_edited)
        self.direction.currentIndexChanged.connect(self._filter_edited)
        self.amount_min.textChanged.connect(self._filter_edited)
        self.amount_max.textChanged.connect(self._filter_edited)
        self.date_from.editingFinished.connect(self._filter_edited)
        self.date_to.editingFinished.connect(self._filter_edited)

        layout = QVBoxLayout(self.filter_box)
        for field in (
            self.search_field,
            self.direction_field,
            self.date_from_field,
            self.date_to_field,
            self.amount_min_field,
            self.amount_max_field,
        ):
            layout.addWidget(field)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("transactions")
        self.table.setModel(self.filter_model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move (pitfalls §2.8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights: never measure 100 000 rows (ResizeToContents would).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table_label = label_for(self.table, "", self)
        self.read_row_action = QAction(self.table)
        self.read_row_action.setShortcut(QKeySequence(READ_ROW_SHORTCUT))
        self.read_row_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.read_row_action.triggered.connect(self.read_current_row)
        self.table.addAction(self.read_row_action)
        self._size_table()

    def _size_table(self) -> None:
        """Row height and column widths from the current font, so 300 % text is never clipped."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(max(metrics.height() + metrics.height() // 2, 24))
        samples = {
            Column.DATE: "2026-12-31  ",
            Column.DESCRIPTION: "Description of a payee  ",
            Column.AMOUNT: "CN¥1,000,000.00  ",
            Column.DIRECTION: "Out   ",
        }
        for column, sample in samples.items():
            self.table.horizontalHeader().resizeSection(column, metrics.horizontalAdvance(sample))

    def _set_tab_order(self) -> None:
        _tab_chain(
            [
                self.account,
                self.search,
                self.direction,
                self.date_from,
                self.date_to,
                self.amount_min,
                self.amount_max,
                self.clear_button,
                self.table,
                self.read_row_button,
                self.reload_button,
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_table()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        #: Heading of the transaction history screen.
        self.heading.setText(self.tr("Transaction history"))
        #: Label of the account picker at the top of the history.
        self.account_field.set_text(self.tr("Account"))
        #: Title of the group of fields that narrow down the transaction list.
        self.filter_box.setTitle(self.tr("Filter transactions"))
        #: Label of the text filter of the history.
        self.search_field.set_text(self.tr("Search descriptions"))
        #: Label of the choice between money in, money out or both.
        self.direction_field.set_text(self.tr("Money in or out"))
        direction_names = {
            #: History filter choice: show every transaction.
            DirectionFilter.ALL: self.tr("Money in and out"),
            #: History filter choice: show only money that came in.
            DirectionFilter.IN: self.tr("Money in only"),
            #: History filter choice: show only money that went out.
            DirectionFilter.OUT: self.tr("Money out only"),
        }
        for row, choice in enumerate(_DIRECTIONS):
            self.direction.setItemText(row, direction_names[choice])
        #: Label of the first date of the history filter.
        self.date_from_field.set_text(self.tr("From date"))
        #: Label of the last date of the history filter.
        self.date_to_field.set_text(self.tr("To date"))
        #: Hint under the history date fields.
        date_hint = self.tr("Year-month-day, for example 2026-03-12. Leave empty for no limit.")
        self.date_from_field.set_hint(date_hint)
        self.date_to_field.set_hint(date_hint)
        #: Label of the smallest amount of the history filter.
        self.amount_min_field.set_text(self.tr("Smallest amount"))
        #: Label of the largest amount of the history filter.
        self.amount_max_field.set_text(self.tr("Largest amount"))
        #: Button that empties every field of the history filter.
        self.clear_button.setText(self.tr("Clear filter"))
        #: Label of the transactions table.
        set_label_text(self.table_label, self.table, self.tr("Transactions"))
        shortcut = QKeySequence(READ_ROW_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        #: Hint read with the transactions table: how to move; {shortcut} is the "read this row" key.
        hint = self.tr("Up and down arrows move between transactions. {shortcut} reads the whole row.")
        self.table.setAccessibleDescription(hint.format(shortcut=shortcut))
        #: Button that reads the selected transaction aloud.
        self.read_row_button.setText(self.tr("Read this row"))
        #: Button that loads the account's transactions again.
        self.reload_button.setText(self.tr("Load again"))
        self.table_model.set_locale(current_locale_name())
        self._fill_account_names()
        self._show_summary()
        if self._all_loaded:
            self.load_status.setText(self._all_loaded_text())

    def title(self) -> str:
        #: Window title part for the history screen.
        return self.tr("History")

    def first_focus(self) -> QWidget:
        # Coming from an account (Enter in Accounts) the user wants the transactions themselves.
        return self.table if (self._account_id or self._wanted_account) else self.account

    # --- accounts -----------------------------------------------------------------------------

    def on_shown(self, **kwargs: object) -> None:
        wanted = kwargs.get("account_id")
        if isinstance(wanted, str):
            self._wanted_account = wanted
        if not self._accounts:
            self._load_accounts()
            return
        if self._wanted_account and self._wanted_account != self._account_id:
            self._choose_account(self._wanted_account)

    def _load_accounts(self) -> None:
        bank = self.ctx.bank
        #: Shown and spoken while the list of accounts for the history is loading.
        progress = self.tr("Loading your accounts.")
        self.load_status.setText(progress)
        self._tasks.run(bank.accounts, self._accounts_loaded, self._load_failed, progress_text=progress)

    def _accounts_loaded(self, accounts: list[Account]) -> None:
        self._accounts = accounts
        self._fill_account_names()
        if not accounts:
            #: Shown and spoken when the customer has no accounts to show a history for.
            text = self.tr("You have no accounts.")
            self.load_status.setText(text)
            self.announce(text)
            return
        ids = [account.account_id for account in accounts]
        self._choose_account(self._wanted_account if self._wanted_account in ids else ids[0])

    def _fill_account_names(self) -> None:
        current = self._account_id
        self.account.clear()
        for account in self._accounts:
            self.account.addItem(account_label(account), account.account_id)
        if current is not None:
            self.account.setCurrentIndex(max(self.account.findData(current), 0))

    def _on_account_chosen(self, row: int) -> None:
        account_id = self.account.itemData(row)
        if isinstance(account_id, str) and account_id != self._account_id:
            self._choose_account(account_id)

    def _choose_account(self, account_id: str) -> None:
        self._wanted_account = None
        self.account.setCurrentIndex(max(self.account.findData(account_id), 0))
        self._start_stream(account_id)

    def current_account(self) -> Account | None:
        return next((a for a in self._accounts if a.account_id == self._account_id), None)

    # --- loading pages ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        if self._account_id is not None:
            self._start_stream(self._account_id)
        else:
            self._load_accounts()

    def _start_stream(self, account_id: str) -> None:
        if self._page_task is not None:
            self._page_task.cancel()
        self._generation += 1
        generation = self._generation
        self._account_id = account_id
        self._loading = True
        self._all_loaded = False
        self.table_model.clear()
        account = self.current_account()
        currency = account.currency if account is not None else "CNY"
        self.amount_min.set_currency(currency)
        self.amount_max.set_currency(currency)
        name = account_label(account) if account is not None else ""
        #: Shown and spoken when the history of an account starts loading; {account} names the account.
        progress = self.tr("Loading transactions of {account}.").format(account=name)
        self.load_status.setText(progress)
        self.announce(progress)
        bank = self.ctx.bank
        self._page_task = self._tasks.run(
            lambda: first_chunk(bank, account_id),
            lambda chunk: self._page_arrived(generation, chunk),
            lambda error: self._page_failed(generation, error),
            progress_text=progress,
        )

    def _page_arrived(self, generation: int, chunk: PageChunk | None) -> None:
        if generation != self._generation:
            return  # another account was chosen meanwhile
        if chunk is None:
            self._finished_loading()
            return
        first = self.table_model.rowCount() == 0
        self.table_model.append_rows(chunk.rows)
        if first:
            self.table.setCurrentIndex(self.filter_model.index(0, 0))
            self._announce_first_page(chunk)
        self._show_progress(chunk)
        pages = chunk.pages
        self._page_task = self._tasks.run(
            lambda: next_chunk(pages),
            lambda following: self._page_arrived(generation, following),
            lambda error: self._page_failed(generation, error),
        )

    def _announce_first_page(self, chunk: PageChunk) -> None:
        count = self._number(len(chunk.rows))
        if chunk.total_pages is not None and chunk.total_pages <= 1:
            return  # the end-of-stream announcement follows at once
        #: Spoken when the first page of the history is shown; {count} transactions so far.
        text = self.tr("Showing the newest {count} transactions. Older ones are loading.")
        self.announce(text.format(count=count))

    def _show_progress(self, chunk: PageChunk) -> None:
        count = self._number(self.table_model.rowCount())
        if chunk.total_pages:
            #: Loading progress of the history; {count} rows so far, {page} of {pages} pages.
            text = self.tr("Loaded {count} transactions, page {page} of {pages}.").format(
                count=count, page=chunk.page_number, pages=chunk.total_pages
            )
        else:
            #: Loading progress of the history; {count} rows so far.
            text = self.tr("Loaded {count} transactions so far.").format(count=count)
        self.load_status.setText(text)

    def _finished_loading(self) -> None:
        self._loading = False
        self._page_task = None
        self._all_loaded = True
        text = self._all_loaded_text()
        self.load_status.setText(text)
        self.announce(text)

    def _all_loaded_text(self) -> str:
        #: Shown and spoken when every transaction of the account is loaded; {count} how many.
        return self.tr("All {count} transactions loaded.").format(
            count=self._number(self.table_model.rowCount())
        )

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._page_task = None
        self._load_failed(error)

    def _load_failed(self, error: BaseException) -> None:
        if not self.show_failure(self.load_status, error):
            self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- filtering ----------------------------------------------------------------------------

    def _filter_edited(self, *_args: object) -> None:
        self._filter_timer.start()  # restart: apply FILTER_DEBOUNCE_MS after the last edit

    def clear_filter(self) -> None:
        for edit in (self.search, self.date_from, self.date_to, self.amount_min, self.amount_max):
            edit.clear()
        self.direction.setCurrentIndex(0)
        for field in (self.date_from_field, self.date_to_field):
            field.set_error("")
        self._filter_timer.stop()
        self.apply_filter()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_filter(self) -> None:
        """Read the filter fields and start filtering; a bad date is reported and nothing changes."""
        self._filter_timer.stop()
        criteria = self._criteria_from_fields()
        if criteria is None or criteria == self.filter_model.criteria:
            return
        self._announce_result = True
        self.filter_model.set_criteria(criteria)

    def _criteria_from_fields(self) -> FilterCriteria | None:
        from_ok, date_from = self._date_in(self.date_from_field)
        to_ok, date_to = self._date_in(self.date_to_field)
        if not (from_ok and to_ok):
            return None
        direction = self.direction.currentData()
        return FilterCriteria(
            text=self.search.text(),
            date_from=date_from,
            date_to=date_to,
            amount_min=self.amount_min.value(),
            amount_max=self.amount_max.value(),
            direction=direction if isinstance(direction, DirectionFilter) else DirectionFilter.ALL,
        )

    def _date_in(self, field: LabelledField) -> tuple[bool, date | None]:
        """(True, the date typed in `field` or None when empty), or (False, None) after saying why not."""
        assert isinstance(field.field, QLineEdit)
        text = field.field.text().strip()
        if not text:
            field.set_error("")
            return True, None
        try:
            value = date.fromisoformat(text)
        except ValueError:
            # Focus before the announcement: the reader reads the error once, with the field.
            field.set_error(render("date.invalid").text)
            field.field.setFocus(Qt.FocusReason.OtherFocusReason)
            say(self.ctx.announcer, "date.invalid", Priority.NOW)
            return False, None
        field.set_error("")
        return True, value

    def _on_filtered(self, summary: object) -> None:
        self._show_summary()
        if not self.table.currentIndex().isValid() and self.filter_model.rowCount() > 0:
            # The filter replaced the rows: put the cursor on the first match, so arrows start there.
            self.table.setCurrentIndex(self.filter_model.index(0, 0))
        if self._announce_result and isinstance(summary, FilterSummary):
            self._announce_result = False
            self.announce(self.summary_sentence(summary, spoken=True))

    def _show_summary(self, *_args: object) -> None:
        self.summary.setText(self.summary_sentence(self.filter_model.summary, spoken=False))

    def summary_sentence(self, summary: FilterSummary, *, spoken: bool) -> str:
        """ "12 transactions, 3 480 yuan out, 200 yuan in" (words when spoken, symbols when shown)."""
        if summary.count == 0:
            #: Result of the history filter when nothing matches.
            return self.tr("No transactions match.")
        if summary.count == 1:
            #: Start of the history filter result when exactly one transaction is shown.
            parts = [self.tr("1 transaction")]
        else:
            #: Start of the history filter result; %n is the number of transactions shown.
            parts = [self.tr("%Ln transactions", "", summary.count)]
        locale = current_locale_name()
        for currency in summary.currencies():
            for totals, template in (
                #: Part of the filter result: the total that went out; {amount} the sum.
                (summary.total_out, self.tr("{amount} out")),
                #: Part of the filter result: the total that came in; {amount} the sum.
                (summary.total_in, self.tr("{amount} in")),
            ):
                if currency in totals:
                    money = Money(totals[currency], currency)
                    amount = spoken_money(money, locale) if spoken else display_money(money, locale)
                    parts.append(template.format(amount=amount))
        return ", ".join(parts) + "."

    # --- reading ------------------------------------------------------------------------------

    def read_current_row(self) -> None:
        """Say the selected transaction as one sentence (the "Read this row" action)."""
        index = self.table.currentIndex()
        if not index.isValid():
            #: Spoken by "Read this row" when no transaction is selected.
            self.announce(self.tr("No transaction is selected."), Priority.NOW)
            return
        self.announce(self.filter_model.spoken_sentence(index.row()), Priority.NOW)

    def _number(self, value: int) -> str:
        # The application's locale, like "%Ln" in the plural texts, so counts read the same everywhere.
        return QLocale().toString(value)
