"""Validators for what people type: each returns a clean value or a `ValidationError`.

A `ValidationError` carries a message-catalogue code (see `domain.messages`) and safe parameters
for its placeholders; it never carries what was typed, because that may be an account number or a
one-time code. Callers branch with ``isinstance(result, ValidationError)``.

Decisions (documented here because the UI and the tests rely on them):

* Unicode: text is NFKC-normalised before numbers are read, so full-width digits from a Chinese
  input method ("１２３．５０") are *accepted* and mean 123.50. Names and references are only
  NFC-normalised, so what the payee sees is what was typed.
* Amounts: "." is the only decimal separator. "," and spaces are accepted only as thousands
  separators in groups of three ("1,234.50", "1 234.50"); "12,50" is refused as not a number,
  because guessing whether a comma is a decimal comma could move money by a factor of 100.
  Trailing zeros beyond the minor unit are fine ("12.500" GBP is 12.50); other extra digits are not.
* CN account numbers: 16 to 19 digits. A number beginning with "62" (the China UnionPay card range,
  which personal debit cards use) is a bank card and must pass the Luhn check; any other 16-19 digit
  number is a settlement (passbook / corporate) account number, which has no common check digit, so
  only its length is checked.
* Currency codes typed in lower case are upper-cased ("cny" -> "CNY").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from types import MappingProxyType

from a11y_bank.domain.currencies import KNOWN_CURRENCIES, minor_units
from a11y_bank.domain.messages import Message, Translate, message, no_translation
from a11y_bank.domain.money import Money

__all__ = [
    "MAX_AMOUNT",
    "OTP_LENGTH",
    "PAYEE_NAME_MAX",
    "REFERENCE_MAX",
    "SCHEDULE_HORIZON_YEARS",
    "AccountIdentifier",
    "AccountScheme",
    "ValidationError",
    "detect_scheme",
    "latest_schedule_date",
    "luhn_check_digit",
    "luhn_is_valid",
    "parse_amount",
    "validate_account",
    "validate_cn_account",
    "validate_currency",
    "validate_iban",
    "validate_otp",
    "validate_payee_name",
    "validate_reference",
    "validate_schedule_date",
    "validate_sort_code",
    "validate_uk_account",
    "validate_uk_account_number",
]

MAX_AMOUNT = Decimal(1_000_000_000)
"""Largest amount a person may type for one payment (a typo guard, not a bank limit)."""

PAYEE_NAME_MAX = 70
REFERENCE_MAX = 35
"""OB UK `RemittanceInformation.Reference` maximum for domestic payments."""

SCHEDULE_HORIZON_YEARS = 1
OTP_LENGTH = 6
_CN_CARD_PREFIX = "62"
_CN_LENGTHS = range(16, 20)
_INPUT_MAX = 200  # nothing a person legitimately types here is longer; bounds the regex work


@dataclass(frozen=True, slots=True)
class ValidationError:
    """Why a value was refused: a catalogue `code` and the safe `params` its text needs."""

    code: str
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    def __post_init__(self) -> None:
        # A read-only copy, so an error value can be shared and hashed safely.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def message(self, translate: Translate = no_translation) -> Message:
        """The catalogue entry for this error, translated and filled in."""
        return message(self.code).render(translate, **self.params)


# --- amounts ------------------------------------------------------------------------------------

# Digits with optional thousands groups (one separator kind), then an optional decimal part.
_AMOUNT_PATTERN = re.compile(
    r"(?P<integer>\d{1,3}(?P<sep>[, ])\d{3}(?:(?P=sep)\d{3})*|\d*)(?:\.(?P<fraction>\d*))?",
    re.ASCII,
)
_MINUS_SIGNS = ("-", "\u2212")  # hyphen-minus and the real minus sign (NFKC keeps U+2212)


def parse_amount(text: str, currency: str, *, maximum: Decimal = MAX_AMOUNT) -> Money | ValidationError:
    """Read an amount a person typed for a payment in `currency` (which must be a known code).

    Returns the amount quantized to the currency's minor unit ("12.5" GBP -> 12.50), or an error:
    amount.empty, amount.not_a_number, amount.negative, amount.zero, amount.too_large,
    amount.too_many_decimals, amount.no_decimals_allowed.
    """
    cleaned = " ".join(unicodedata.normalize("NFKC", text).split())
    if not cleaned:
        return ValidationError("amount.empty")
    negative = cleaned.startswith(_MINUS_SIGNS)
    if negative:
        cleaned = cleaned[1:].lstrip()
    value = _read_unsigned_decimal(cleaned)
    if value is None:
        return ValidationError("amount.not_a_number")
    return _check_amount(value, negative, currency, maximum)


def _read_unsigned_decimal(cleaned: str) -> Decimal | None:
    if len(cleaned) > _INPUT_MAX:
        return None
    match = _AMOUNT_PATTERN.fullmatch(cleaned)
    if match is None or not (match["integer"] or match["fraction"]):
        return None
    integer = (match["integer"] or "0").replace(",", "").replace(" ", "")
    return Decimal(f"{integer}.{match['fraction'] or '0'}")


def _check_amount(value: Decimal, negative: bool, currency: str, maximum: Decimal) -> Money | ValidationError:
    if negative and value:
        return ValidationError("amount.negative")
    if not value:
        return ValidationError("amount.zero")
    if value > maximum:
        return ValidationError("amount.too_large", {"maximum": f"{maximum:,}"})
    places = minor_units(currency)
    step = Decimal(1).scaleb(-places)
    if value != value.quantize(step, rounding=ROUND_DOWN):
        if places == 0:
            return ValidationError("amount.no_decimals_allowed")
        return ValidationError("amount.too_many_decimals", {"decimals": str(places)})
    return Money(value.quantize(step), currency)


# --- currency codes -----------------------------------------------------------------------------

_CURRENCY_PATTERN = re.compile(r"[A-Z]{3}", re.ASCII)


def validate_currency(text: str) -> str | ValidationError:
    """An ISO 4217 code in current use, upper-cased: currency.invalid_format / currency.unknown."""
    code = unicodedata.normalize("NFKC", text).strip().upper()
    if not _CURRENCY_PATTERN.fullmatch(code):
        return ValidationError("currency.invalid_format")
    if code not in KNOWN_CURRENCIES:
        return ValidationError("currency.unknown")
    return code


# --- account identifiers ------------------------------------------------------------------------


class AccountScheme(StrEnum):
    """OB `SchemeName` values this app can pay to (see the extension spec)."""

    UK_SORT_CODE_ACCOUNT = "UK.OBIE.SortCodeAccountNumber"
    IBAN = "UK.OBIE.IBAN"
    CN_ACCOUNT = "UK.OBIE.BBAN"  # the extension uses BBAN for CN account and card numbers


@dataclass(frozen=True, slots=True)
class AccountIdentifier:
    """A checked account identifier in its compact wire form (no spaces or dashes).

    `repr` and `masked` show only the last 4 characters: full account numbers stay out of logs.
    """

    scheme: AccountScheme
    identification: str = field(repr=False)

    @property
    def masked(self) -> str:
        """ "•••• 5678" style: safe to log and short to speak."""
        return f"•••• {self.identification[-4:]}"

    @property
    def display(self) -> str:
        """Grouped for reading: "12-34-56 12345678", "GB82 WEST 1234 …", "6222 0202 …"."""
        if self.scheme is AccountScheme.UK_SORT_CODE_ACCOUNT:
            sort_code, number = self.identification[:6], self.identification[6:]
            return f"{sort_code[0:2]}-{sort_code[2:4]}-{sort_code[4:6]} {number}"
        return " ".join(self.identification[i : i + 4] for i in range(0, len(self.identification), 4))

    def __repr__(self) -> str:
        return f"AccountIdentifier(scheme={self.scheme.name}, identification={self.masked!r})"


_SEPARATORS = re.compile(r"[\s\-]+")
_IBAN_START = re.compile(r"[A-Z]{2}\d{2}", re.ASCII)
_DIGITS = re.compile(r"\d+", re.ASCII)


def _compact(text: str) -> str:
    """NFKC, upper case, without spaces and dashes (how people group account numbers)."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()


