"""Client side of bad input: the amount the Wealth and Cards screens read (`ui.widgets.money.parse_amount`)
is either refused (the screen then shows its message under the field and sends nothing) or exactly what
was typed, never rounded and never an exception, whatever text the field holds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from a11y_bank.ui.widgets.money import parse_amount

amount_like = st.text(alphabet="0123456789.,  eE+-_x\u00a0٣", max_size=24)


def typed_value(text: str) -> Decimal:
    return Decimal(text.replace(",", "").replace(" ", "").replace("\u00a0", "").strip())


@given(st.one_of(st.text(max_size=40), amount_like))
def test_any_text_is_refused_or_read_exactly(text: str) -> None:
    value = parse_amount(text)
    if value is None:
        return
    assert value >= 0
    assert value.as_tuple().exponent == -2  # two places, as the wire needs
    assert value == typed_value(text)  # nothing rounded away


@given(st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2))
def test_every_amount_a_customer_can_type_is_read(amount: Decimal) -> None:
    assert parse_amount(f"{amount:.2f}") == amount
    assert parse_amount(f"{amount:,.2f}") == amount


@pytest.mark.parametrize(
    "text", ["1e30", "9" * 40, "1.005", "0.001", "12.5e2", "-5", "Infinity", "NaN", "1 e3"]
)
def test_pasted_or_set_text_the_validator_would_stop_is_refused(text: str) -> None:
    assert parse_amount(text) is None
