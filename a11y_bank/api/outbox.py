"""The payment outbox: a small SQLite journal that makes payments exactly-once across timeouts and crashes.

Before a payment POST we write the intent summary, the idempotency key, the consent id and the exact
body bytes. States::

    PREPARED --send--> SENT --201--> DONE (payment id + latest status)
                         |---4xx---> FAILED (the bank refused; nothing was paid)
                         '--lost---> UNKNOWN (timeout / dropped connection: the bank may have it)

An unfinished entry (PREPARED, SENT, UNKNOWN) is resolved by re-POSTing the SAME bytes with the SAME key:
the bank's idempotency store turns that into the very same payment resource, or answers that the
consent was already consumed (the payment exists). That is never a new payment.

One row per (customer, consent): a consent pays once, so a second submit of the same consent reuses
the row, its key and its bytes. No secret is stored: no token, no one-time code.

Sealed at rest: given a credential store, the body (it holds the payee's account number), the payee's
name and the reference are sealed with AES-GCM under a per-install key kept in that store (the
keyring), bound to their row and column (`credentials.sealing`). The file then holds ciphertext only.
An outbox written before sealing is migrated on first use: its plain values are sealed, and the
database is vacuumed and its WAL truncated with ``secure_delete`` on, so no freed page keeps them. A
finished entry whose seal does not open (the keyring lost the key) reads with those fields empty; an
unfinished one cannot be resent and is `CredentialsUnavailable`.

Thread/process safety: each call opens its own connection; state changes run in ``BEGIN IMMEDIATE``
transactions, and the database is in WAL mode with ``synchronous=FULL`` so a written row survives a
crash of the app right after the call returns.
"""

from __future__ import annotations

import enum
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from a11y_bank.api.errors import CredentialsUnavailable
from a11y_bank.api.models import PaymentIntent, PaymentKind
from a11y_bank.credentials.sealing import FieldSealer, SealBroken, is_sealed
from a11y_bank.credentials.store import CredentialStore, CredentialStoreError

__all__ = ["Outbox", "OutboxEntry", "OutboxState"]


class OutboxState(enum.StrEnum):
    PREPARED = "PREPARED"
    SENT = "SENT"
    DONE = "DONE"
    FAILED = "FAILED"
    UNKNOWN = "UNKNOWN"

    @property
    def is_finished(self) -> bool:
        return self in (OutboxState.DONE, OutboxState.FAILED)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    intent_id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    consent_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    body BLOB NOT NULL,
    state TEXT NOT NULL,
    maybe_sent INTEGER NOT NULL DEFAULT 0,
    payment_id TEXT,
    status TEXT,
    error_code TEXT,
    debtor_account_id TEXT NOT NULL,
    amount TEXT NOT NULL,
    currency TEXT NOT NULL,
    creditor_name TEXT NOT NULL,
    reference TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (customer_id, consent_id)
);
CREATE INDEX IF NOT EXISTS outbox_unfinished ON outbox (customer_id, state);
"""

# Whole literal statements (no string building), so no value can ever reach the SQL text.
_SELECT = (
    "SELECT intent_id, customer_id, kind, consent_id, idempotency_key, body, state, maybe_sent, payment_id,"
    " status, error_code, debtor_account_id, amount, currency, creditor_name, reference, created, updated"
    " FROM outbox"
)
_INSERT = (
    "INSERT INTO outbox (intent_id, customer_id, kind, consent_id, idempotency_key, body, state, maybe_sent,"
    " payment_id, status, error_code, debtor_account_id, amount, currency, creditor_name, reference,"
    " created, updated) VALUES (?,?,?,?,?,?,?,0,NULL,NULL,NULL,?,?,?,?,?,?,?)"
)
_BY_ID = _SELECT + " WHERE intent_id=?"
_BY_CONSENT = _SELECT + " WHERE customer_id=? AND consent_id=?"
_UNFINISHED = _SELECT + " WHERE customer_id=? AND state IN ('PREPARED','SENT','UNKNOWN') ORDER BY created"
_ALL = _SELECT + " ORDER BY created"
_OF_CUSTOMER = _SELECT + " WHERE customer_id=? ORDER BY created"
_SEALED_TEXT = ("creditor_name", "reference")
_SEAL_ROW = "UPDATE outbox SET body=?, creditor_name=?, reference=? WHERE intent_id=?"


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One journalled payment. `body` is excluded from repr (it holds the payee's account number)."""

    intent_id: str
    customer_id: str
    kind: PaymentKind
    consent_id: str
    idempotency_key: str
    body: bytes = field(repr=False)
    state: OutboxState
    maybe_sent: bool
    """True once a send may have reached the bank: from then on only the bank can say it did not pay."""
    payment_id: str | None
    status: str | None
    error_code: str | None
    debtor_account_id: str
    amount: str
    currency: str
    creditor_name: str
    reference: str
    created: str
    updated: str

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> OutboxEntry:
        values = dict(row)
        values["kind"] = PaymentKind(values["kind"])
        values["state"] = OutboxState(values["state"])
        values["maybe_sent"] = bool(values["maybe_sent"])
        return cls(**values)


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _context(intent_id: str, column: str) -> str:
    return f"outbox:{intent_id}:{column}"