def detect_scheme(text: str) -> AccountScheme | None:
    """Guess which scheme an identifier is written in, without validating it fully.

    Two letters then two digits -> IBAN; 14 digits -> sort code + account number; 16-19 digits
    -> CN account or card number; anything else -> None.
    """
    compact = _compact(text)
    if _IBAN_START.match(compact):
        return AccountScheme.IBAN
    if _DIGITS.fullmatch(compact):
        if len(compact) == 14:
            return AccountScheme.UK_SORT_CODE_ACCOUNT
        if len(compact) in _CN_LENGTHS:
            return AccountScheme.CN_ACCOUNT
    return None


def validate_account(text: str) -> AccountIdentifier | ValidationError:
    """Validate an identifier typed in one field, in whichever scheme it is written.

    Errors: account.empty, account.unrecognised, or the scheme's own errors.
    """
    if not _compact(text):
        return ValidationError("account.empty")
    scheme = detect_scheme(text)
    if scheme is AccountScheme.IBAN:
        return validate_iban(text)
    if scheme is AccountScheme.UK_SORT_CODE_ACCOUNT:
        compact = _compact(text)
        return validate_uk_account(compact[:6], compact[6:])
    if scheme is AccountScheme.CN_ACCOUNT:
        return validate_cn_account(text)
    return ValidationError("account.unrecognised")


