"""A Hypothesis state machine drives random payments, replays, rejections and clock moves over HTTP and
checks after every step that the ledger reconciles and the customer's balance matches a simple model."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from a11y_bank.sandbox.server import RunningSandbox
from tests.sandbox.conftest import ALICE_CURRENT, CLOSED_ACCOUNT, PISP, WANG_FANG, BankClient, initiation

PAYEES = [
    ALICE_CURRENT,
    WANG_FANG,
    CLOSED_ACCOUNT,
    {"SchemeName": "UK.OBIE.BBAN", "Identification": "6222020200187654321", "Name": "Li Wei"},
]
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("2500.00"), places=2)


class LedgerMachine(RuleBasedStateMachine):
    client: BankClient

    def __init__(self) -> None:
        super().__init__()
        self.client.advance(3)  # settle what earlier examples left in flight on this shared bank
        self.start = Decimal(self.client.balance("acc-lw-cur"))
        self.payments: dict[str, Decimal] = {}
        self.last: tuple[str, dict[str, Any], str, dict[str, Any]] | None = None

    @rule(amount=amounts, payee=st.sampled_from(PAYEES))
    def pay(self, amount: Decimal, payee: dict[str, str]) -> None:
        instr = initiation(str(amount), creditor=payee, ident=uuid.uuid4().hex[:12])
        consent_id = self.client.authorised_consent(instr)
        key = str(uuid.uuid4())
        response = self.client.pay(consent_id, instr, key=key)
        assert response.status_code == 201, response.text
        self.payments[response.json()["Data"]["DomesticPaymentId"]] = amount
        self.last = (consent_id, instr, key, response.json())

    @rule()
    def replay_last(self) -> None:
        if self.last is None:
            return
        consent_id, instr, key, first = self.last
        assert self.client.pay(consent_id, instr, key=key).json() == first

    @rule(amount=amounts)
    def refused_for_bad_currency(self, amount: Decimal) -> None:
        response = self.client.payment_consent(initiation(str(amount), currency="GBP"))
        assert response.status_code == 400

    @rule(seconds=st.integers(min_value=0, max_value=5))
    def advance_clock(self, seconds: int) -> None:
        self.client.advance(seconds)

    @invariant()
    def ledger_reconciles_and_matches_the_model(self) -> None:
        report = self.client.ledger_ok()
        assert report["Balanced"], report
        spent = Decimal(0)
        for payment_id, amount in self.payments.items():
            status = self.client.get(f"{PISP}/domestic-payments/{payment_id}").json()["Data"]["Status"]
            if status != "RJCT":
                spent += amount
        assert Decimal(self.client.balance("acc-lw-cur")) == self.start - spent


def test_ledger_state_machine(bank: RunningSandbox, tmp_path: Path) -> None:
    with bank.sandbox.db.transaction() as conn:  # the model is about the ledger, not the daily limit
        conn.execute("UPDATE customers SET daily_limit_minor = 10000000000 WHERE id = 'cust-liwei'")
    client = BankClient(bank)
    try:
        client.control("POST", "/rate-limit", {"RequestsPerSecond": 10_000, "Burst": 10_000})
        # Frozen: the lifecycle moves only when a rule moves the clock, so the model never races it.
        client.control("POST", "/clock", {"Frozen": True})
        client.sign_in("liwei")
        client.grant_reading()
        LedgerMachine.client = client
        machine = LedgerMachine.TestCase
        machine.settings = settings(
            max_examples=5,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        )
        machine().runTest()
    finally:
        client.close()


@pytest.fixture(autouse=True)
def _no_fixture_leak() -> None:
    """The state machine class holds a client; make sure each run sets its own."""
    LedgerMachine.client = None  # type: ignore[assignment]
