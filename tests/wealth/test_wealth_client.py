"""`api.wealth` against the real sandbox (every request and response validated by the spec oracle): the
questionnaire, the suitability rule as typed errors, buy and sell through review -> code -> order, and
exactly-once orders when answers are lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from a11y_bank.api.bank import Bank
from a11y_bank.api.errors import OutcomeUnknown, Rejected
from a11y_bank.api.wealth import AssessmentStatus, OrderReview, OrderType, Wealth, WealthOrder
from a11y_bank.domain.money import Money
from a11y_bank.sandbox.server import start_in_thread
from tests.api.fakes import FakeSleep
from tests.api.sandbox_support import (
    DEMO_USER,
    MORNING,
    Controls,
    CountingTransport,
    all_validated,
    make_bank,
    validated_transport,
)

CURRENT = "acc-lw-cur"
MIDDLE = {f"Q{n}": "C" for n in range(1, 6)}  # C3


@dataclass
class Env:
    url: str
    controls: Controls
    transport: CountingTransport


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    running = start_in_thread(tmp_path_factory.mktemp("bank") / "bank.db", test_controls=True)
    controls = Controls(running.url)
    try:
        yield Env(running.url, controls, validated_transport())
    finally:
        controls.close()
        running.stop()


@pytest.fixture
def bank(env: Env, tmp_path: Path) -> Iterator[Bank]:
    env.controls.clear_faults()
    env.controls.set_clock(MORNING)
    bank = make_bank(env.url, tmp_path, env.transport, sleep=FakeSleep())
    bank.sign_in(*DEMO_USER)
    with all_validated(env.transport):
        yield bank
    bank.close()


@pytest.fixture
def wealth(bank: Bank) -> Wealth:
    return Wealth(bank)


def authorised(wealth: Wealth, env: Env, review: OrderReview) -> OrderReview:
    challenge = wealth.send_code(review, "EMAIL")
    wealth.confirm_code(challenge, env.controls.code_for(challenge))
    return review


def balance(bank: Bank) -> Decimal:
    return bank.balances(CURRENT)[0].amount.amount


def test_questionnaire_assessment_products_and_sheet(wealth: Wealth) -> None:
    questionnaire = wealth.questionnaire()
    assert len(questionnaire.questions) == 5
    assert all(len(q.options) == 5 for q in questionnaire.questions)
    stored = wealth.assess(MIDDLE)
    assert (stored.status, stored.level) == (AssessmentStatus.VALID, "C3")
    assert wealth.assessment() == stored
    products = wealth.products()
    assert [p.risk_level for p in products] == ["R1", "R2", "R3", "R4", "R5"]
    sheet = wealth.product("wm-equity-index").sheet
    assert "R4" in sheet
    assert "%" not in sheet  # spoken well: words, not symbols


def test_suitability_errors_are_typed_rejections(wealth: Wealth) -> None:
    wealth.assess(MIDDLE)
    with pytest.raises(Rejected) as refused:
        wealth.prepare_subscription("wm-commodity-note", CURRENT, Money(Decimal(60000), "CNY"))
    assert refused.value.has_code("WM01")
    with pytest.raises(Rejected) as unacknowledged:
        wealth.prepare_subscription("wm-equity-index", CURRENT, Money(Decimal(500), "CNY"))
    assert unacknowledged.value.has_code("WM02")
    review = wealth.prepare_subscription(
        "wm-equity-index", CURRENT, Money(Decimal(500), "CNY"), acknowledged_level="R4"
    )
    assert review.suitability == "ACKNOWLEDGED"


def test_buy_then_sell_everything(wealth: Wealth, bank: Bank, env: Env) -> None:
    wealth.assess(MIDDLE)
    before = balance(bank)
    review = wealth.prepare_subscription("wm-balanced", CURRENT, Money(Decimal("3000.00"), "CNY"))
    assert review.fee == Money(Decimal("30.00"), "CNY")
    bought = wealth.place_order(authorised(wealth, env, review))
    assert balance(bank) == before - Decimal("3000.00")
    [holding] = [h for h in wealth.holdings() if h.product_id == "wm-balanced"]
    assert holding.units == bought.units
    sell = authorised(wealth, env, wealth.prepare_redemption("wm-balanced", CURRENT, holding.units))
    sold = wealth.place_order(sell)
    assert sold.order_type is OrderType.REDEEM
    assert balance(bank) == before - Decimal("3000.00") + sold.amount.amount - sold.fee.amount
    assert all(h.product_id != "wm-balanced" for h in wealth.holdings())
    assert env.controls.ledger()["Balanced"]


def test_a_dropped_answer_is_retried_with_the_same_key_and_buys_once(
    wealth: Wealth, bank: Bank, env: Env
) -> None:
    wealth.assess(MIDDLE)
    before = balance(bank)
    review = authorised(
        wealth, env, wealth.prepare_subscription("wm-cash-plus", CURRENT, Money(Decimal(88), "CNY"))
    )
    env.controls.fault("drop", "/wealth/orders$")
    order = resolve(wealth, review)
    again = wealth.place_order(review)  # the screen's retry button after the answer came back
    assert again == order
    assert [o.order_id for o in wealth.orders() if o.consent_id == review.consent_id] == [order.order_id]
    assert balance(bank) == before - Decimal(88)


def resolve(wealth: Wealth, review: OrderReview) -> WealthOrder:
    """What a screen does: place; on an unknown outcome ask the bank, then place again with the same key."""
    for _ in range(5):
        try:
            return wealth.place_order(review)
        except OutcomeUnknown:
            found = wealth.find_order(review)
            if found is not None:
                return found
    raise AssertionError("no order after five attempts")


FAULTS: tuple[tuple[str | None, dict[str, Any]], ...] = (
    ("drop", {}),
    ("error", {"Status": 500}),
    ("delay", {"Seconds": 0.05}),
    (None, {}),
)


def test_fault_campaign_every_order_exactly_once(wealth: Wealth, bank: Bank, env: Env) -> None:
    """Subscriptions and redemptions under dropped answers, server errors and delays: every order the
    customer confirmed exists exactly once and the account moved by exactly the orders' sums."""
    wealth.assess(MIDDLE)
    start = balance(bank)
    expected = Decimal(0)
    reviews = []
    for n in range(12):
        kind, extra = FAULTS[n % len(FAULTS)]
        if n % 3 == 2:
            held = next(h for h in wealth.holdings() if h.product_id == "wm-cash-plus")
            review = wealth.prepare_redemption(
                "wm-cash-plus", CURRENT, (held.units / 2).quantize(Decimal("0.0001"))
            )
        else:
            review = wealth.prepare_subscription("wm-cash-plus", CURRENT, Money(Decimal(100 + n), "CNY"))
        authorised(wealth, env, review)
        if kind is not None:
            env.controls.fault(kind, "/wealth/orders$", count=1 + n % 2, **extra)
        order = resolve(wealth, review)
        env.controls.clear_faults()
        reviews.append(review)
        expected += (
            order.amount.amount - order.fee.amount
            if order.order_type is OrderType.REDEEM
            else -order.amount.amount
        )
    orders = [o for o in wealth.orders() if o.consent_id in {r.consent_id for r in reviews}]
    assert sorted(o.consent_id for o in orders) == sorted(
        r.consent_id for r in reviews
    )  # none lost, none twice
    assert balance(bank) == start + expected
    assert env.controls.ledger()["Balanced"]