def validate_sort_code(text: str) -> str | ValidationError:
    """Six digits, dashes and spaces tolerated ("12-34-56"): sort_code.invalid."""
    compact = _compact(text)
    if len(compact) != 6 or not _DIGITS.fullmatch(compact):
        return ValidationError("sort_code.invalid")
    return compact


def validate_uk_account_number(text: str) -> str | ValidationError:
    """Eight digits, spaces and dashes tolerated: account_number.invalid."""
    compact = _compact(text)
    if len(compact) != 8 or not _DIGITS.fullmatch(compact):
        return ValidationError("account_number.invalid")
    return compact


def validate_uk_account(sort_code: str, account_number: str) -> AccountIdentifier | ValidationError:
    """Sort code and account number as OB wants them: one 14-digit identification."""
    checked_sort_code = validate_sort_code(sort_code)
    if isinstance(checked_sort_code, ValidationError):
        return checked_sort_code
    checked_number = validate_uk_account_number(account_number)
    if isinstance(checked_number, ValidationError):
        return checked_number
    return AccountIdentifier(AccountScheme.UK_SORT_CODE_ACCOUNT, checked_sort_code + checked_number)


def validate_iban(text: str) -> AccountIdentifier | ValidationError:
    """An IBAN (any country schwifty knows), checksum verified.

    Errors: account.empty, iban.invalid_country, iban.invalid_length, iban.invalid_checksum,
    iban.invalid_structure. schwifty's own messages quote the IBAN, so they are never passed on.
    """
    compact = _compact(text)
    if not compact:
        return ValidationError("account.empty")
    # Imported on use: schwifty loads its country registry (~30 ms), which the app's start does not need.
    from schwifty import IBAN
    from schwifty.exceptions import (
        InvalidChecksumDigits,
        InvalidCountryCode,
        InvalidLength,
        SchwiftyException,
    )

    try:
        iban = IBAN(compact)
    except InvalidCountryCode:
        return ValidationError("iban.invalid_country")
    except InvalidLength:
        return ValidationError("iban.invalid_length")
    except InvalidChecksumDigits:
        return ValidationError("iban.invalid_checksum")
    except SchwiftyException:
        return ValidationError("iban.invalid_structure")
    return AccountIdentifier(AccountScheme.IBAN, str(iban.compact))


def validate_cn_account(text: str) -> AccountIdentifier | ValidationError:
    """A CN account number (16-19 digits) or UnionPay card number ("62…", Luhn-checked).

    Errors: account.empty, cn_account.invalid_length, cn_account.invalid_checksum.
    """
    compact = _compact(text)
    if not compact:
        return ValidationError("account.empty")
    if not _DIGITS.fullmatch(compact) or len(compact) not in _CN_LENGTHS:
        return ValidationError("cn_account.invalid_length")
    if compact.startswith(_CN_CARD_PREFIX) and not luhn_is_valid(compact):
        return ValidationError("cn_account.invalid_checksum")
    return AccountIdentifier(AccountScheme.CN_ACCOUNT, compact)


