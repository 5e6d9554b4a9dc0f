"""The sandbox's fast paths (docs/performance.md) give the same answers as the scans they replace."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from a11y_bank.sandbox import payments
from a11y_bank.sandbox.due import RESCAN_AFTER_S, DueTimes
from tests.sandbox.conftest import CLOSED_ACCOUNT, PISP, BankClient, error_code, initiation

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SETTLE = timedelta(seconds=2)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_nothing_is_known_due_before_the_first_scan() -> None:
    assert not DueTimes().nothing_due(T0, SETTLE)


def test_after_a_scan_requests_before_the_next_due_time_skip() -> None:
    due = DueTimes(FakeMonotonic())
    due.scanned(T0 + timedelta(seconds=5), SETTLE)
    assert due.nothing_due(T0 + timedelta(seconds=4), SETTLE)
    assert not due.nothing_due(T0 + timedelta(seconds=5), SETTLE)


def test_a_scan_that_found_nothing_pending_skips_until_a_payment_arrives() -> None:
    due = DueTimes(FakeMonotonic())
    due.scanned(None, SETTLE)
    assert due.nothing_due(T0 + timedelta(days=365), SETTLE)
    due.add(T0 + timedelta(seconds=2))
    assert due.nothing_due(T0 + timedelta(seconds=1), SETTLE)
    assert not due.nothing_due(T0 + timedelta(seconds=2), SETTLE)


def test_a_later_payment_does_not_postpone_an_earlier_due_time() -> None:
    due = DueTimes(FakeMonotonic())
    due.scanned(T0 + timedelta(seconds=1), SETTLE)
    due.add(T0 + timedelta(days=3))
    assert not due.nothing_due(T0 + timedelta(seconds=1), SETTLE)


def test_changed_rules_forget_and_real_time_forces_a_rescan() -> None:
    clock = FakeMonotonic()
    due = DueTimes(clock)
    due.scanned(T0 + timedelta(hours=1), SETTLE)
    assert not due.nothing_due(T0, timedelta(seconds=10))  # computed with another settle delay
    clock.now += RESCAN_AFTER_S
    assert not due.nothing_due(T0, SETTLE)  # another process may have written a payment
    due.scanned(T0 + timedelta(hours=1), SETTLE)
    due.forget()
    assert not due.nothing_due(T0, SETTLE)


@contextmanager
def counted_transactions(sandbox: Any) -> Iterator[list[int]]:
    """Counts the write transactions the sandbox opens inside the block."""
    opened = [0]
    original: Callable[[], Any] = sandbox.db.transaction

    @contextmanager
    def counting() -> Iterator[Any]:
        opened[0] += 1
        with original() as conn:
            yield conn

    sandbox.db.transaction = counting
    try:
        yield opened
    finally:
        sandbox.db.transaction = original


def test_settle_due_scans_only_when_something_can_move(liwei: BankClient) -> None:
    sandbox = liwei.running.sandbox
    payments.settle_due(sandbox)  # whatever the earlier state, the next due time is now known
    with counted_transactions(sandbox) as opened:
        assert payments.settle_due(sandbox) == 0
        assert opened == [0]
    instr = initiation("1.00")
    paid = liwei.pay(liwei.authorised_consent(instr), instr).json()["Data"]
    path = f"{PISP}/domestic-payments/{paid['DomesticPaymentId']}"
    liwei.advance(sandbox.rules.acsc_after.total_seconds())
    assert liwei.get(path).json()["Data"]["Status"] == "ACSC"  # the payment's due time was noted


def test_a_rejected_payment_frees_its_share_of_the_daily_limit(liwei: BankClient) -> None:
    big = initiation("30000.00", creditor=CLOSED_ACCOUNT)
    paid = liwei.pay(liwei.authorised_consent(big), big).json()["Data"]
    refused = liwei.payment_consent(initiation("20000.01", ident="INSTR-2"))
    assert error_code(refused) == "AM02"  # the running total counts the pending payment

    liwei.advance(3)
    status = liwei.get(f"{PISP}/domestic-payments/{paid['DomesticPaymentId']}").json()["Data"]
    assert status["Status"] == "RJCT"
    assert liwei.payment_consent(initiation("50000.00", ident="INSTR-3")).status_code == 201
    assert _running_total_matches_the_payments(liwei)


def _running_total_matches_the_payments(liwei: BankClient) -> bool:
    db = liwei.running.sandbox.db
    rows = db.query("SELECT customer_id, currency, day, spent_minor FROM daily_spent")
    assert rows, "the daily limit check keeps a running total"
    for row in rows:
        summed = db.one(
            "SELECT COALESCE(SUM(c.amount_minor), 0) AS spent"
            " FROM payments p JOIN consents c ON c.id = p.consent_id"
            " WHERE p.customer_id = ? AND p.kind = ? AND c.currency = ? AND substr(p.created_at, 1, 10) = ?"
            " AND COALESCE(p.final_status, '') != 'RJCT'",
            (row["customer_id"], payments.DOMESTIC, row["currency"], row["day"]),
        )
        assert summed is not None
        if summed["spent"] != row["spent_minor"]:
            pytest.fail(f"running total {row['spent_minor']} != summed {summed['spent']} for {row['day']}")
    return True
