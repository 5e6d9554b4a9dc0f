"""The privacy scan: after a customer session on a terminal (read everything, pay, settle), the wipe
leaves 0 bytes of customer data in the terminal's directories and nothing in the credential store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from a11y_bank.api.models import PaymentIntent, PaymentStatus
from a11y_bank.domain.money import Money
from a11y_bank.kiosk import (
    CustomerSession,
    KioskError,
    bank_staff_verifier,
    scan_for_traces,
    start_customer_session,
    wipe_customer_session,
)
from tests.api.sandbox_support import MORNING, Controls

start_in_thread = pytest.importorskip("a11y_bank.sandbox.server").start_in_thread

CURRENT = "acc-lw-cur"


@dataclass
class Env:
    url: str
    controls: Controls


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    running = start_in_thread(tmp_path_factory.mktemp("bank") / "bank.db", test_controls=True)
    controls = Controls(running.url)
    controls.set_clock(MORNING)
    try:
        yield Env(running.url, controls)
    finally:
        controls.close()
        running.stop()


def customer_markers_after_a_full_session(env: Env, terminal: Path) -> tuple[list[str], CustomerSession]:
    """Run a customer session that touches everything; return what identifies them, and the session."""
    session = start_customer_session(env.url, terminal)
    signed_in = session.bank.sign_in("liwei", "Demo-1234")
    markers = ["liwei", signed_in.customer_id, signed_in.display_name]
    for account in session.bank.accounts():
        markers += [account.account_id, account.masked]
        session.bank.balances(account.account_id)
        session.bank.transactions(account.account_id)
    payee = next(b for b in session.bank.beneficiaries() if b.name == "Alice Chen")
    markers += [payee.name, payee.identification, "Kiosk dinner 7731"]
    intent = PaymentIntent(
        debtor_account_id=CURRENT,
        creditor_scheme=payee.scheme_name,
        creditor_identification=payee.identification,
        creditor_name=payee.name,
        amount=Money(Decimal("7.31"), "CNY"),
        reference="Kiosk dinner 7731",
    )
    consent = session.bank.prepare_payment(intent)
    challenge = session.bank.send_code(consent, "SMS")
    session.bank.confirm_code(challenge, env.controls.code_for(challenge))
    outcome = session.bank.submit_payment(consent)
    env.controls.advance(5)
    final = session.bank.wait_for_final(outcome, timeout=5, interval=0.01)
    assert final.status is PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED
    markers += [session.bank.client.tokens.access() or "", session.bank.client.tokens.refresh() or ""]
    assert all(markers)
    return markers, session


def test_the_wipe_leaves_zero_bytes_of_customer_data(env: Env, tmp_path: Path) -> None:
    terminal = tmp_path / "terminal-data"
    config = tmp_path / "terminal-config"
    config.mkdir()
    (config / "settings.json").write_text('{"text_size_percent": 200}', encoding="utf-8")
    markers, session = customer_markers_after_a_full_session(env, terminal)
    assert scan_for_traces([terminal, config], markers)  # the scan does see the session's data
    clipboard = ["copied: Kiosk dinner 7731"]

    report = wipe_customer_session(session, clear_clipboard=clipboard.clear)

    assert report.settled_removed == 1
    assert report.unfinished_kept == 0
    assert report.directory_removed
    assert report.secrets_left == 0
    assert scan_for_traces([terminal, config], markers) == {}
    assert session.store.keys() == frozenset()
    assert clipboard == []
    assert (config / "settings.json").exists()  # the terminal's own settings stay


def test_a_payment_still_in_flight_keeps_its_journal(env: Env, tmp_path: Path) -> None:
    session = start_customer_session(env.url, tmp_path)
    session.bank.sign_in("liwei", "Demo-1234")
    payee = next(b for b in session.bank.beneficiaries() if b.name == "Alice Chen")
    intent = PaymentIntent(
        debtor_account_id=CURRENT,
        creditor_scheme=payee.scheme_name,
        creditor_identification=payee.identification,
        creditor_name=payee.name,
        amount=Money(Decimal("1.00"), "CNY"),
        reference="Still open",
    )
    consent = session.bank.prepare_payment(intent)
    session.bank.outbox.prepare(  # journalled as about to be sent: the send's outcome is not known
        customer_id=session.bank.session.customer_id,  # type: ignore[union-attr]
        consent_id=consent.consent_id,
        intent=intent,
        body=b"{}",
        idempotency_key="kiosk-test-key",
    )
    report = wipe_customer_session(session)
    assert report.unfinished_kept == 1
    assert not report.directory_removed
    assert report.secrets_left == 0


def test_staff_are_verified_at_the_bank(env: Env) -> None:
    verify = bank_staff_verifier(env.url)
    assert verify("staff1", "Staff-1234")
    with pytest.raises(KioskError) as customer:
        verify("liwei", "Demo-1234")
    assert customer.value.message_code == "kiosk.not_staff"
    with pytest.raises(KioskError) as wrong:
        verify("staff1", "wrong-password")
    assert wrong.value.message_code == "kiosk.staff_refused"
