"""The client against the real sandbox on 127.0.0.1; every request and response is checked against the
OB UK v4.0 / extension specs by tests/support/oas.py, and counted."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from a11y_bank.api.bank import Bank
from a11y_bank.api.errors import AuthExpired, OutcomeUnknown, Rejected
from a11y_bank.api.models import NameCheck, PaymentIntent, PaymentKind, PaymentStatus
from a11y_bank.api.outbox import OutboxState
from a11y_bank.domain.money import Money
from tests.api.fakes import FakeSleep
from tests.api.sandbox_support import (
    DEMO_USER,
    MORNING,
    Controls,
    CountingTransport,
    all_validated,
    authorise,
    make_bank,
    validated_transport,
)
from tests.support.oas import validation_summary

start_in_thread = pytest.importorskip("a11y_bank.sandbox.server").start_in_thread

CURRENT = "acc-lw-cur"


@dataclass
class Env:
    url: str
    controls: Controls
    transport: CountingTransport


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    running = start_in_thread(tmp_path_factory.mktemp("bank") / "bank.db", test_controls=True)
    controls = Controls(running.url)
    env = Env(running.url, controls, validated_transport())
    try:
        yield env
    finally:
        controls.close()
        running.stop()
        print(f"\n{env.transport.count} client requests to the sandbox; {validation_summary()}")


@pytest.fixture
def sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
def bank(env: Env, tmp_path: Path, sleep: FakeSleep) -> Iterator[Bank]:
    env.controls.clear_faults()
    env.controls.set_clock(MORNING)
    bank = make_bank(env.url, tmp_path, env.transport, sleep=sleep)
    bank.sign_in(*DEMO_USER)
    with all_validated(env.transport):
        yield bank
    bank.close()


def to_payee(bank: Bank, amount: str, when: object = None) -> PaymentIntent:
    payee = next(b for b in bank.beneficiaries() if b.name == "Alice Chen")
    return PaymentIntent(
        debtor_account_id=CURRENT,
        creditor_scheme=payee.scheme_name,
        creditor_identification=payee.identification,
        creditor_name=payee.name,
        amount=Money(Decimal(amount), "CNY"),
        reference="Dinner",
        requested_execution_date=when,  # type: ignore[arg-type]
    )


def available(bank: Bank) -> Money:
    return next(b.signed for b in bank.balances(CURRENT) if b.type == "ITAV")


def test_reading_everything_the_screens_show(bank: Bank) -> None:
    accounts = {a.account_id: a for a in bank.accounts()}
    assert {"acc-lw-cur", "acc-lw-gbp"} <= set(accounts)
    assert accounts["acc-lw-gbp"].currency == "GBP"
    assert all(len(a.last4) == 4 for a in accounts.values())
    assert available(bank).currency == "CNY"
    assert bank.product(CURRENT) is not None
    assert bank.beneficiaries()
    assert {b.category for b in bank.billers()} >= {"Electricity", "Water"}
    assert all(
        o.next_payment_amount is None or o.next_payment_amount.currency == "CNY"
        for o in bank.standing_orders()
    )
    assert bank.scheduled_payments() is not None


def test_transactions_stream_page_by_page_within_the_date_filter(bank: Bank, env: Env) -> None:
    to_date = MORNING.date()
    from_date = to_date - timedelta(days=30)
    pages = bank.transactions("acc-lw-shop", from_date, to_date)  # the busy shop account: many pages
    sent_before = env.transport.count
    first = next(pages)
    assert env.transport.count == sent_before + 1  # only the first page was asked for
    assert first.has_more
    second = next(pages)
    assert second.page_number == 2
    for transaction in [*first.transactions, *second.transactions]:
        assert from_date <= transaction.booking_date_time.date() <= to_date
        assert transaction.amount.currency == "CNY"


def test_each_transaction_parses_with_the_balance_after_it(bank: Bank) -> None:
    newest_first = next(bank.transactions(CURRENT)).transactions
    assert newest_first[0].balance_after == available(bank)
    for newer, older in itertools.pairwise(newest_first):
        assert newer.balance_after is not None
        assert older.balance_after == newer.balance_after - newer.signed


def test_payment_end_to_end_moves_the_exact_amount(bank: Bank, env: Env, tmp_path: Path) -> None:
    before = available(bank)
    consent = bank.prepare_payment(to_payee(bank, "12.34"))
    challenge = bank.send_code(consent, "SMS")
    code = env.controls.code_for(challenge)
    bank.confirm_code(challenge, code)
    assert consent.funds_available is True
    outcome = bank.submit_payment(consent)
    # No secret in the payment journal: no token, no one-time code (a bare 6-digit string could occur by
    # chance in the file, so the code is looked for as the verify body carries it).
    journal = b"".join(path.read_bytes() for path in tmp_path.glob("outbox.sqlite3*"))
    assert journal
    for token in (bank._client.tokens.access(), bank._client.tokens.refresh()):
        assert token
        assert token.encode() not in journal
    assert f'"Code":"{code}"'.encode() not in journal
    assert b'"Code"' not in journal
    assert outcome.payment_id is not None
    env.controls.advance(5)
    final = bank.wait_for_final(outcome, timeout=5, interval=0.01)
    assert final.status is PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED
    assert available(bank) == before - Money(Decimal("12.34"), "CNY")
    assert env.controls.ledger()["Balanced"] is True


def test_wrong_codes_then_locked(bank: Bank, env: Env) -> None:
    consent = bank.prepare_payment(to_payee(bank, "1.00"))
    challenge = bank.send_code(consent, "EMAIL")
    codes = []
    for _ in range(5):
        with pytest.raises(Rejected) as caught:
            bank.confirm_code(
                challenge, "000000" if env.controls.code_for(challenge) != "000000" else "111111"
            )
        codes.append(caught.value.message_code)
    assert codes[0] == "sca.code_wrong"
    assert codes[-1] in ("sca.code_wrong", "sca.code_locked")
    with pytest.raises(Rejected) as caught:
        bank.confirm_code(challenge, env.controls.code_for(challenge))
    assert caught.value.message_code == "sca.code_locked"
    with pytest.raises(Rejected) as caught:
        bank.submit_payment(consent)
    assert caught.value.code == "U035"  # never authorised: the bank refuses, nothing is paid


def test_response_dropped_after_commit_is_resolved_to_the_one_payment(bank: Bank, env: Env) -> None:
    before = available(bank)
    consent = authorise(bank, env.controls, to_payee(bank, "7.77"))
    env.controls.fault("drop", "/pisp/domestic-payments$", count=4)  # every attempt loses its answer
    with pytest.raises(OutcomeUnknown) as caught:
        bank.submit_payment(consent)
    intent_id = caught.value.intent_id
    assert intent_id is not None
    assert bank.outbox.get(intent_id).state is OutboxState.UNKNOWN  # type: ignore[union-attr]
    env.controls.clear_faults()
    (outcome,) = bank.reconcile_outbox()
    assert outcome.intent_id == intent_id
    assert outcome.recovered
    assert outcome.payment_id
    assert bank.submit_payment(consent).payment_id == outcome.payment_id
    assert available(bank) == before - Money(Decimal("7.77"), "CNY")


def test_transient_5xx_and_429_are_retried_with_the_same_key(bank: Bank, env: Env, sleep: FakeSleep) -> None:
    consent = authorise(bank, env.controls, to_payee(bank, "2.00"))
    env.controls.fault("error", "/pisp/domestic-payments$", count=1, Status=500)
    env.controls.fault("ratelimit", "/pisp/domestic-payments$", count=1, RetryAfter=2)
    outcome = bank.submit_payment(consent)
    assert outcome.payment_id is not None
    assert 2.0 in sleep.calls


def test_scheduled_payment_then_cancel(bank: Bank, env: Env) -> None:
    day = MORNING.date() + timedelta(days=10)
    consent = authorise(bank, env.controls, to_payee(bank, "5.00", day))
    outcome = bank.submit_payment(consent)
    assert outcome.kind is PaymentKind.SCHEDULED
    assert outcome.payment_id
    assert outcome.payment_id in {p.scheduled_payment_id for p in bank.scheduled_payments()}
    bank.cancel_scheduled(outcome.payment_id)
    assert outcome.payment_id not in {p.scheduled_payment_id for p in bank.scheduled_payments()}


def test_add_and_delete_a_payee(bank: Bank) -> None:
    payee, check = bank.add_beneficiary("Wang Fang", "UK.OBIE.BBAN", "6228480000033334444", "Gift")
    assert check is NameCheck.MATCH
    assert payee.beneficiary_id in {b.beneficiary_id for b in bank.beneficiaries()}
    bank.delete_beneficiary(payee.beneficiary_id)
    assert payee.beneficiary_id not in {b.beneficiary_id for b in bank.beneficiaries()}


def test_expired_access_token_is_refreshed_transparently(bank: Bank, env: Env) -> None:
    bank.accounts()
    env.controls.advance(3600)  # past the access token's lifetime, not the refresh token's
    assert bank.accounts()


def test_signed_out_session_is_over(bank: Bank) -> None:
    bank.sign_out()
    with pytest.raises(AuthExpired):
        bank.accounts()


def test_two_threads_submitting_one_consent_pay_once(bank: Bank, env: Env) -> None:
    before = available(bank)
    consent = authorise(bank, env.controls, to_payee(bank, "3.21"))
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(lambda _n: bank.submit_payment(consent), range(4)))
    assert len({o.payment_id for o in outcomes}) == 1
    assert len({o.intent_id for o in outcomes}) == 1
    assert available(bank) == before - Money(Decimal("3.21"), "CNY")
