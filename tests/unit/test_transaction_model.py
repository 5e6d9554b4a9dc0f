"""The history models: spoken rows, headers, the filter, and lazy appends of 100 000 rows.

The models need a QApplication (pytest-qt's `qapp`) but no widgets; the filter criteria and summary
are plain Python and are tested without Qt.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from a11y_bank.api.models import CreditDebit, Transaction
from a11y_bank.domain.money import Money
from a11y_bank.ui.models.money_text import spoken_money
from a11y_bank.ui.models.transaction_filter import (
    Direction,
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

ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
DISPLAY = Qt.ItemDataRole.DisplayRole
MERCHANTS = ("Grocer", "Metro Card", "Salary", "Bakery", "Pharmacy", "Book Shop", "Tea House")


def make_row(
    number: int,
    *,
    description: str = "Grocer",
    amount: str = "23.40",
    direction: Direction = Direction.OUT,
    booked: date = date(2026, 3, 12),
    balance: str | None = None,
    currency: str = "CNY",
) -> TransactionRow:
    return TransactionRow(
        transaction_id=f"T{number}",
        booked=booked,
        description=description,
        amount=Decimal(amount),
        currency=currency,
        direction=direction,
        balance=Decimal(balance) if balance is not None else None,
    )


def synthetic_rows(count: int, seed: int = 7) -> list[TransactionRow]:
    """Deterministic pseudo-random history: merchants, amounts with fen, both directions, ~3 years."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    return [
        make_row(
            number,
            description=rng.choice(MERCHANTS),
            amount=f"{rng.randint(1, 500_000) / 100:.2f}",
            direction=Direction.IN if rng.random() < 0.2 else Direction.OUT,
            booked=start + timedelta(days=rng.randint(0, 1000)),
        )
        for number in range(count)
    ]


