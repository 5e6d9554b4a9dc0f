"""The rows the history table shows, the user's filter and the running summary of what matched.

Qt-free on purpose: the filter is plain Python over immutable rows, so it is unit-tested without a
QApplication and the proxy model (`ui/models/transactions.py`) only decides *when* to run it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

__all__ = ["Direction", "DirectionFilter", "FilterCriteria", "FilterSummary", "TransactionRow"]


class Direction(enum.Enum):
    """Whether money came into the account (credit) or went out of it (debit)."""

    IN = "in"
    OUT = "out"


class DirectionFilter(enum.Enum):
    """The direction choice of the history filter."""

    ALL = "all"
    IN = "in"
    OUT = "out"


@lru_cache(maxsize=4096)
def _search_key(description: str) -> str:
    """The case-folded description, shared by every row with the same description (memory: 100 000
    rows, a few hundred merchants)."""
    return description.casefold()


@dataclass(frozen=True, slots=True)
class TransactionRow:
    """One booked transaction as the history shows it; the amount is unsigned, `direction` gives the sign.

    `search_key` is the case-folded description, computed once so that filtering 100 000 rows per
    keystroke does not case-fold 100 000 strings each time.
    """

    transaction_id: str
    booked: date
    description: str
    amount: Decimal
    currency: str
    direction: Direction
    balance: Decimal | None = None
    search_key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError("TransactionRow.amount must be a Decimal")
        object.__setattr__(self, "search_key", _search_key(self.description))


@dataclass(frozen=True, slots=True)
class FilterCriteria:
    """What the user asked to see. Every bound is inclusive; None means "no bound".

    `text` matches anywhere in the description, ignoring case; amounts compare the unsigned amount.
    """

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    direction: DirectionFilter = DirectionFilter.ALL
    _needle: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_needle", self.text.strip().casefold())

    @property
    def is_empty(self) -> bool:
        """True when the criteria accept every row (no text, no bounds, both directions)."""
        return self == FilterCriteria()

    def matches(self, row: TransactionRow) -> bool:
        # Cheapest tests first: enum and date compares before the substring search.
        if self.direction is not DirectionFilter.ALL and row.direction.value != self.direction.value:
            return False
        if self.date_from is not None and row.booked < self.date_from:
            return False
        if self.date_to is not None and row.booked > self.date_to:
            return False
        if self.amount_min is not None and row.amount < self.amount_min:
            return False
        if self.amount_max is not None and row.amount > self.amount_max:
            return False
        return not self._needle or self._needle in row.search_key


@dataclass
class FilterSummary:
    """Running totals of the rows that matched: the sentence spoken after filtering is built from this.

    Totals are kept per currency, because one history can in principle mix currencies and adding yuan
    to pounds would be wrong.
    """

    count: int = 0
    total_in: dict[str, Decimal] = field(default_factory=dict)
    total_out: dict[str, Decimal] = field(default_factory=dict)

    def add(self, row: TransactionRow) -> None:
        self.count += 1
        totals = self.total_in if row.direction is Direction.IN else self.total_out
        totals[row.currency] = totals.get(row.currency, Decimal(0)) + row.amount

    def currencies(self) -> list[str]:
        """Every currency seen, in a stable order."""
        return sorted(set(self.total_in) | set(self.total_out))
