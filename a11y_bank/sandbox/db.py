"""SQLite storage (WAL) and the double-entry ledger.

Every movement of money is one ``entries`` row with exactly two ``postings`` (a debit, negative, and a
credit, positive) written in one transaction. ``accounts.balance_minor`` is maintained in the same
transaction and ``reconcile`` checks it against the postings, and that postings sum to zero per currency.
Each posting also keeps ``balance_after_minor``, the account's running balance after it in (booked_at, id)
order, so a page of history carries the balance after each transaction without summing the rest of the
account.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from a11y_bank.sandbox.checkpoint import Checkpointer

# The writer's automatic checkpoint once the background one runs (SQLite's default is 1 000 pages).
BACKSTOP_CHECKPOINT_PAGES = 4000

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY, username TEXT UNIQUE NOT NULL, password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL, display_name TEXT NOT NULL, is_staff INTEGER NOT NULL DEFAULT 0,
    phone TEXT NOT NULL, email TEXT NOT NULL, daily_limit_minor INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY, customer_id TEXT REFERENCES customers(id), currency TEXT NOT NULL,
    scheme TEXT NOT NULL, identification TEXT NOT NULL, name TEXT NOT NULL, nickname TEXT,
    kind TEXT NOT NULL, type_code TEXT NOT NULL, opened_at TEXT NOT NULL, product_id TEXT,
    balance_minor INTEGER NOT NULL DEFAULT 0, UNIQUE (scheme, identification)
);
CREATE TABLE IF NOT EXISTS entries (
    id TEXT PRIMARY KEY, booked_at TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL,
    merchant TEXT, mcc TEXT, payment_id TEXT
);
CREATE TABLE IF NOT EXISTS postings (
    id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL REFERENCES entries(id),
    account_id TEXT NOT NULL REFERENCES accounts(id), amount_minor INTEGER NOT NULL,
    booked_at TEXT NOT NULL, counterparty TEXT, balance_after_minor INTEGER
);
CREATE INDEX IF NOT EXISTS postings_by_account_date ON postings (account_id, booked_at);
CREATE INDEX IF NOT EXISTS postings_by_entry ON postings (entry_id);
CREATE TABLE IF NOT EXISTS directory (
    scheme TEXT NOT NULL, identification TEXT NOT NULL, holder_name TEXT NOT NULL,
    rejects_payments INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (scheme, identification)
);
CREATE TABLE IF NOT EXISTS beneficiaries (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, scheme TEXT NOT NULL, identification TEXT NOT NULL,
    name TEXT NOT NULL, reference TEXT, name_check TEXT NOT NULL, created_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS billers (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, account_id TEXT NOT NULL,
    reference_label TEXT NOT NULL, reference_pattern TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS standing_orders (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, frequency TEXT NOT NULL, next_at TEXT NOT NULL,
    amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, scheme TEXT NOT NULL, identification TEXT NOT NULL,
    creditor_name TEXT NOT NULL, reference TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS consents (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
    created_at TEXT NOT NULL, status_at TEXT NOT NULL, request_json TEXT NOT NULL,
    debtor_account_id TEXT, amount_minor INTEGER, currency TEXT, creditor_scheme TEXT, creditor_id TEXT,
    creditor_name TEXT, execute_at TEXT, cut_off_at TEXT
);
CREATE TABLE IF NOT EXISTS payments (
    id TEXT PRIMARY KEY, consent_id TEXT UNIQUE NOT NULL, customer_id TEXT NOT NULL, kind TEXT NOT NULL,
    created_at TEXT NOT NULL, execute_at TEXT NOT NULL, entry_id TEXT, final_status TEXT,
    final_at TEXT, reference TEXT
);
-- settle_due's scan and the daily limit's sum (docs/performance.md: both were full scans per request)
CREATE INDEX IF NOT EXISTS payments_pending ON payments (execute_at) WHERE final_status IS NULL;
CREATE INDEX IF NOT EXISTS payments_by_customer ON payments (customer_id, created_at);
-- Same-day domestic payments per customer and currency (the daily limit), kept up to date with each payment
-- in its transaction instead of summed over the day's payments twice per payment (docs/performance.md).
CREATE TABLE IF NOT EXISTS daily_spent (
    customer_id TEXT NOT NULL, currency TEXT NOT NULL, day TEXT NOT NULL, spent_minor INTEGER NOT NULL,
    PRIMARY KEY (customer_id, currency, day)
);
CREATE TABLE IF NOT EXISTS challenges (
    id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, customer_id TEXT NOT NULL, channel TEXT NOT NULL,
    code_mac BLOB NOT NULL, expires_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY, challenge_id TEXT NOT NULL, customer_id TEXT NOT NULL, channel TEXT NOT NULL,
    destination TEXT NOT NULL, code TEXT NOT NULL, sent_at TEXT NOT NULL
);
-- A new challenge supersedes the consent's open one, and the outbox is read by challenge: both were scans of
-- a table that grows with every payment (docs/performance.md, section 3).
CREATE INDEX IF NOT EXISTS challenges_by_consent ON challenges (consent_id);
CREATE INDEX IF NOT EXISTS outbox_by_challenge ON outbox (challenge_id);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash BLOB PRIMARY KEY, customer_id TEXT NOT NULL, kind TEXT NOT NULL, family TEXT NOT NULL,
    expires_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS idempotency (
    owner TEXT NOT NULL, key TEXT NOT NULL, route TEXT NOT NULL, body_hash BLOB NOT NULL,
    status INTEGER NOT NULL, response BLOB NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (owner, key)
);
"""


