"""The payment outbox at rest: the payee's account number, name and the reference are sealed with a
key kept in the credential store, so the file (database, WAL, freed pages) holds none of them; an old
plain outbox is migrated; a wrong or lost key never resends anything."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from a11y_bank.api.errors import CredentialsUnavailable
from a11y_bank.api.models import PaymentIntent
from a11y_bank.api.outbox import Outbox, OutboxState
from a11y_bank.credentials import MemoryStore, StoreLocked
from a11y_bank.credentials.sealing import OUTBOX_KEY_NAME, FieldSealer, SealBroken, is_sealed
from a11y_bank.domain.money import Money
from tests.hardening.secret_scan import Secrets, files_under

PAYEE_NUMBER = "6222020200112233445"
PAYEE_NAME = "Wang Fang Zhao"
REFERENCE = "Rent flat 12B"


def intent(reference: str = REFERENCE) -> PaymentIntent:
    return PaymentIntent(
        debtor_account_id="acc-1",
        creditor_scheme="UK.OBIE.BBAN",
        creditor_identification=PAYEE_NUMBER,
        creditor_name=PAYEE_NAME,
        amount=Money(Decimal("12.30"), "CNY"),
        reference=reference,
    )


def body(number: str = PAYEE_NUMBER) -> bytes:
    return b'{"Data":{"Initiation":{"CreditorAccount":{"Identification":"' + number.encode() + b'"}}}}'


def prepare(outbox: Outbox, consent_id: str = "c-1") -> str:
    entry = outbox.prepare(
        customer_id="cust-1",
        consent_id=consent_id,
        intent=intent(),
        body=body(),
        idempotency_key="k-" + consent_id,
    )
    return entry.intent_id


def markers() -> Secrets:
    found = Secrets()
    found.add("account number", PAYEE_NUMBER)
    found.add("payee name", PAYEE_NAME)
    found.add("reference", REFERENCE)
    return found


def leaks(directory: Path) -> list[str]:
    return sorted(
        {
            f"{leak.secret_kind} in {Path(leak.place).name}"
            for p in files_under(directory)
            for leak in markers().in_file(p)
        }
    )


def test_a_sealed_outbox_round_trips_and_its_files_hold_no_payee_detail(tmp_path: Path) -> None:
    store = MemoryStore()
    outbox = Outbox(tmp_path / "o.db", key_store=store)
    intent_id = prepare(outbox)
    outbox.mark_sent(intent_id)
    outbox.mark_unknown(intent_id)

    restarted = Outbox(tmp_path / "o.db", key_store=store)  # the key comes back from the store
    [entry] = restarted.unfinished("cust-1")
    assert (entry.body, entry.creditor_name, entry.reference) == (body(), PAYEE_NAME, REFERENCE)
    assert entry.state is OutboxState.UNKNOWN
    assert store.get(OUTBOX_KEY_NAME) is not None
    assert leaks(tmp_path) == []
    # The scan does see them in an unsealed outbox: it is not blind.
    prepare(Outbox(tmp_path / "plain" / "o.db"))
    assert leaks(tmp_path / "plain") != []


def test_a_plain_outbox_is_migrated_and_no_freed_page_keeps_the_old_bytes(tmp_path: Path) -> None:
    path = tmp_path / "o.db"
    plain = Outbox(path)
    unfinished = prepare(plain, "c-1")
    settled = prepare(plain, "c-2")
    plain.mark_done(settled, "p-2", "AcceptedSettlementCompleted")
    assert leaks(tmp_path)

    store = MemoryStore()
    sealed = Outbox(path, key_store=store)
    entries = {e.intent_id: e for e in sealed.entries()}
    assert {entries[unfinished].body, entries[settled].body} == {body()}
    assert entries[unfinished].creditor_name == PAYEE_NAME
    assert leaks(tmp_path) == []
    with closing(sqlite3.connect(path)) as db:
        stored = db.execute("SELECT body, creditor_name, reference FROM outbox").fetchall()
    assert all(is_sealed(value) for row in stored for value in row)


def test_sealed_values_are_bound_to_their_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "o.db"
    store = MemoryStore()
    outbox = Outbox(path, key_store=store)
    first, second = prepare(outbox, "c-1"), prepare(outbox, "c-2")
    with closing(sqlite3.connect(path)) as db:  # an attacker swaps two sealed bodies
        (b1,) = db.execute("SELECT body FROM outbox WHERE intent_id=?", (first,)).fetchone()
        (b2,) = db.execute("SELECT body FROM outbox WHERE intent_id=?", (second,)).fetchone()
        db.execute("UPDATE outbox SET body=? WHERE intent_id=?", (b2, first))
        db.execute("UPDATE outbox SET body=? WHERE intent_id=?", (b1, second))
        db.commit()
    with pytest.raises(CredentialsUnavailable) as raised:
        Outbox(path, key_store=store).get(first)
    assert PAYEE_NUMBER not in f"{raised.value} {raised.value!r}"


def test_a_lost_key_never_resends_and_settled_entries_still_read(tmp_path: Path) -> None:
    path = tmp_path / "o.db"
    outbox = Outbox(path, key_store=MemoryStore())
    unfinished = prepare(outbox, "c-1")
    settled = prepare(outbox, "c-2")
    outbox.mark_done(settled, "p-2", None)

    other_key = Outbox(path, key_store=MemoryStore())  # the keyring was reset: a new key
    with pytest.raises(CredentialsUnavailable):
        other_key.unfinished("cust-1")
    with pytest.raises(CredentialsUnavailable):
        other_key.get(unfinished)
    done = other_key.get(settled)
    assert done is not None
    assert (done.state, done.payment_id, done.body) == (OutboxState.DONE, "p-2", b"")
    with pytest.raises(CredentialsUnavailable):
        Outbox(path).get(unfinished)  # no key store at all: sealed rows are not guessed at


def test_a_damaged_stored_key_is_an_error_not_replaced() -> None:
    store = MemoryStore()
    store.set(OUTBOX_KEY_NAME, "not base64 !")
    with pytest.raises(SealBroken):
        FieldSealer.from_store(store)
    assert store.get(OUTBOX_KEY_NAME) == "not base64 !"
    sealer = FieldSealer(b"k" * 32)
    assert "k" * 8 not in repr(sealer)
    sealed = sealer.seal(b"secret", "ctx")
    with pytest.raises(SealBroken):
        sealer.open(sealed[:-1] + bytes([sealed[-1] ^ 1]), "ctx")


class LockedKeyring:
    """A keyring that is locked: every call fails like a locked Secret Service."""

    def get(self, key: str) -> str | None:
        raise StoreLocked("locked")

    def set(self, key: str, value: str) -> None:
        raise StoreLocked("locked")

    def delete(self, key: str) -> None:
        raise StoreLocked("locked")


def test_a_locked_keyring_fails_the_payment_not_the_start(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.db", key_store=LockedKeyring())  # opening works
    with pytest.raises(CredentialsUnavailable) as raised:
        prepare(outbox)
    assert raised.value.message_code == "credentials.locked"
