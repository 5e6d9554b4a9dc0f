"""The outbox journal: one row per consent, state rules, durability across instances, no secrets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from a11y_bank.api.models import PaymentIntent, PaymentKind
from a11y_bank.api.outbox import Outbox, OutboxState
from a11y_bank.domain.money import Money
from tests.api.fakes import ACCOUNT_ID, PAYEE_NUMBER


def intent() -> PaymentIntent:
    return PaymentIntent(
        debtor_account_id=ACCOUNT_ID,
        creditor_scheme="UK.OBIE.BBAN",
        creditor_identification=PAYEE_NUMBER,
        creditor_name="Wang Fang",
        amount=Money(Decimal("10.5"), "CNY"),
        reference="Rent",
    )


def prepare(outbox: Outbox, consent_id: str = "c-1", key: str = "key-1") -> str:
    entry = outbox.prepare(
        customer_id="cust-1", consent_id=consent_id, intent=intent(), body=b'{"x":1}', idempotency_key=key
    )
    return entry.intent_id


def test_prepare_is_once_per_consent_and_keeps_the_first_key_and_bytes(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    first = prepare(outbox)
    again = outbox.prepare(
        customer_id="cust-1", consent_id="c-1", intent=intent(), body=b"other", idempotency_key="key-2"
    )
    assert again.intent_id == first
    assert (again.idempotency_key, again.body) == ("key-1", b'{"x":1}')
    assert again.state is OutboxState.PREPARED
    assert (again.amount, again.currency, again.kind) == ("10.50", "CNY", PaymentKind.DOMESTIC)


def test_entries_survive_a_new_instance_and_are_scoped_per_customer(tmp_path: Path) -> None:
    path = tmp_path / "dir" / "outbox.db"
    intent_id = prepare(Outbox(path))
    reopened = Outbox(path)
    assert [e.intent_id for e in reopened.unfinished("cust-1")] == [intent_id]
    assert reopened.unfinished("cust-2") == []


def test_state_machine(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    intent_id = prepare(outbox)
    outbox.mark_sent(intent_id)
    assert outbox.get(intent_id).state is OutboxState.SENT  # type: ignore[union-attr]
    outbox.mark_unknown(intent_id)
    outbox.mark_done(intent_id, "p-1", "ACSP")
    outbox.mark_unknown(intent_id)  # DONE is final
    outbox.mark_failed(intent_id, "U001")  # and never becomes FAILED
    entry = outbox.get(intent_id)
    assert entry is not None
    assert (entry.state, entry.payment_id, entry.status) == (OutboxState.DONE, "p-1", "ACSP")
    outbox.update_status(intent_id, "ACSC")
    assert outbox.get(intent_id).status == "ACSC"  # type: ignore[union-attr]
    assert outbox.unfinished("cust-1") == []


def test_not_sent_fails_only_if_no_earlier_send_may_have_arrived(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    never = prepare(outbox, "c-1")
    outbox.mark_not_sent(never, "Offline")
    assert outbox.get(never).state is OutboxState.FAILED  # type: ignore[union-attr]

    maybe = prepare(outbox, "c-2", "key-2")
    outbox.mark_sent(maybe)
    outbox.mark_unknown(maybe)
    outbox.mark_not_sent(maybe, "Offline")
    assert outbox.get(maybe).state is OutboxState.UNKNOWN  # type: ignore[union-attr]


def test_repr_hides_the_body(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    entry = outbox.get(prepare(outbox))
    assert "body" not in repr(entry)


def test_a_send_interrupted_by_a_crash_counts_as_maybe_sent(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    intent_id = prepare(Outbox(path))
    Outbox(path).mark_sent(intent_id)  # the app dies waiting for the answer
    restarted = Outbox(path)
    restarted.mark_sent(intent_id)  # reconcile resends...
    restarted.mark_not_sent(intent_id, "Offline")  # ...but cannot connect
    assert restarted.get(intent_id).state is OutboxState.UNKNOWN  # type: ignore[union-attr]
