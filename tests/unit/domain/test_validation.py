"""Validators for typed input: each returns a clean value or a ValidationError with a catalogue code."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from a11y_bank.domain.messages import CATALOGUE
from a11y_bank.domain.money import Money
from a11y_bank.domain.validation import (
    MAX_AMOUNT,
    AccountIdentifier,
    AccountScheme,
    ValidationError,
    detect_scheme,
    latest_schedule_date,
    luhn_check_digit,
    luhn_is_valid,
    parse_amount,
    validate_account,
    validate_cn_account,
    validate_currency,
    validate_iban,
    validate_otp,
    validate_payee_name,
    validate_reference,
    validate_schedule_date,
    validate_sort_code,
    validate_uk_account,
    validate_uk_account_number,
)

GOOD_IBAN = "GB82WEST12345698765432"
GOOD_CARD = "622202020011223344" + luhn_check_digit("622202020011223344")  # 19-digit UnionPay card


def code_of(result: object) -> str:
    assert isinstance(result, ValidationError), f"expected an error, got {result!r}"
    assert result.code in CATALOGUE
    return result.code


class TestAmount:
    @pytest.mark.parametrize(
        ("typed", "expected"),
        [
            ("12.50", "12.50"),
            ("12.5", "12.50"),
            ("12", "12.00"),
            (" 12.50 ", "12.50"),
            ("0.01", "0.01"),
            (".5", "0.50"),
            ("5.", "5.00"),
            ("12.500", "12.50"),  # trailing zeros beyond the minor unit are harmless
            ("1,234.50", "1234.50"),
            ("1,234,567", "1234567.00"),
            ("1 234.50", "1234.50"),
            ("1\u00a0234.50", "1234.50"),  # no-break space from a formatted amount
            ("１２３", "123.00"),  # full-width digits: NFKC, accepted
            ("１２．５０", "12.50"),
            ("１，２３４．５", "1234.50"),
            ("1000000000", "1000000000.00"),  # the maximum itself is allowed
        ],
    )
    def test_accepted(self, typed: str, expected: str) -> None:
        result = parse_amount(typed, "GBP")
        assert result == Money(Decimal(expected), "GBP")
        assert isinstance(result, Money)
        assert result.to_wire() == expected

    @pytest.mark.parametrize(
        ("typed", "code"),
        [
            ("", "amount.empty"),
            ("   ", "amount.empty"),
            ("abc", "amount.not_a_number"),
            ("12,50", "amount.not_a_number"),  # decimal comma: refused, never guessed
            ("1,23,456", "amount.not_a_number"),
            ("1,234 567", "amount.not_a_number"),  # mixed separators
            ("12 50", "amount.not_a_number"),
            ("1e3", "amount.not_a_number"),
            ("NaN", "amount.not_a_number"),
            ("Infinity", "amount.not_a_number"),
            ("12.5.0", "amount.not_a_number"),
            ("+5", "amount.not_a_number"),
            ("-", "amount.not_a_number"),
            (".", "amount.not_a_number"),
            ("£12", "amount.not_a_number"),
            ("٣", "amount.not_a_number"),  # Arabic-Indic digit: not folded by NFKC, refused
            ("9" * 500, "amount.not_a_number"),
            ("-5", "amount.negative"),
            ("- 5.00", "amount.negative"),
            ("\u22125", "amount.negative"),  # the real minus sign
            ("－５", "amount.negative"),  # full-width hyphen-minus
            ("0", "amount.zero"),
            ("0.00", "amount.zero"),
            ("-0", "amount.zero"),
            ("12.345", "amount.too_many_decimals"),
            ("0.001", "amount.too_many_decimals"),
            ("1000000000.01", "amount.too_large"),
            ("99999999999999999999999999999999999999", "amount.too_large"),
        ],
    )
    def test_refused(self, typed: str, code: str) -> None:
        assert code_of(parse_amount(typed, "GBP")) == code

    def test_too_many_decimals_names_the_limit(self) -> None:
        error = parse_amount("1.234", "GBP")
        assert isinstance(error, ValidationError)
        assert error.params == {"decimals": "2"}
        assert "2 digits" in error.message().text
        kwd = parse_amount("1.2345", "KWD")
        assert isinstance(kwd, ValidationError)
        assert kwd.params == {"decimals": "3"}
        assert parse_amount("1.234", "KWD") == Money(Decimal("1.234"), "KWD")

    def test_yen_has_no_decimals(self) -> None:
        assert code_of(parse_amount("12.5", "JPY")) == "amount.no_decimals_allowed"
        assert parse_amount("1,200", "JPY") == Money(Decimal(1200), "JPY")
        assert parse_amount("12.0", "JPY") == Money(Decimal(12), "JPY")

    def test_too_large_names_the_maximum(self) -> None:
        error = parse_amount("5000", "CNY", maximum=Decimal(1000))
        assert isinstance(error, ValidationError)
        assert error.params == {"maximum": "1,000"}
        assert "1,000" in error.message().text
        assert Decimal(1_000_000_000) == MAX_AMOUNT

    @given(st.decimals(min_value=Decimal("0.01"), max_value=MAX_AMOUNT, places=2))
    def test_formatted_amounts_read_back_exactly(self, amount: Decimal) -> None:
        for typed in (f"{amount}", f"{amount:,}", f"{amount:,}".replace(",", " ")):
            assert parse_amount(typed, "CNY") == Money(amount, "CNY")

    @given(st.text(max_size=40))
    def test_never_crashes(self, typed: str) -> None:
        result = parse_amount(typed, "CNY")
        if isinstance(result, Money):
            assert Decimal(0) < result.amount <= MAX_AMOUNT
            assert result.currency == "CNY"
            assert not result.has_sub_minor_digits()
        else:
            assert result.code.startswith("amount.")

    def test_error_never_contains_the_input(self) -> None:
        error = parse_amount("-123456789", "GBP")
        assert "123456789" not in repr(error)


class TestCurrency:
    @pytest.mark.parametrize(
        ("typed", "code"), [("CNY", "CNY"), ("gbp", "GBP"), (" EUR ", "EUR"), ("ＵＳＤ", "USD")]
    )
    def test_accepted(self, typed: str, code: str) -> None:
        assert validate_currency(typed) == code

    @pytest.mark.parametrize(
        ("typed", "code"),
        [
            ("", "currency.invalid_format"),
            ("GB", "currency.invalid_format"),
            ("GBPX", "currency.invalid_format"),
            ("G8P", "currency.invalid_format"),
            ("ÄBC", "currency.invalid_format"),
            ("XYZ", "currency.unknown"),
            ("RMB", "currency.unknown"),  # colloquial, not ISO 4217
        ],
    )
    def test_refused(self, typed: str, code: str) -> None:
        assert code_of(validate_currency(typed)) == code


class TestUkAccount:
    @pytest.mark.parametrize("typed", ["12-34-56", "123456", "12 34 56", " 12–34–56 ".replace("–", "-")])
    def test_sort_code_accepted(self, typed: str) -> None:
        assert validate_sort_code(typed) == "123456"

    @pytest.mark.parametrize("typed", ["12345", "1234567", "12-34-5a", "", "12_34_56"])
    def test_sort_code_refused(self, typed: str) -> None:
        assert code_of(validate_sort_code(typed)) == "sort_code.invalid"

    @pytest.mark.parametrize("typed", ["12345678", "1234 5678", "1234-5678"])
    def test_account_number_accepted(self, typed: str) -> None:
        assert validate_uk_account_number(typed) == "12345678"

    @pytest.mark.parametrize("typed", ["1234567", "123456789", "1234567x", ""])
    def test_account_number_refused(self, typed: str) -> None:
        assert code_of(validate_uk_account_number(typed)) == "account_number.invalid"

    def test_combined(self) -> None:
        result = validate_uk_account("12-34-56", "1234 5678")
        assert result == AccountIdentifier(AccountScheme.UK_SORT_CODE_ACCOUNT, "12345612345678")
        assert isinstance(result, AccountIdentifier)
        assert result.display == "12-34-56 12345678"
        assert code_of(validate_uk_account("12-34", "12345678")) == "sort_code.invalid"
        assert code_of(validate_uk_account("12-34-56", "1234")) == "account_number.invalid"


class TestIban:
    @pytest.mark.parametrize(
        "typed",
        [
            "GB82WEST12345698765432",
            "GB82 WEST 1234 5698 7654 32",
            "gb82 west 1234 5698 7654 32",
            "GB82-WEST-1234-5698-7654-32",
        ],
    )
    def test_accepted(self, typed: str) -> None:
        result = validate_iban(typed)
        assert result == AccountIdentifier(AccountScheme.IBAN, GOOD_IBAN)
        assert isinstance(result, AccountIdentifier)
        assert result.display == "GB82 WEST 1234 5698 7654 32"

    def test_german(self) -> None:
        assert validate_iban("DE89 3704 0044 0532 0130 00") == AccountIdentifier(
            AccountScheme.IBAN, "DE89370400440532013000"
        )

    @pytest.mark.parametrize(
        ("typed", "code"),
        [
            ("", "account.empty"),
            ("XX82WEST12345698765432", "iban.invalid_country"),
            ("GB82WEST123456987654", "iban.invalid_length"),
            ("GB82WEST12345698765433", "iban.invalid_checksum"),
            ("GB82WES112345698765432", "iban.invalid_structure"),
        ],
    )
    def test_refused(self, typed: str, code: str) -> None:
        error = validate_iban(typed)
        assert code_of(error) == code
        assert "5698" not in repr(error)


class TestCnAccount:
    def test_luhn(self) -> None:
        assert luhn_is_valid("79927398713")
        assert not luhn_is_valid("79927398710")
        assert luhn_check_digit("7992739871") == "3"
        assert luhn_is_valid("4111111111111111")
        assert not luhn_is_valid("7")
        assert not luhn_is_valid("12a4")

    @given(st.from_regex(r"\A[0-9]{1,30}\Z"))
    def test_luhn_check_digit_always_validates(self, payload: str) -> None:
        number = payload + luhn_check_digit(payload)
        assert luhn_is_valid(number)
        wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
        assert not luhn_is_valid(wrong)

    def test_card_with_valid_luhn(self) -> None:
        spaced = " ".join(GOOD_CARD[i : i + 4] for i in range(0, len(GOOD_CARD), 4))
        result = validate_cn_account(spaced)
        assert result == AccountIdentifier(AccountScheme.CN_ACCOUNT, GOOD_CARD)

    def test_card_with_bad_luhn(self) -> None:
        bad = GOOD_CARD[:-1] + str((int(GOOD_CARD[-1]) + 1) % 10)
        assert code_of(validate_cn_account(bad)) == "cn_account.invalid_checksum"

    def test_settlement_account_needs_no_check_digit(self) -> None:
        for number in ("1234567890123456", "9558801001234567890"):
            assert validate_cn_account(number) == AccountIdentifier(AccountScheme.CN_ACCOUNT, number)

    @pytest.mark.parametrize(("typed", "code"), [
        ("", "account.empty"),
        ("123456789012345", "cn_account.invalid_length"),
        ("12345678901234567890", "cn_account.invalid_length"),
        ("12345678901234a6", "cn_account.invalid_length"),
    ])  # fmt: skip
    def test_refused(self, typed: str, code: str) -> None:
        assert code_of(validate_cn_account(typed)) == code

    def test_full_width_digits(self) -> None:
        full_width = "".join(chr(ord(c) + 0xFEE0) for c in GOOD_CARD)
        assert validate_cn_account(full_width) == AccountIdentifier(AccountScheme.CN_ACCOUNT, GOOD_CARD)


class TestAccountDispatch:
    @pytest.mark.parametrize(
        ("typed", "scheme"),
        [
            (GOOD_IBAN, AccountScheme.IBAN),
            ("gb82 west", AccountScheme.IBAN),
            ("12-34-56 12345678", AccountScheme.UK_SORT_CODE_ACCOUNT),
            ("1234561234567", None),
            (GOOD_CARD, AccountScheme.CN_ACCOUNT),
            ("1234567890123456", AccountScheme.CN_ACCOUNT),
            ("12345678901234567890", None),
            ("hello", None),
            ("", None),
        ],
    )
    def test_detect_scheme(self, typed: str, scheme: AccountScheme | None) -> None:
        assert detect_scheme(typed) is scheme

    def test_validate_account(self) -> None:
        assert validate_account(GOOD_IBAN) == AccountIdentifier(AccountScheme.IBAN, GOOD_IBAN)
        assert validate_account("12-34-56 1234 5678") == AccountIdentifier(
            AccountScheme.UK_SORT_CODE_ACCOUNT, "12345612345678"
        )
        assert validate_account(GOOD_CARD) == AccountIdentifier(AccountScheme.CN_ACCOUNT, GOOD_CARD)
        assert code_of(validate_account("  - ")) == "account.empty"
        assert code_of(validate_account("12345")) == "account.unrecognised"
        assert code_of(validate_account("GB00WEST12345698765432")) == "iban.invalid_checksum"

    def test_scheme_values_are_ob_scheme_names(self) -> None:
        assert AccountScheme.UK_SORT_CODE_ACCOUNT.value == "UK.OBIE.SortCodeAccountNumber"
        assert AccountScheme.IBAN.value == "UK.OBIE.IBAN"
        assert AccountScheme.CN_ACCOUNT.value == "UK.OBIE.BBAN"

    def test_repr_and_masked_hide_the_number(self) -> None:
        account = AccountIdentifier(AccountScheme.CN_ACCOUNT, GOOD_CARD)
        assert GOOD_CARD not in repr(account)
        assert GOOD_CARD[:-4] not in repr(account)
        assert account.masked == f"•••• {GOOD_CARD[-4:]}"
        assert account.display.replace(" ", "") == GOOD_CARD


class TestPayeeName:
    @pytest.mark.parametrize(
        ("typed", "clean"),
        [
            ("Alice Smith", "Alice Smith"),
            ("  Alice   Smith  ", "Alice Smith"),
            ("李伟", "李伟"),
            ("Zoë O'Brien-Ng", "Zoë O'Brien-Ng"),
            ("Zoe\u0308", "Zoë"),  # NFC composes
            ("A\u00a0B", "A B"),
            ("x" * 70, "x" * 70),
        ],
    )
    def test_accepted(self, typed: str, clean: str) -> None:
        assert validate_payee_name(typed) == clean

    @pytest.mark.parametrize(
        ("typed", "code"),
        [
            ("", "payee.empty"),
            (" \t\n ", "payee.empty"),
            ("x" * 71, "payee.too_long"),
            ("Alice\nSmith", "payee.invalid_characters"),
            ("Alice\tSmith", "payee.invalid_characters"),
            ("Ali\u200bce", "payee.invalid_characters"),  # zero-width space
            ("\u202eecilA", "payee.invalid_characters"),  # right-to-left override
            ("Alice\x00", "payee.invalid_characters"),
            ("Alice\u2028Smith", "payee.invalid_characters"),  # line separator
        ],
    )
    def test_refused(self, typed: str, code: str) -> None:
        assert code_of(validate_payee_name(typed)) == code

    def test_too_long_names_the_limit(self) -> None:
        error = validate_payee_name("x" * 71)
        assert isinstance(error, ValidationError)
        assert "70" in error.message().text


class TestReference:
    def test_trimmed(self) -> None:
        assert validate_reference("  Invoice 42  ") == "Invoice 42"

    def test_optional_by_default(self) -> None:
        assert validate_reference("   ") == ""
        assert code_of(validate_reference("", required=True)) == "reference.empty"

    def test_length(self) -> None:
        assert validate_reference("x" * 35) == "x" * 35
        assert code_of(validate_reference("x" * 36)) == "reference.too_long"
        assert code_of(validate_reference("x" * 19, max_length=18)) == "reference.too_long"

    @pytest.mark.parametrize(
        "typed",
        [
            "a\u200bb",
            "a\u200cb",
            "a\u200db",
            "a\u2066b\u2069",
            "a\u200fb",
            "\ufeffbill",
            "a\x1bb",
            "a\u0085b",
        ],
    )
    def test_invisible_and_control_characters(self, typed: str) -> None:
        assert code_of(validate_reference(typed)) == "reference.invalid_characters"

    def test_chinese_reference(self) -> None:
        assert validate_reference("电费 2026年11月") == "电费 2026年11月"


class TestScheduleDate:
    TODAY = date(2026, 11, 23)

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (date(2026, 11, 23), date(2026, 11, 23)),  # today is fine
            (date(2027, 11, 23), date(2027, 11, 23)),  # exactly one year ahead is fine
            ("2026-12-31", date(2026, 12, 31)),
            ("2026/12/1", date(2026, 12, 1)),
            ("2026.12.01", date(2026, 12, 1)),
            ("2026年12月31日", date(2026, 12, 31)),
            ("２０２６－１２－３１", date(2026, 12, 31)),
            (" 2026-12-31 ", date(2026, 12, 31)),
        ],
    )
    def test_accepted(self, value: date | str, expected: date) -> None:
        assert validate_schedule_date(value, today=self.TODAY) == expected

    @pytest.mark.parametrize(
        ("value", "code"),
        [
            (date(2026, 11, 22), "date.in_past"),
            ("2020-01-01", "date.in_past"),
            (date(2027, 11, 24), "date.too_far_ahead"),
            ("2026-02-30", "date.invalid"),
            ("2026-13-01", "date.invalid"),
            ("tomorrow", "date.invalid"),
            ("", "date.invalid"),
            ("31/12/2026", "date.invalid"),  # day-first is ambiguous with month-first; refused
        ],
    )
    def test_refused(self, value: date | str, code: str) -> None:
        assert code_of(validate_schedule_date(value, today=self.TODAY)) == code

    def test_too_far_ahead_names_the_latest_date(self) -> None:
        error = validate_schedule_date(date(2030, 1, 1), today=self.TODAY)
        assert isinstance(error, ValidationError)
        assert error.params == {"latest": "2027-11-23"}

    def test_leap_day(self) -> None:
        assert latest_schedule_date(date(2028, 2, 29)) == date(2029, 2, 28)
        assert latest_schedule_date(date(2026, 3, 1)) == date(2027, 3, 1)


class TestOtp:
    @pytest.mark.parametrize(
        "typed",
        [
            "123456",
            "123 456",
            " 123456 ",
            "１２３４５６",
            "12 34 56",
            "123\u3000456",
            "123-456",
            "123－456",
            "123\u2013456",
        ],
    )
    def test_accepted(self, typed: str) -> None:
        assert validate_otp(typed) == "123456"

    @pytest.mark.parametrize(
        ("typed", "code"),
        [
            ("", "otp.empty"),
            ("   ", "otp.empty"),
            ("12345", "otp.wrong_length"),
            ("1234567", "otp.wrong_length"),
            ("12a456", "otp.not_digits"),
            ("123.456", "otp.not_digits"),
            ("123_456", "otp.not_digits"),
            ("١٢٣٤٥٦", "otp.not_digits"),  # Arabic-Indic digits are not the code's ASCII digits
        ],
    )
    def test_refused(self, typed: str, code: str) -> None:
        assert code_of(validate_otp(typed)) == code

    def test_wrong_length_reports_count_not_code(self) -> None:
        error = validate_otp("98765")
        assert isinstance(error, ValidationError)
        assert error.params == {"length": "5"}
        assert "98765" not in repr(error)
        assert "you typed 5" in error.message().text

    def test_other_lengths(self) -> None:
        assert validate_otp("12345678", length=8) == "12345678"


def test_validation_error_equality_and_hash() -> None:
    assert ValidationError("amount.zero") == ValidationError("amount.zero")
    assert hash(ValidationError("amount.zero")) == hash(ValidationError("amount.zero"))
    assert ValidationError("amount.zero").message().code == "amount.zero"
