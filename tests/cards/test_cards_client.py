"""`api.cards` against the real sandbox (validated by the spec oracle): freeze and unfreeze, activate,
report stolen, limits, statement, and repayments exactly once under injected faults."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from a11y_bank.api.bank import Bank
from a11y_bank.api.cards import CardAction, CardConsent, Cards, CardStatus, Limits, RepaymentOption
from a11y_bank.api.errors import Rejected
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
CREDIT, DEBIT, NEW = "card-lw-credit", "card-lw-debit", "card-lw-new"


@dataclass
class Env:
    url: str
    controls: Controls
    transport: CountingTransport


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    """A fresh bank per test: card states change."""
    running = start_in_thread(tmp_path / "bank.db", test_controls=True)
    controls = Controls(running.url)
    controls.set_clock(MORNING)
    try:
        yield Env(running.url, controls, validated_transport())
    finally:
        controls.close()
        running.stop()


@pytest.fixture
def cards(env: Env, tmp_path: Path) -> Iterator[Cards]:
    bank = make_bank(env.url, tmp_path, env.transport, sleep=FakeSleep())
    bank.sign_in(*DEMO_USER)
    with all_validated(env.transport):
        yield Cards(bank)
    bank.close()


def authorised(cards: Cards, env: Env, consent: CardConsent, channel: str = "SMS") -> CardConsent:
    challenge = cards.send_code(consent, channel)
    cards.confirm_code(challenge, env.controls.code_for(challenge))
    return consent


def balance(bank: Bank) -> Decimal:
    return bank.balances(CURRENT)[0].amount.amount


def test_cards_are_masked_and_typed(cards: Cards) -> None:
    listed = {c.card_id: c for c in cards.cards()}
    assert listed[NEW].status is CardStatus.INACTIVE
    assert listed[DEBIT].last4 == "4321"
    assert listed[CREDIT].card_type == "CREDIT"


def test_freeze_unfreeze_activate_report_and_limits(cards: Cards, env: Env) -> None:
    assert cards.freeze(DEBIT).status is CardStatus.FROZEN
    with pytest.raises(Rejected) as not_authorised:
        cards.execute_action(cards.prepare_action(DEBIT, CardAction.UNFREEZE))
    assert not_authorised.value.has_code("U035")
    unfrozen = cards.execute_action(
        authorised(cards, env, cards.prepare_action(DEBIT, CardAction.UNFREEZE), "TOKEN")
    )
    assert unfrozen.card.status is CardStatus.ACTIVE
    activated = cards.execute_action(
        authorised(cards, env, cards.prepare_action(NEW, CardAction.ACTIVATE), "EMAIL")
    )
    assert activated.card.status is CardStatus.ACTIVE
    limits = Limits(daily_purchase=Money(Decimal(300), "CNY"), online=False)
    limited = cards.execute_action(
        authorised(cards, env, cards.prepare_action(DEBIT, CardAction.SET_LIMITS, limits))
    )
    assert limited.card.limits.daily_purchase == Money(Decimal("300.00"), "CNY")
    assert limited.card.limits.online is False
    stolen = cards.execute_action(
        authorised(cards, env, cards.prepare_action(DEBIT, CardAction.REPORT_STOLEN))
    )
    assert stolen.card.status is CardStatus.BLOCKED
    assert stolen.replacement is not None
    assert stolen.replacement.status is CardStatus.INACTIVE


def test_statement_and_minimum_repayment(cards: Cards, env: Env) -> None:
    statement = cards.statement(CREDIT)
    assert statement.current_balance == Money(Decimal("1771.40"), "CNY")
    assert statement.minimum_due.amount >= Decimal("100.00")
    before = balance(cards.bank)
    consent = authorised(cards, env, cards.prepare_repayment(CREDIT, CURRENT, RepaymentOption.MINIMUM))
    result = cards.repay(consent)
    assert result.amount == statement.minimum_due
    assert balance(cards.bank) == before - statement.minimum_due.amount
    assert cards.statement(CREDIT).minimum_due.amount == 0
    with pytest.raises(Rejected) as nothing_due:
        cards.prepare_repayment(CREDIT, CURRENT, RepaymentOption.MINIMUM)
    assert nothing_due.value.has_code("CD02")


FAULTS: tuple[tuple[str | None, dict[str, Any]], ...] = (
    ("drop", {}),
    ("error", {"Status": 500}),
    ("delay", {"Seconds": 0.05}),
    (None, {}),
)


def test_fault_campaign_every_repayment_exactly_once(cards: Cards, env: Env) -> None:
    """Chosen-amount repayments under dropped answers, server errors and delays: each confirmed repayment
    is booked exactly once, and what is owed and the account moved by exactly their sum."""
    owed_before = cards.statement(CREDIT).current_balance.amount
    start = balance(cards.bank)
    paid = Decimal(0)
    for n in range(12):
        amount = Decimal(10 + n)
        consent = authorised(
            cards, env, cards.prepare_repayment(CREDIT, CURRENT, RepaymentOption.AMOUNT, Money(amount, "CNY"))
        )
        kind, extra = FAULTS[n % len(FAULTS)]
        if kind is not None:
            env.controls.fault(kind, "/credit-card-repayments$", count=1 + n % 2, **extra)
        result = cards.repay(consent, attempts=4)
        env.controls.clear_faults()
        assert result.amount.amount == amount
        paid += amount
    assert balance(cards.bank) == start - paid
    assert cards.statement(CREDIT).current_balance.amount == owed_before - paid
    assert env.controls.ledger()["Balanced"]
