"""Small pieces of the sandbox, tested directly: money parsing, name check, clock, rate limiter, JWS shape."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from a11y_bank.sandbox import crypto
from a11y_bank.sandbox.clock import Clock
from a11y_bank.sandbox.controls import FaultRegistry, RateLimiter
from a11y_bank.sandbox.errors import ApiError
from a11y_bank.sandbox.money import parse_amount, wire
from a11y_bank.sandbox.payees import name_check


@pytest.mark.parametrize(("text", "minor"), [("12.50", 1250), ("1", 100), ("0.01", 1), ("12.500", 1250)])
def test_amounts_parse_to_minor_units(text: str, minor: int) -> None:
    assert parse_amount(text, "CNY", "Amount") == minor


@pytest.mark.parametrize(
    "text", ["0", "0.00", "-1", "1e3", "NaN", "Infinity", " 1", "1,000", "12.345", "", "1."]
)
def test_bad_amounts_are_refused(text: str) -> None:
    with pytest.raises(ApiError) as caught:
        parse_amount(text, "CNY", "Amount")
    assert caught.value.status == 400


def test_amount_must_be_a_string_and_currency_known() -> None:
    with pytest.raises(ApiError):
        parse_amount(12.5, "CNY", "Amount")
    with pytest.raises(ApiError) as caught:
        parse_amount("1.00", "USD", "Amount")
    assert caught.value.code.value == "AM03"


def test_wire_format() -> None:
    assert wire(-123456, "CNY") == "1234.56"
    assert wire(5, "GBP") == "0.05"


@pytest.mark.parametrize(
    ("holder", "given", "result"),
    [
        ("Zhang Wei", "Zhang Wei", "MATCH"),
        ("Zhang Wei", "ZHANG WEI.", "MATCH"),
        ("Oliver Smith", "Mr Oliver Smith", "MATCH"),
        ("Zhang Wei", "Wei Zhang", "CLOSE_MATCH"),
        ("Oliver Smith", "Oliver Smyth", "CLOSE_MATCH"),
        ("Oliver Smith", "O Smith", "CLOSE_MATCH"),
        ("Oliver Smith", "Jane Doe", "NO_MATCH"),
        (None, "Anyone", "UNAVAILABLE"),
    ],
)
def test_name_check(holder: str | None, given: str, result: str) -> None:
    assert name_check(holder, given)["Result"] == result


def test_clock_set_advance_freeze() -> None:
    base = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
    ticks = iter(base + timedelta(seconds=s) for s in range(100))
    clock = Clock(source=lambda: next(ticks))
    clock.set(datetime(2031, 6, 1, 9, 0, tzinfo=UTC))
    assert clock.now() == datetime(2031, 6, 1, 9, 0, 1, tzinfo=UTC)  # time keeps running
    clock.freeze()
    frozen = clock.now()
    assert clock.now() == frozen
    clock.advance(timedelta(minutes=5))
    assert clock.now() == frozen + timedelta(minutes=5)
    clock.unfreeze()
    assert clock.now() > frozen + timedelta(minutes=5)
    with pytest.raises(ValueError, match="aware"):
        clock.set(datetime(2031, 1, 1))


def test_rate_limiter_buckets_are_per_key() -> None:
    limiter = RateLimiter(rate=1.0, burst=2)
    assert limiter.retry_after("a") is None
    assert limiter.retry_after("a") is None
    wait = limiter.retry_after("a")
    assert wait is not None
    assert wait >= 1
    assert limiter.retry_after("b") is None


def test_faults_are_used_up() -> None:
    registry = FaultRegistry()
    registry.add({"Kind": "error", "Path": "/payments$", "Method": "POST", "Count": 2})
    assert registry.take("GET", "/x/payments") is None
    assert registry.take("POST", "/x/payments") is not None
    assert registry.take("POST", "/x/payments") is not None
    assert registry.take("POST", "/x/payments") is None
    with pytest.raises(ValueError, match="5xx"):
        registry.add({"Kind": "error", "Status": 404})


def test_detached_jws_shape() -> None:
    signature = crypto.detached_jws(b"k" * 32, b'{"Data": {}}')
    assert crypto.is_detached_jws(signature)
    assert signature.split(".")[1] == ""
    for bad in ["", "a.b.c", "abc", "..sig", "bm90IGpzb24..sig"]:
        assert not crypto.is_detached_jws(bad), bad


def test_code_binding_depends_on_every_term() -> None:
    terms = {
        "amount": "10.00",
        "currency": "CNY",
        "scheme": "UK.OBIE.BBAN",
        "identification": "6228480000011112222",
    }
    base = crypto.code_binding(b"k", "123456", **terms)
    for key, other in [
        ("amount", "10.01"),
        ("currency", "GBP"),
        ("scheme", "UK.OBIE.IBAN"),
        ("identification", "6228480000011112223"),
    ]:
        assert crypto.code_binding(b"k", "123456", **{**terms, key: other}) != base
    assert crypto.code_binding(b"k", "654321", **terms) != base