class _Sealing:
    """The outbox's sealer, made from the key store on first use (the keyring may be locked at start-up;
    a store failure then surfaces on a payment, as `CredentialsUnavailable`, like a token failure)."""

    def __init__(self, store: CredentialStore) -> None:
        self._store = store
        self._sealer: FieldSealer | None = None
        self._lock = threading.Lock()

    def sealer(self) -> FieldSealer:
        with self._lock:
            if self._sealer is None:
                try:
                    self._sealer = FieldSealer.from_store(self._store)
                except CredentialStoreError as error:
                    raise CredentialsUnavailable(error.message_code, type(error).__name__) from error
            return self._sealer


class Outbox:
    """The outbox database at `path` (created with its parent directory if needed).

    With `key_store`, the sensitive fields are sealed at rest (see the module docstring).
    """

    def __init__(self, path: Path, key_store: CredentialStore | None = None) -> None:
        self.path = path
        self._sealing = _Sealing(key_store) if key_store is not None else None
        self._migrated = False
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not `_connect`: the sealing key is read on first use, so a locked keyring fails a payment
        # (CredentialsUnavailable, said to the user) rather than the app's start.
        with self._raw_connection() as connection:
            connection.executescript(_SCHEMA)

    @property
    def sealed(self) -> bool:
        return self._sealing is not None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self._migrate_once()
        with self._raw_connection() as connection:
            yield connection

    @contextmanager
    def _raw_connection(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        with closing(connection):
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            if self._sealing is not None:
                connection.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left readable
            yield connection

    # --- sealing --------------------------------------------------------------------------------

    def _migrate_once(self) -> None:
        """Seal the plain rows of an outbox written before sealing, then rewrite the file without them."""
        if self._sealing is None or self._migrated:
            return
        sealer = self._sealing.sealer()
        with self._raw_connection() as connection:
            connection.executescript(_SCHEMA)
            connection.execute("BEGIN IMMEDIATE")
            rows = connection.execute(
                "SELECT intent_id, body, creditor_name, reference FROM outbox"
            ).fetchall()
            plain = [row for row in rows if not all(is_sealed(row[c]) for c in ("body", *_SEALED_TEXT))]
            for row in plain:
                connection.execute(_SEAL_ROW, (*self._sealed_values(sealer, row), row["intent_id"]))
            connection.execute("COMMIT")
            if plain:
                connection.execute("VACUUM")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._migrated = True

    @staticmethod
    def _sealed_values(sealer: FieldSealer, row: sqlite3.Row) -> tuple[bytes, bytes, bytes]:
        intent_id = row["intent_id"]
        body = (
            row["body"]
            if is_sealed(row["body"])
            else sealer.seal(bytes(row["body"]), _context(intent_id, "body"))
        )
        texts = [
            row[c] if is_sealed(row[c]) else sealer.seal(str(row[c]).encode("utf-8"), _context(intent_id, c))
            for c in _SEALED_TEXT
        ]
        return body, texts[0], texts[1]

    def _seal(self, intent_id: str, column: str, value: bytes) -> bytes:
        if self._sealing is None:
            return value
        return self._sealing.sealer().seal(value, _context(intent_id, column))

    def _entry(self, row: sqlite3.Row) -> OutboxEntry:
        """The entry of `row`, its sealed fields opened."""
        values = dict(row)
        sealed = [column for column in ("body", *_SEALED_TEXT) if is_sealed(values[column])]
        if not sealed:
            return OutboxEntry.from_row(values)
        if self._sealing is None:
            raise CredentialsUnavailable(
                "credentials.unavailable", "the outbox is sealed; no key store given"
            )
        sealer = self._sealing.sealer()
        try:
            for column in sealed:
                opened = sealer.open(values[column], _context(values["intent_id"], column))
                values[column] = opened if column == "body" else opened.decode("utf-8")
        except SealBroken as error:
            if not OutboxState(values["state"]).is_finished:
                raise CredentialsUnavailable(
                    error.message_code, "an unfinished outbox entry does not open"
                ) from None
            values.update(body=b"", creditor_name="", reference="")  # settled: nothing needs them any more
        return OutboxEntry.from_row(values)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    # --- writing --------------------------------------------------------------------------------

    def prepare(
        self, *, customer_id: str, consent_id: str, intent: PaymentIntent, body: bytes, idempotency_key: str
    ) -> OutboxEntry:
        """Journal a payment about to be sent; if this consent already has an entry, return that one
        (with its original key and bytes) instead: a consent is paid at most once."""
        with self._transaction() as connection:
            existing = self._for_consent(connection, customer_id, consent_id)
            if existing is not None:
                return existing
            now = _now()
            intent_id = str(uuid.uuid4())
            connection.execute(
                _INSERT,
                (
                    intent_id,
                    customer_id,
                    intent.kind.value,
                    consent_id,
                    idempotency_key,
                    self._seal(intent_id, "body", body),
                    OutboxState.PREPARED.value,
                    intent.debtor_account_id,
                    intent.amount.to_wire(),
                    intent.amount.currency,
                    self._text(intent_id, "creditor_name", intent.creditor_name),
                    self._text(intent_id, "reference", intent.reference),
                    now,
                    now,
                ),
            )
            entry = self._get(connection, intent_id)
        assert entry is not None
        return entry

    def _text(self, intent_id: str, column: str, value: str) -> str | bytes:
        return value if self._sealing is None else self._seal(intent_id, column, value.encode("utf-8"))

    def mark_sent(self, intent_id: str) -> None:
        """About to send (or resend). If an earlier send was in flight (SENT: we may have crashed
        waiting for the answer) or lost (UNKNOWN), that one may have reached the bank: remember it."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE outbox SET maybe_sent = maybe_sent OR state IN ('SENT','UNKNOWN'), state='SENT',"
                " updated=? WHERE intent_id=? AND state<>'DONE'",
                (_now(), intent_id),
            )

    def mark_done(self, intent_id: str, payment_id: str | None, status: str | None) -> None:
        """The bank has the payment (`payment_id` None: it exists, but the bank did not tell us its id)."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE outbox SET state=?, payment_id=COALESCE(?, payment_id), status=COALESCE(?, status),"
                " error_code=NULL, updated=? WHERE intent_id=?",
                (OutboxState.DONE.value, payment_id, status, _now(), intent_id),
            )

    def mark_failed(self, intent_id: str, error_code: str) -> None:
        """The bank refused the payment: nothing was paid. Never overrides DONE."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE outbox SET state=?, error_code=?, updated=? WHERE intent_id=? AND state<>?",
                (OutboxState.FAILED.value, error_code, _now(), intent_id, OutboxState.DONE.value),
            )

    def mark_unknown(self, intent_id: str) -> None:
        """The outcome of a send is unknown; resolve later. Never overrides DONE."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE outbox SET state='UNKNOWN', maybe_sent=1, updated=?"
                " WHERE intent_id=? AND state<>'DONE'",
                (_now(), intent_id),
            )

    def mark_not_sent(self, intent_id: str, error_code: str) -> None:
        """The send certainly did not reach the bank (connection refused, 401, 429) and no earlier send
        may have: record it as failed so nothing pays it later behind the user's back. If an earlier
        send may have reached the bank, the entry stays unresolved instead."""
        with self._transaction() as connection:
            entry = self._get(connection, intent_id)
            if entry is None or entry.state is OutboxState.DONE:
                return
            state = OutboxState.UNKNOWN if entry.maybe_sent else OutboxState.FAILED
            connection.execute(
                "UPDATE outbox SET state=?, error_code=?, updated=? WHERE intent_id=?",
                (state.value, error_code, _now(), intent_id),
            )

    def update_status(self, intent_id: str, status: str) -> None:
        """Record a newer status of a DONE payment (after polling)."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE outbox SET status=?, updated=? WHERE intent_id=? AND state=?",
                (status, _now(), intent_id, OutboxState.DONE.value),
            )

    # --- reading --------------------------------------------------------------------------------

    def get(self, intent_id: str) -> OutboxEntry | None:
        with self._connect() as connection:
            return self._get(connection, intent_id)

    def for_consent(self, customer_id: str, consent_id: str) -> OutboxEntry | None:
        with self._connect() as connection:
            return self._for_consent(connection, customer_id, consent_id)

    def unfinished(self, customer_id: str) -> list[OutboxEntry]:
        """Entries of `customer_id` still waiting for an answer, oldest first."""
        with self._connect() as connection:
            rows = connection.execute(_UNFINISHED, (customer_id,)).fetchall()
        return [self._entry(row) for row in rows]

    def entries(self, customer_id: str | None = None) -> list[OutboxEntry]:
        """Every entry (of one customer, or of all), oldest first."""
        with self._connect() as connection:
            if customer_id is None:
                rows = connection.execute(_ALL).fetchall()
            else:
                rows = connection.execute(_OF_CUSTOMER, (customer_id,)).fetchall()
        return [self._entry(row) for row in rows]

    def _get(self, connection: sqlite3.Connection, intent_id: str) -> OutboxEntry | None:
        row = connection.execute(_BY_ID, (intent_id,)).fetchone()
        return None if row is None else self._entry(row)

    def _for_consent(
        self, connection: sqlite3.Connection, customer_id: str, consent_id: str
    ) -> OutboxEntry | None:
        row = connection.execute(_BY_CONSENT, (customer_id, consent_id)).fetchone()
        return None if row is None else self._entry(row)