def pages(rows: list[TransactionRow], size: int) -> Iterator[list[TransactionRow]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


@pytest.fixture
def table(qapp: object) -> TransactionTableModel:
    return TransactionTableModel("en")


def wait_filtered(qtbot: QtBot, model: TransactionFilterModel, criteria: FilterCriteria) -> FilterSummary:
    with qtbot.waitSignal(model.filtering_finished, timeout=10_000) as blocker:
        model.set_criteria(criteria)
    summary = blocker.args[0]
    assert isinstance(summary, FilterSummary)
    return summary


def shown_ids(model: TransactionFilterModel) -> list[str]:
    return [model.row_at(row).transaction_id for row in range(model.rowCount())]


# --- adapting the facade's Transaction ------------------------------------------------------------


def test_row_from_transaction_prefers_the_merchant_and_maps_debit_to_out() -> None:
    transaction = Transaction(
        transaction_id="abc",
        account_id="acc-1",
        booking_date_time=datetime(2026, 3, 12, 9, 30, tzinfo=UTC),
        amount=Money(Decimal("23.40"), "CNY"),
        credit_debit=CreditDebit.DEBIT,
        status="BOOK",
        description="POS 1234 purchase",
        merchant="Grocer",
        balance_after=Money(Decimal("-5.00"), "CNY"),
    )
    row = row_from_transaction(transaction)
    assert row == TransactionRow(
        transaction_id="abc",
        booked=date(2026, 3, 12),
        description="Grocer",
        amount=Decimal("23.40"),
        currency="CNY",
        direction=Direction.OUT,
        balance=Decimal("-5.00"),
    )


def test_row_from_transaction_falls_back_to_the_description_for_credits() -> None:
    transaction = Transaction(
        transaction_id="x",
        account_id="acc-1",
        booking_date_time=datetime(2026, 1, 2, tzinfo=UTC),
        amount=Money(Decimal("100"), "CNY"),
        credit_debit=CreditDebit.CREDIT,
        status="BOOK",
        description="Salary January",
    )
    row = row_from_transaction(transaction)
    assert (row.description, row.direction, row.balance) == ("Salary January", Direction.IN, None)


def test_rows_refuse_float_amounts() -> None:
    with pytest.raises(TypeError):
        TransactionRow("t", date(2026, 1, 1), "x", 1.5, "CNY", Direction.IN)  # type: ignore[arg-type]


# --- what the screen reader hears -----------------------------------------------------------------


def test_accessible_text_is_each_cell_spoken_so_a_full_row_reads_once(table: TransactionTableModel) -> None:
    table.append_rows([make_row(1, balance="3200")])
    cells = [table.index(0, column).data(ACCESSIBLE_TEXT) for column in range(Column.COUNT)]
    assert cells == [
        "12 March 2026",
        "Grocer",
        "twenty-three yuan and forty fen",
        "Out",
        "balance three thousand two hundred yuan",
    ]
    assert table.spoken_sentence(table.row_at(0)) == (
        "12 March 2026, Grocer, twenty-three yuan and forty fen out, balance three thousand two hundred yuan"
    )


def test_accessible_text_is_spoken_in_chinese_for_a_chinese_locale(qapp: object) -> None:
    table = TransactionTableModel("zh_CN")
    table.append_rows([make_row(1)])
    sentence = table.index(0, Column.AMOUNT).data(ACCESSIBLE_TEXT)
    assert spoken_money(Money(Decimal("23.40"), "CNY"), "zh_CN") == "二十三元四角"
    assert "二十三元四角" in sentence


def test_accessible_text_of_a_credit_mentions_in_and_the_balance(table: TransactionTableModel) -> None:
    table.append_rows(
        [make_row(1, description="Salary", amount="8000", direction=Direction.IN, balance="8123.5")]
    )
    sentence = table.spoken_sentence(table.row_at(0))
    amount = spoken_money(Money(Decimal("8000"), "CNY"), "en")
    balance = spoken_money(Money(Decimal("8123.5"), "CNY"), "en")
    assert sentence == f"12 March 2026, Salary, {amount} in, balance {balance}"
    assert table.index(0, Column.BALANCE).data(ACCESSIBLE_TEXT) == f"balance {balance}"


def test_a_row_without_a_balance_still_names_its_balance_cell(table: TransactionTableModel) -> None:
    table.append_rows([make_row(1, balance=None)])
    assert table.index(0, Column.BALANCE).data(DISPLAY) == ""
    assert table.index(0, Column.BALANCE).data(ACCESSIBLE_TEXT) == "no balance given"
    # The whole-row sentence leaves the balance out rather than saying it is missing at every row.
    assert (
        table.spoken_sentence(table.row_at(0)) == "12 March 2026, Grocer, twenty-three yuan and forty fen out"
    )


def test_every_cell_has_a_spoken_text_with_or_without_a_balance(table: TransactionTableModel) -> None:
    table.append_rows([make_row(1, balance=None), make_row(2, balance="0"), make_row(3, balance="-1")])
    for row in range(table.rowCount()):
        for column in range(Column.COUNT):
            assert table.index(row, column).data(ACCESSIBLE_TEXT).strip(), (row, column)


def test_display_text_uses_the_locale_formatter(table: TransactionTableModel) -> None:
    table.append_rows([make_row(1, amount="3200.50", balance="-12")])
    assert table.index(0, Column.DESCRIPTION).data(DISPLAY) == "Grocer"
    assert table.index(0, Column.AMOUNT).data(DISPLAY) == "CN¥3,200.50"
    assert table.index(0, Column.DIRECTION).data(DISPLAY) == "Out"
    assert table.index(0, Column.BALANCE).data(DISPLAY) == "-CN¥12.00"
    assert "2026" in table.index(0, Column.DATE).data(DISPLAY) or "26" in table.index(0, Column.DATE).data(
        DISPLAY
    )


def test_every_column_header_is_named_for_eye_and_ear(table: TransactionTableModel) -> None:
    names = [table.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(Column.COUNT)]
    spoken = [table.headerData(c, Qt.Orientation.Horizontal, ACCESSIBLE_TEXT) for c in range(Column.COUNT)]
    assert names == ["Date", "Description", "Amount", "In or out", "Balance after"]
    assert spoken == names
    assert table.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None


def test_out_of_range_and_child_indexes_answer_nothing(table: TransactionTableModel) -> None:
    table.append_rows([make_row(1)])
    assert table.data(table.index(5, 0), ACCESSIBLE_TEXT) is None
    assert table.rowCount(table.index(0, 0)) == 0
    assert table.rowCount(QModelIndex()) == 1


# --- the filter criteria (plain Python) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        (FilterCriteria(), True),
        (FilterCriteria(text="groc"), True),
        (FilterCriteria(text="  GROCER "), True),
        (FilterCriteria(text="bakery"), False),
        (FilterCriteria(direction=DirectionFilter.OUT), True),
        (FilterCriteria(direction=DirectionFilter.IN), False),
        (FilterCriteria(date_from=date(2026, 3, 12), date_to=date(2026, 3, 12)), True),
        (FilterCriteria(date_from=date(2026, 3, 13)), False),
        (FilterCriteria(date_to=date(2026, 3, 11)), False),
        (FilterCriteria(amount_min=Decimal("23.40"), amount_max=Decimal("23.40")), True),
        (FilterCriteria(amount_min=Decimal("23.41")), False),
        (FilterCriteria(amount_max=Decimal("23.39")), False),
    ],
)
def test_criteria_bounds_are_inclusive_and_text_ignores_case(
    criteria: FilterCriteria, expected: bool
) -> None:
    assert criteria.matches(make_row(1)) is expected