def luhn_check_digit(payload: str) -> str:
    """The Luhn (mod 10) check digit to append to the ASCII digits `payload`."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        digit = int(char)
        if position % 2 == 0:  # doubled: these become odd positions once the check digit is appended
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return str((10 - total % 10) % 10)


def luhn_is_valid(number: str) -> bool:
    """True if the ASCII digit string ends with its correct Luhn check digit."""
    if len(number) < 2 or not _DIGITS.fullmatch(number):
        return False
    return luhn_check_digit(number[:-1]) == number[-1]


# --- names and references -----------------------------------------------------------------------

# Control, format (zero-width, bidi), separators other than space, surrogates, private use, unassigned.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _has_forbidden_characters(text: str) -> bool:
    return any(unicodedata.category(char) in _FORBIDDEN_CATEGORIES for char in text)


def _clean_free_text(text: str) -> str:
    """NFC, trimmed, with runs of ordinary spaces (incl. no-break spaces) made one space."""
    normalised = unicodedata.normalize("NFC", text).strip()
    return re.sub(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", normalised)


def validate_payee_name(text: str) -> str | ValidationError:
    """A payee name of 1-70 characters without control or invisible characters.

    Errors: payee.empty, payee.invalid_characters, payee.too_long.
    """
    name = _clean_free_text(text)
    if not name:
        return ValidationError("payee.empty")
    if _has_forbidden_characters(name):
        return ValidationError("payee.invalid_characters")
    if len(name) > PAYEE_NAME_MAX:
        return ValidationError("payee.too_long", {"maximum": str(PAYEE_NAME_MAX)})
    return name


def validate_reference(
    text: str, *, required: bool = False, max_length: int = REFERENCE_MAX
) -> str | ValidationError:
    """A payment reference, trimmed; "" when empty and not `required`.

    Errors: reference.empty, reference.invalid_characters (control, zero-width, bidi controls),
    reference.too_long (OB domestic maximum 35).
    """
    reference = _clean_free_text(text)
    if not reference:
        return ValidationError("reference.empty") if required else ""
    if _has_forbidden_characters(reference):
        return ValidationError("reference.invalid_characters")
    if len(reference) > max_length:
        return ValidationError("reference.too_long", {"maximum": str(max_length)})
    return reference


# --- dates for scheduling -----------------------------------------------------------------------

_DATE_PATTERN = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", re.ASCII)


def latest_schedule_date(today: date) -> date:
    """The last date a payment may be scheduled for: the same day next year (28 Feb for 29 Feb)."""
    try:
        return today.replace(year=today.year + SCHEDULE_HORIZON_YEARS)
    except ValueError:  # 29 February -> 28 February
        return today.replace(year=today.year + SCHEDULE_HORIZON_YEARS, day=28)


def _parse_date(text: str) -> date | None:
    match = _DATE_PATTERN.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def validate_schedule_date(value: date | str, *, today: date) -> date | ValidationError:
    """A payment date from today up to one year ahead.

    `value` is a date or text such as "2026-12-31", "2026/12/31" or "2026年12月31日". `today` is
    passed in (the domain reads no clock), normally the bank's or sandbox's date.
    Errors: date.invalid, date.in_past, date.too_far_ahead (param `latest`, ISO date).
    """
    when = _parse_date(value) if isinstance(value, str) else value
    if when is None:
        return ValidationError("date.invalid")
    if when < today:
        return ValidationError("date.in_past")
    latest = latest_schedule_date(today)
    if when > latest:
        return ValidationError("date.too_far_ahead", {"latest": latest.isoformat()})
    return when


# --- one-time codes -----------------------------------------------------------------------------


# Dashes a code may be grouped with, dropped like spaces: hyphen-minus (and full-width, after NFKC),
# hyphen, non-breaking hyphen, figure dash, en dash, minus sign.
_OTP_DASHES = str.maketrans("", "", "-\u2010\u2011\u2012\u2013\u2212")


def validate_otp(text: str, *, length: int = OTP_LENGTH) -> str | ValidationError:
    """Exactly `length` ASCII digits after NFKC and removing spaces and dashes ("123 456",
    "123-456" -> "123456": a code pasted as a text message grouped it).

    Errors: otp.empty, otp.not_digits, otp.wrong_length (param `length`: how many digits were typed).
    """
    code = "".join(unicodedata.normalize("NFKC", text).translate(_OTP_DASHES).split())
    if not code:
        return ValidationError("otp.empty")
    if not _DIGITS.fullmatch(code):
        return ValidationError("otp.not_digits")
    if len(code) != length:
        return ValidationError("otp.wrong_length", {"length": str(len(code))})
    return code