@dataclass(frozen=True)
class Posting:
    account_id: str
    amount_minor: int
    counterparty: str | None = None


class Database:
    """One SQLite connection shared by the server's handlers, serialised by a lock.

    The sandbox is a single-process demo bank; one connection with a lock is simpler and faster here than a
    pool, and WAL keeps readers in other processes (tests, tools) from blocking it. A running server adds a
    second connection on its own thread that only checkpoints (`checkpoint_in_background`).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL: no fsync per commit. A commit survives the process crashing; only an OS crash or
        # power loss can lose the last few, acceptable for a demo bank (docs/performance.md).
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.executescript(SCHEMA)
        _add_running_balances(self._conn)
        self._lock = threading.RLock()
        self._checkpointer: Checkpointer | None = None

    def checkpoint_in_background(self) -> None:
        """Copy the WAL into the database file on another thread (sandbox/checkpoint.py says why).

        The server calls this; the connection's own automatic checkpoint stays as a backstop at
        `BACKSTOP_CHECKPOINT_PAGES`, so the WAL stays bounded even if the thread falls behind.
        """
        with self._lock:
            if self._checkpointer is None:
                self._conn.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_CHECKPOINT_PAGES}")
                self._checkpointer = Checkpointer(self.path)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (or ``ROLLBACK`` on any exception) under the lock."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def close(self) -> None:
        with self._lock:
            if self._checkpointer is not None:
                self._checkpointer.stop()
                self._checkpointer = None
            self._conn.close()


def post_entry(
    conn: sqlite3.Connection,
    *,
    entry_id: str,
    booked_at: str,
    kind: str,
    description: str,
    debit: Posting,
    credit: Posting,
    merchant: str | None = None,
    payment_id: str | None = None,
) -> None:
    """Write one balanced entry (debit negative, credit positive) and update both balances.

    Must run inside ``Database.transaction`` so the entry, its postings and the balances commit together.
    """
    if debit.amount_minor >= 0 or debit.amount_minor + credit.amount_minor != 0:
        raise ValueError("an entry is one negative debit and one equal positive credit")
    conn.execute(
        "INSERT INTO entries (id, booked_at, kind, description, merchant, payment_id) VALUES (?,?,?,?,?,?)",
        (entry_id, booked_at, kind, description, merchant, payment_id),
    )
    for posting in (debit, credit):
        _insert_posting(conn, entry_id, booked_at, posting)
        conn.execute(
            "UPDATE accounts SET balance_minor = balance_minor + ? WHERE id = ?",
            (posting.amount_minor, posting.account_id),
        )


def _insert_posting(conn: sqlite3.Connection, entry_id: str, booked_at: str, posting: Posting) -> None:
    """Insert a posting with its running balance, and move the running balance of any later posting.

    A new posting has the highest id, so it follows every posting booked at or before its time. Most are
    booked "now" and nothing comes after them; a back-dated one (a card's seeded history, a payment settled at
    its due time) shifts the few postings booked after it, found through the (account_id, booked_at) index.
    """
    previous = conn.execute(
        "SELECT balance_after_minor FROM postings WHERE account_id = ? AND booked_at <= ?"
        " ORDER BY booked_at DESC, id DESC LIMIT 1",
        (posting.account_id, booked_at),
    ).fetchone()
    before = int(previous[0]) if previous is not None else 0
    conn.execute(
        "UPDATE postings SET balance_after_minor = balance_after_minor + ?"
        " WHERE account_id = ? AND booked_at > ?",
        (posting.amount_minor, posting.account_id, booked_at),
    )
    conn.execute(
        "INSERT INTO postings"
        " (entry_id, account_id, amount_minor, booked_at, counterparty, balance_after_minor)"
        " VALUES (?,?,?,?,?,?)",
        (
            entry_id,
            posting.account_id,
            posting.amount_minor,
            booked_at,
            posting.counterparty,
            before + posting.amount_minor,
        ),
    )


# The running balance of every posting in one pass (SQLite window function): after a bulk insert and when an
# older database gains the column.
_RUNNING_BALANCES = (
    "UPDATE postings SET balance_after_minor = r.running FROM (SELECT id, SUM(amount_minor) OVER"
    " (PARTITION BY account_id ORDER BY booked_at, id) AS running FROM postings) AS r"
    " WHERE postings.id = r.id"
)


def fill_running_balances(conn: sqlite3.Connection) -> None:
    """Recompute every posting's running balance (after rows were written with ``executemany``)."""
    conn.execute(_RUNNING_BALANCES)