def test_empty_criteria_are_recognised() -> None:
    assert FilterCriteria().is_empty
    assert FilterCriteria(text="  ").matches(make_row(1))
    assert not FilterCriteria(direction=DirectionFilter.IN).is_empty


def test_summary_keeps_totals_per_direction_and_currency() -> None:
    summary = FilterSummary()
    for row in (
        make_row(1, amount="10.10"),
        make_row(2, amount="0.90"),
        make_row(3, amount="5", direction=Direction.IN),
        make_row(4, amount="2", currency="GBP"),
    ):
        summary.add(row)
    assert summary.count == 4
    assert summary.total_out == {"CNY": Decimal("11.00"), "GBP": Decimal("2")}
    assert summary.total_in == {"CNY": Decimal("5")}
    assert summary.currencies() == ["CNY", "GBP"]


# --- the filter model -----------------------------------------------------------------------------


def test_filter_shows_exactly_the_matching_rows_with_their_totals(
    qtbot: QtBot, table: TransactionTableModel
) -> None:
    rows = synthetic_rows(5_000)
    table.append_rows(rows)
    filtered = TransactionFilterModel(table)
    criteria = FilterCriteria(text="bak", direction=DirectionFilter.OUT, amount_min=Decimal("100"))
    summary = wait_filtered(qtbot, filtered, criteria)
    expected = [row for row in rows if criteria.matches(row)]
    assert shown_ids(filtered) == [row.transaction_id for row in expected]
    assert 0 < summary.count == len(expected)
    assert summary.total_out == {"CNY": sum((row.amount for row in expected), Decimal(0))}
    assert summary.total_in == {}
    first = filtered.index(0, Column.DESCRIPTION)
    assert first.data(DISPLAY) == "Bakery"
    assert first.data(ACCESSIBLE_TEXT) == "Bakery"
    assert filtered.spoken_sentence(0) == table.spoken_sentence(expected[0])


def test_clearing_the_filter_shows_everything_again(qtbot: QtBot, table: TransactionTableModel) -> None:
    rows = synthetic_rows(2_000)
    table.append_rows(rows)
    filtered = TransactionFilterModel(table)
    wait_filtered(qtbot, filtered, FilterCriteria(text="tea"))
    assert filtered.rowCount() < len(rows)
    summary = wait_filtered(qtbot, filtered, FilterCriteria())
    assert filtered.rowCount() == summary.count == len(rows)
    assert filtered.row_for_source(1999) == 1999


def test_filtering_is_incremental_and_a_newer_filter_wins(qtbot: QtBot, table: TransactionTableModel) -> None:
    rows = synthetic_rows(20_000)
    table.append_rows(rows)
    filtered = TransactionFilterModel(table)
    wait_filtered(qtbot, filtered, FilterCriteria())
    filtered.SLICE_BUDGET_S = 0.0  # one clock check per slice: forces many slices
    published: list[FilterSummary] = []
    filtered.filtering_finished.connect(published.append)

    filtered.set_criteria(FilterCriteria(text="salary"))
    # Nothing ran yet: the old result stays on screen until the new one is complete.
    assert filtered.is_filtering
    assert filtered.rowCount() == len(rows)
    filtered.set_criteria(FilterCriteria(text="pharmacy"))  # the user typed on
    qtbot.waitUntil(lambda: not filtered.is_filtering, timeout=10_000)

    assert len(published) == 1  # the abandoned "salary" scan never published
    assert {filtered.row_at(r).description for r in range(filtered.rowCount())} == {"Pharmacy"}
    assert published[0].count == sum(1 for row in rows if row.description == "Pharmacy")


