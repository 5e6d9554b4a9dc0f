"""Money on the wire is a decimal string; in the ledger it is an integer count of minor units (fen, pence).

Integer minor units make the ledger's sums exact in SQL; conversion happens only at the edges.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from a11y_bank.sandbox.errors import Code, bad_request

MINOR_DIGITS = {"CNY": 2, "GBP": 2}
MAX_AMOUNT = Decimal("9999999999999")
_PLAIN_DECIMAL = re.compile(r"^\d{1,13}(\.\d{1,5})?$")


def to_minor(amount: Decimal, currency: str) -> int:
    digits = MINOR_DIGITS[currency]
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValueError("more decimals than the currency has")
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-MINOR_DIGITS[currency])


def wire(minor: int, currency: str) -> str:
    """Absolute amount as OB wants it: digits, a dot, exactly the currency's decimals."""
    return f"{abs(from_minor(minor, currency)):.{MINOR_DIGITS[currency]}f}"


def parse_amount(text: object, currency: str, path: str) -> int:
    """Validate a wire amount independently of the client: positive, at most 2 decimals, a known currency."""
    if currency not in MINOR_DIGITS:
        raise bad_request(Code.CURRENCY_NOT_ALLOWED, f"Currency {currency} is not supported", path)
    if not isinstance(text, str):
        raise bad_request(Code.FIELD_INVALID, "Amount must be a string", path)
    if not _PLAIN_DECIMAL.match(text):  # no signs, exponents, spaces, NaN or Infinity
        raise bad_request(Code.FIELD_INVALID, "Amount must be digits with an optional decimal point", path)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise bad_request(Code.FIELD_INVALID, "Amount is not a number", path) from None
    if not amount.is_finite() or amount <= 0:
        raise bad_request(Code.FIELD_INVALID, "Amount must be more than zero", path)
    if amount > MAX_AMOUNT:
        raise bad_request(Code.FIELD_INVALID, "Amount is too large", path)
    try:
        return to_minor(amount, currency)
    except ValueError:
        raise bad_request(Code.FIELD_INVALID, "Amount has more than 2 decimals", path) from None