def _add_running_balances(conn: sqlite3.Connection) -> None:
    """Give a database made before ``balance_after_minor`` existed the column, filled from its postings."""
    columns = {row["name"] for row in conn.execute("PRAGMA table_info(postings)")}
    if "balance_after_minor" in columns:
        return
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ALTER TABLE postings ADD COLUMN balance_after_minor INTEGER")
    conn.execute(_RUNNING_BALANCES)
    conn.execute("COMMIT")


def reconcile(db: Database) -> dict[str, Any]:
    """The reconciliation report: every entry balanced, postings sum to zero per currency, balances match."""
    per_currency = db.query(
        "SELECT a.currency, SUM(p.s) AS total, SUM(p.n) AS n FROM (SELECT account_id, SUM(amount_minor) AS s,"
        " COUNT(*) AS n FROM postings GROUP BY account_id) p JOIN accounts a ON a.id = p.account_id"
        " GROUP BY a.currency"
    )
    unbalanced_entries = db.query(
        "SELECT entry_id FROM postings GROUP BY entry_id HAVING SUM(amount_minor) != 0 OR COUNT(*) != 2"
        " LIMIT 20"
    )
    mismatched = db.query(
        "SELECT a.id FROM accounts a LEFT JOIN (SELECT account_id, SUM(amount_minor) AS s FROM postings"
        " GROUP BY account_id) p ON p.account_id = a.id WHERE a.balance_minor != COALESCE(p.s, 0) LIMIT 20"
    )
    # The newest posting of each account must carry the account's balance: a running balance that missed an
    # entry, or a back-dated entry that did not shift the later ones, shows there. (A full window-function
    # check of every posting costs 0.3 s on the demo bank, 27 s over the ledger state machine's checks.)
    wrong_running = db.query(
        "SELECT a.id FROM accounts a JOIN postings p ON p.id = (SELECT id FROM postings"
        " WHERE account_id = a.id ORDER BY booked_at DESC, id DESC LIMIT 1)"
        " WHERE p.balance_after_minor IS NOT a.balance_minor LIMIT 20"
    )
    currencies = {row["currency"]: {"Sum": row["total"], "Postings": row["n"]} for row in per_currency}
    ok = (
        all(v["Sum"] == 0 for v in currencies.values())
        and not unbalanced_entries
        and not mismatched
        and not wrong_running
    )
    return {
        "Balanced": ok,
        "Currencies": currencies,
        "UnbalancedEntries": [row["entry_id"] for row in unbalanced_entries],
        "MismatchedAccounts": [row["id"] for row in mismatched],
        "MismatchedRunningBalances": [row["id"] for row in wrong_running],
    }
