"""Money: a `Decimal` amount in one ISO 4217 currency; wire (de)serialisation and display formatting.

Floats never enter here: constructing `Money` from a float is a `TypeError`, because a binary
float cannot hold 0.10 exactly and a bank must not invent or lose a fen.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Self

from a11y_bank.domain.currencies import KNOWN_CURRENCIES, UnknownCurrency, minor_units

if TYPE_CHECKING:  # Babel is imported on first formatting: its locale data loads slowly (app start)
    from babel import Locale

__all__ = [
    "SUPPORTED_LOCALES",
    "CurrencyMismatch",
    "InvalidWireAmount",
    "Money",
    "UnknownCurrency",
    "format_money",
    "minor_units",
]

# OB UK v4.0 `OBActiveCurrencyAndAmount_SimpleType` pattern: unsigned, ≤ 13 integer digits, ≤ 5 decimals.
# re.ASCII: Python's \d would otherwise accept full-width and other Unicode digits.
_WIRE_PATTERN = re.compile(r"^\d{1,13}$|^\d{1,13}\.\d{1,5}$", re.ASCII)
_WIRE_MAX_DECIMALS = 5
_WIRE_MAX_INTEGER_DIGITS = 13

SUPPORTED_LOCALES: tuple[str, ...] = ("en", "zh_CN")
"""Locales the app ships; `format_money` accepts any Babel locale, these are the tested ones."""
_FALLBACK_LOCALE = "en"


class CurrencyMismatch(ValueError):
    """Arithmetic or comparison between two different currencies was attempted."""


class InvalidWireAmount(ValueError):
    """A wire amount string (or an amount about to be sent) breaks the OB amount pattern."""


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount of one currency.

    The amount keeps the scale it was given (`Decimal("12.5")` and `Decimal("12.50")` are equal
    amounts); signs are allowed because balances can be overdrawn, but the wire form is unsigned.
    """

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"Money amount must be a Decimal, not {type(self.amount).__name__}")
        if not self.amount.is_finite():
            raise ValueError("Money amount must be finite")
        if self.currency not in KNOWN_CURRENCIES:
            raise UnknownCurrency(f"unknown currency code {self.currency!r}")

    # --- construction -------------------------------------------------------------------------

    @classmethod
    def zero(cls, currency: str) -> Self:
        """Zero in `currency`, written with the currency's minor units (CNY 0.00, JPY 0)."""
        return cls(Decimal(0).scaleb(-minor_units(currency)), currency)

    @classmethod
    def parse_wire(cls, amount_str: str, currency: str) -> Self:
        """Parse an OB wire amount such as "12.50" exactly (no rounding, scale kept).

        Raises:
            InvalidWireAmount: the string does not match the OB amount pattern.
            UnknownCurrency: the currency is not a known ISO 4217 code.
        """
        if not isinstance(amount_str, str) or not _WIRE_PATTERN.fullmatch(amount_str):
            raise InvalidWireAmount("amount does not match the OB amount pattern")
        return cls(Decimal(amount_str), currency)

    # --- serialisation ------------------------------------------------------------------------

    def to_wire(self) -> str:
        """The OB wire string: plain digits, at least the currency's minor units, never rounded.

        `parse_wire(s).to_wire() == s` for every wire string that already shows the currency's
        minor units ("12.50" GBP, "1200" JPY); shorter ones are padded ("12.5" -> "12.50").

        Raises:
            InvalidWireAmount: negative, more than 5 decimals or more than 13 integer digits
                (the OB pattern cannot express it, and rounding would change the amount).
        """
        if self.amount.is_signed() and not self.amount.is_zero():
            raise InvalidWireAmount("wire amounts are unsigned; send the direction separately")
        decimals = max(_scale(self.amount), minor_units(self.currency))
        if decimals > _WIRE_MAX_DECIMALS:
            decimals = _significant_decimals(self.amount, minimum=minor_units(self.currency))
            if decimals > _WIRE_MAX_DECIMALS:
                raise InvalidWireAmount("amount has more decimals than the OB pattern allows")
        text = f"{abs(self.amount):.{decimals}f}"
        if len(text.partition(".")[0]) > _WIRE_MAX_INTEGER_DIGITS:
            raise InvalidWireAmount("amount is too large for the OB pattern")
        return text

    # --- queries ------------------------------------------------------------------------------

    @property
    def minor_units(self) -> int:
        """Decimal places of this currency's minor unit."""
        return minor_units(self.currency)

    def is_zero(self) -> bool:
        return self.amount.is_zero()

    def is_negative(self) -> bool:
        return self.amount < 0

    def is_positive(self) -> bool:
        return self.amount > 0

    def has_sub_minor_digits(self) -> bool:
        """True if the amount has non-zero digits below the currency's minor unit (e.g. 1.005 CNY)."""
        return _significant_decimals(self.amount, minimum=0) > self.minor_units

    # --- arithmetic (same currency only) ------------------------------------------------------

    def _same_currency(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"expected Money, got {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"cannot combine {self.currency} with {other.currency}")
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self.amount + self._same_currency(other).amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self.amount - self._same_currency(other).amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.amount), self.currency)

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._same_currency(other).amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._same_currency(other).amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._same_currency(other).amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._same_currency(other).amount


def _scale(amount: Decimal) -> int:
    """Decimal places as written (`Decimal("1.50")` -> 2, `Decimal("1E+3")` -> 0)."""
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)  # finite amounts only (checked in Money.__post_init__)
    return max(-exponent, 0)


def _significant_decimals(amount: Decimal, *, minimum: int) -> int:
    """Decimal places needed to write `amount` without losing digits (trailing zeros dropped)."""
    return max(_scale(amount.normalize()), minimum)


@functools.lru_cache(maxsize=32)
def _babel_locale(name: str) -> Locale:
    """A Babel locale for `name` ("en", "zh_CN", "zh-CN", "en_GB"); English for anything unknown.

    Qt reports "C" under a bare POSIX environment and Babel knows no "C": a label must not crash.
    """
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse(_FALLBACK_LOCALE)


def format_money(money: Money, locale: str) -> str:
    """Format for people with Babel/CLDR, e.g. "£1,234.50" (en) or "¥3,200.50" (zh_CN).

    Never rounds: an amount with more digits than the currency's usual precision shows them all
    (`decimal_quantization=False`), because a displayed balance must equal the real one.
    Unknown locale names ("C", "") format as English.
    """
    from babel.numbers import format_currency

    return format_currency(
        money.amount,
        money.currency,
        locale=_babel_locale(locale),
        currency_digits=True,
        decimal_quantization=False,
    )
