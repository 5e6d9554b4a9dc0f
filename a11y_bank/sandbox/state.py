"""The sandbox's shared state: database, clock, keys and the bank's rules (one object per server)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path

from a11y_bank.sandbox import branch_queue, cards, demo, enrolment, preferences, wealth
from a11y_bank.sandbox.clock import Clock
from a11y_bank.sandbox.db import Database
from a11y_bank.sandbox.due import DueTimes


@dataclass
class Rules:
    """Bank behaviour that docs/sandbox.md documents; tests may change these on a running sandbox."""

    access_token_ttl: timedelta = timedelta(hours=1)
    refresh_token_ttl: timedelta = timedelta(days=30)
    code_ttl: timedelta = timedelta(minutes=5)
    max_code_attempts: int = 5
    cut_off: time = time(22, 0)  # same-day payments, sandbox clock, UTC
    acsp_after: timedelta = timedelta(0)
    acsc_after: timedelta = timedelta(seconds=2)
    idempotency_ttl: timedelta = timedelta(hours=24)
    transactions_page_size: int = 100
    rate_per_second: float = 200.0  # per token; generous so normal use never sees a 429
    rate_burst: int = 400


@dataclass
class Sandbox:
    db: Database
    clock: Clock
    hmac_key: bytes
    rules: Rules = field(default_factory=Rules)
    test_controls: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock)
    due: DueTimes = field(default_factory=DueTimes)  # lets most requests skip payments.settle_due's scan


def open_sandbox(db_path: Path, *, clock: Clock | None = None, test_controls: bool = False) -> Sandbox:
    """Open (and on first use, fill) the database at ``db_path``."""
    clock = clock or Clock()
    db = Database(db_path)
    if demo.is_new(db):
        demo.generate(db, clock.now())
    wealth.install(db)
    cards.install(db, clock.now())
    enrolment.install(db, clock.now())
    preferences.install(db)
    branch_queue.install(db)
    row = db.one("SELECT value FROM meta WHERE key = 'hmac_key'")
    assert row is not None
    return Sandbox(db=db, clock=clock, hmac_key=bytes.fromhex(row["value"]), test_controls=test_controls)