def test_rows_arriving_during_a_scan_are_included(qtbot: QtBot, table: TransactionTableModel) -> None:
    rows = synthetic_rows(6_000)
    table.append_rows(rows[:3_000])
    filtered = TransactionFilterModel(table)
    filtered.SLICE_BUDGET_S = 0.0
    criteria = FilterCriteria(direction=DirectionFilter.IN)
    filtered.set_criteria(criteria)
    table.append_rows(rows[3_000:])
    qtbot.waitUntil(lambda: not filtered.is_filtering, timeout=10_000)
    assert shown_ids(filtered) == [row.transaction_id for row in rows if criteria.matches(row)]


def test_lazy_append_of_100k_rows_inserts_pages_without_resets(
    qtbot: QtBot, table: TransactionTableModel
) -> None:
    rows = synthetic_rows(100_000)
    filtered = TransactionFilterModel(table)
    criteria = FilterCriteria(text="book", date_from=date(2025, 1, 1))
    wait_filtered(qtbot, filtered, criteria)

    events: list[str] = []
    table.modelReset.connect(lambda: events.append("source reset"))
    filtered.modelReset.connect(lambda: events.append("filter reset"))
    table.rowsInserted.connect(lambda _parent, first, last: events.append(f"source {first}-{last}"))
    inserted: list[tuple[int, int]] = []
    filtered.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    page_iter = pages(rows, 500)
    table.append_rows(next(page_iter))
    # The first page is visible at once, without waiting for the event loop.
    first_matches = [row for row in rows[:500] if criteria.matches(row)]
    assert filtered.rowCount() == len(first_matches) > 0
    for page in page_iter:
        table.append_rows(page)

    assert "source reset" not in events
    assert "filter reset" not in events
    assert events == [f"source {start}-{start + 499}" for start in range(0, 100_000, 500)]
    expected = [row.transaction_id for row in rows if criteria.matches(row)]
    assert shown_ids(filtered) == expected
    # Insertions are contiguous appends covering every shown row exactly once.
    assert inserted[0][0] == 0
    assert all(later[0] == earlier[1] + 1 for earlier, later in itertools.pairwise(inserted))
    assert inserted[-1][1] == len(expected) - 1
    assert filtered.summary.count == len(expected)
    assert table.rowCount() == 100_000


def test_switching_accounts_empties_the_view(qtbot: QtBot, table: TransactionTableModel) -> None:
    table.append_rows(synthetic_rows(100))
    filtered = TransactionFilterModel(table)
    wait_filtered(qtbot, filtered, FilterCriteria(direction=DirectionFilter.OUT))
    assert filtered.rowCount() > 0
    table.clear()
    assert filtered.rowCount() == 0
    qtbot.waitUntil(lambda: not filtered.is_filtering, timeout=5_000)
    table.append_rows([make_row(1), make_row(2, direction=Direction.IN)])
    assert shown_ids(filtered) == ["T1"]


def test_data_changes_in_the_source_reach_the_shown_rows(qtbot: QtBot, table: TransactionTableModel) -> None:
    table.append_rows([make_row(n, direction=Direction.IN if n % 2 else Direction.OUT) for n in range(10)])
    filtered = TransactionFilterModel(table)
    wait_filtered(qtbot, filtered, FilterCriteria(direction=DirectionFilter.IN))
    changes: list[tuple[int, int, list[int]]] = []
    filtered.dataChanged.connect(lambda tl, br, roles: changes.append((tl.row(), br.row(), list(roles))))
    table.set_locale("en_GB")
    assert [(first, last) for first, last, _ in changes] == [(0, 4)]
    assert set(changes[0][2]) == {DISPLAY, ACCESSIBLE_TEXT}
