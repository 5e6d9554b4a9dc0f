"""Money: construction, wire round trip, arithmetic and Babel formatting."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from a11y_bank.domain.currencies import KNOWN_CURRENCIES, MINOR_UNITS
from a11y_bank.domain.money import (
    CurrencyMismatch,
    InvalidWireAmount,
    Money,
    UnknownCurrency,
    format_money,
    minor_units,
)


def gbp(text: str) -> Money:
    return Money(Decimal(text), "GBP")


class TestConstruction:
    def test_refuses_float(self) -> None:
        with pytest.raises(TypeError, match="Decimal"):
            Money(0.1, "GBP")  # type: ignore[arg-type]

    def test_refuses_int(self) -> None:
        with pytest.raises(TypeError):
            Money(1, "GBP")  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "sNaN"])
    def test_refuses_non_finite(self, value: str) -> None:
        with pytest.raises(ValueError, match="finite"):
            Money(Decimal(value), "GBP")

    @pytest.mark.parametrize("code", ["gbp", "XXX", "ABC", "", "GBPX", "RMB"])
    def test_refuses_unknown_currency(self, code: str) -> None:
        with pytest.raises(UnknownCurrency):
            Money(Decimal(1), code)

    def test_is_frozen_and_hashable(self) -> None:
        money = gbp("1.50")
        with pytest.raises(AttributeError):
            money.amount = Decimal(2)  # type: ignore[misc]
        assert {money, gbp("1.5")} == {money}

    def test_zero_uses_minor_units(self) -> None:
        assert Money.zero("CNY").to_wire() == "0.00"
        assert Money.zero("JPY").to_wire() == "0"
        assert Money.zero("KWD").to_wire() == "0.000"
        assert Money.zero("CNY").is_zero()


class TestMinorUnits:
    @pytest.mark.parametrize(
        ("code", "digits"),
        [("CNY", 2), ("GBP", 2), ("EUR", 2), ("USD", 2), ("JPY", 0), ("KRW", 0), ("KWD", 3), ("CLF", 4)],
    )
    def test_iso_4217_minor_units(self, code: str, digits: int) -> None:
        assert minor_units(code) == digits
        assert Money.zero(code).minor_units == digits

    def test_unknown(self) -> None:
        with pytest.raises(UnknownCurrency):
            minor_units("ZZZ")

    def test_table_is_well_formed(self) -> None:
        assert len(KNOWN_CURRENCIES) > 150
        for code, digits in MINOR_UNITS.items():
            assert len(code) == 3
            assert code.isascii()
            assert code.isupper()
            assert digits in {0, 2, 3, 4}


class TestWire:
    @pytest.mark.parametrize(
        ("text", "currency", "expected"),
        [
            ("12.50", "GBP", "12.50"),
            ("0.01", "CNY", "0.01"),
            ("0.00", "CNY", "0.00"),
            ("1200", "JPY", "1200"),
            ("9999999999999.99", "CNY", "9999999999999.99"),
            ("1.23456", "USD", "1.23456"),
            ("10.125", "KWD", "10.125"),
            ("0012.50", "GBP", "12.50"),
        ],
    )
    def test_round_trip_is_exact(self, text: str, currency: str, expected: str) -> None:
        money = Money.parse_wire(text, currency)
        assert money.amount == Decimal(text)
        assert money.to_wire() == expected

    def test_canonical_round_trip(self) -> None:
        assert Money.parse_wire("12.50", "GBP").to_wire() == "12.50"
        assert Money.parse_wire("3200.50", "CNY").amount == Decimal("3200.50")

    def test_pads_to_minor_units(self) -> None:
        assert Money.parse_wire("12.5", "GBP").to_wire() == "12.50"
        assert Money.parse_wire("12", "CNY").to_wire() == "12.00"
        assert gbp("1E+3").to_wire() == "1000.00"

    def test_trailing_zeros_beyond_five_decimals_are_dropped_not_rounded(self) -> None:
        assert gbp("1.1000000").to_wire() == "1.10"
        assert gbp("1.12345000").to_wire() == "1.12345"

    @pytest.mark.parametrize(
        "text",
        ["", " 12.50", "12.50 ", "-1.00", "+1.00", "1,000.00", "1.", ".5", "1.123456", "1e3", "NaN",
         "12345678901234", "１２.５０", "12.5.0", "0x10", "1_000", "12.50\n", "٣"],
    )  # fmt: skip
    def test_parse_refuses_off_pattern(self, text: str) -> None:
        with pytest.raises(InvalidWireAmount):
            Money.parse_wire(text, "GBP")

    def test_parse_refuses_non_string(self) -> None:
        with pytest.raises(InvalidWireAmount):
            Money.parse_wire(12.5, "GBP")  # type: ignore[arg-type]

    def test_error_message_does_not_echo_the_amount(self) -> None:
        with pytest.raises(InvalidWireAmount) as info:
            Money.parse_wire("-987654.32", "GBP")
        assert "987654" not in str(info.value)

    def test_parse_refuses_unknown_currency(self) -> None:
        with pytest.raises(UnknownCurrency):
            Money.parse_wire("1.00", "XYZ")

    def test_to_wire_refuses_negative(self) -> None:
        with pytest.raises(InvalidWireAmount, match="unsigned"):
            gbp("-0.01").to_wire()

    def test_negative_zero_is_zero(self) -> None:
        assert gbp("-0.00").to_wire() == "0.00"

    def test_to_wire_refuses_sub_pattern_precision(self) -> None:
        with pytest.raises(InvalidWireAmount, match="decimals"):
            gbp("0.000001").to_wire()

    def test_to_wire_refuses_over_13_integer_digits(self) -> None:
        with pytest.raises(InvalidWireAmount, match="large"):
            gbp("10000000000000").to_wire()

    @given(
        st.decimals(
            min_value=Decimal(0), max_value=Decimal("9999999999999.99999"), places=5, allow_nan=False
        ),
        st.sampled_from(["CNY", "GBP", "JPY", "KWD", "EUR"]),
    )
    def test_decimal_to_json_string_to_decimal_is_exact(self, amount: Decimal, currency: str) -> None:
        body = json.dumps({"Amount": Money(amount, currency).to_wire(), "Currency": currency})
        parsed = json.loads(body)
        assert isinstance(parsed["Amount"], str)
        back = Money.parse_wire(parsed["Amount"], parsed["Currency"])
        assert back.amount == amount
        assert back == Money(amount, currency)

    @given(st.from_regex(r"\A([0-9]{1,13}|[0-9]{1,13}\.[0-9]{2,5})\Z"))
    def test_wire_string_round_trip_for_cny(self, text: str) -> None:
        assert Money.parse_wire(text, "CNY").amount == Decimal(text)
        again = Money.parse_wire(Money.parse_wire(text, "CNY").to_wire(), "CNY")
        assert again.amount == Decimal(text)


class TestArithmetic:
    def test_add_and_subtract(self) -> None:
        assert gbp("1.10") + gbp("2.20") == gbp("3.30")
        assert gbp("1.10") - gbp("2.20") == gbp("-1.10")
        assert (gbp("0.10") + gbp("0.20")).amount == Decimal("0.30")

    def test_negate_and_abs(self) -> None:
        assert -gbp("5.00") == gbp("-5.00")
        assert abs(gbp("-5.00")) == gbp("5.00")

    def test_sign_queries(self) -> None:
        assert gbp("-1").is_negative()
        assert not gbp("-1").is_positive()
        assert gbp("1").is_positive()
        assert gbp("0").is_zero()

    def test_comparisons(self) -> None:
        assert gbp("1.00") < gbp("1.01")
        assert gbp("1.00") <= gbp("1.0")
        assert gbp("2") > gbp("1.99")
        assert gbp("2") >= gbp("2.00")

    @pytest.mark.parametrize(
        "operation",
        [
            lambda a, b: a + b,
            lambda a, b: a - b,
            lambda a, b: a < b,
            lambda a, b: a <= b,
            lambda a, b: a > b,
            lambda a, b: a >= b,
        ],
    )
    def test_mixed_currencies_are_refused(self, operation: object) -> None:
        assert callable(operation)
        with pytest.raises(CurrencyMismatch, match="GBP with CNY"):
            operation(gbp("1"), Money(Decimal(1), "CNY"))

    def test_equality_is_false_across_currencies(self) -> None:
        assert gbp("1") != Money(Decimal(1), "EUR")

    def test_adding_a_non_money_is_a_type_error(self) -> None:
        with pytest.raises(TypeError):
            gbp("1") + Decimal(1)  # type: ignore[operator]

    def test_sub_minor_digits(self) -> None:
        assert Money(Decimal("1.005"), "CNY").has_sub_minor_digits()
        assert not Money(Decimal("1.0500"), "CNY").has_sub_minor_digits()
        assert Money(Decimal("1.5"), "JPY").has_sub_minor_digits()


class TestFormatting:
    @pytest.mark.parametrize(
        ("amount", "currency", "locale", "expected"),
        [
            ("1234.5", "GBP", "en", "£1,234.50"),
            ("3200.50", "CNY", "zh_CN", "¥3,200.50"),
            ("3200.50", "CNY", "en", "CN¥3,200.50"),
            ("-12.50", "GBP", "en", "-£12.50"),
            ("-12.50", "CNY", "zh_CN", "-¥12.50"),
            ("1200", "JPY", "en", "¥1,200"),
            ("0", "EUR", "en", "€0.00"),
            ("1000000", "USD", "zh_CN", "US$1,000,000.00"),
        ],
    )
    def test_babel_formatting(self, amount: str, currency: str, locale: str, expected: str) -> None:
        assert format_money(Money(Decimal(amount), currency), locale) == expected

    def test_never_rounds(self) -> None:
        assert format_money(gbp("0.125"), "en") == "£0.125"
        assert format_money(gbp("0.005"), "en") == "£0.005"

    @pytest.mark.parametrize(("locale", "expected"), [
        ("C", "£1,234.50"),
        ("", "£1,234.50"),
        ("xx_YY", "£1,234.50"),
        ("zh-CN", "£1,234.50"),
        ("en_GB", "£1,234.50"),
        ("de_DE", "1.234,50\xa0£"),
    ])  # fmt: skip
    def test_locale_names(self, locale: str, expected: str) -> None:
        assert format_money(gbp("1234.50"), locale) == expected
