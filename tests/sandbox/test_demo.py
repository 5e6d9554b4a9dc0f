"""Demo data: deterministic, big enough and consistent with the ledger (speed: see benchmarks)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from a11y_bank.sandbox import demo
from a11y_bank.sandbox.db import Database, reconcile


def _fingerprint(db: Database) -> str:
    digest = hashlib.sha256()
    for table, order in (("entries", "id"), ("postings", "id"), ("accounts", "id"), ("beneficiaries", "id")):
        for row in db.query(f"SELECT * FROM {table} ORDER BY {order}"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_generation_is_deterministic_and_balanced(tmp_path: Path) -> None:
    today = datetime(2026, 3, 15, 8, 0, tzinfo=UTC)
    first, second = Database(tmp_path / "a.db"), Database(tmp_path / "b.db")
    demo.generate(first, today)
    demo.generate(second, today)

    assert _fingerprint(first) == _fingerprint(second)
    report = reconcile(first)
    assert report["Balanced"] is True
    assert set(report["Currencies"]) == {"CNY", "GBP"}
    shop = first.one("SELECT COUNT(*) AS n FROM postings WHERE account_id = 'acc-lw-shop'")
    assert shop is not None
    assert shop["n"] >= 100_000
    assert not demo.is_new(first)


def test_customers_accounts_and_history(tmp_path: Path) -> None:
    db = Database(tmp_path / "bank.db")
    today = datetime(2026, 3, 15, 8, 0, tzinfo=UTC)
    demo.generate(db, today)
    users = {r["username"]: r["is_staff"] for r in db.query("SELECT username, is_staff FROM customers")}
    assert users == {"liwei": 0, "alice": 0, "staff1": 1}
    kinds = {(r["customer_id"], r["currency"], r["kind"]) for r in db.query("SELECT * FROM accounts")}
    assert ("cust-liwei", "GBP", "current") in kinds
    assert ("cust-liwei", "CNY", "shop") in kinds
    assert ("cust-alice", "CNY", "savings") in kinds
    first = db.one("SELECT MIN(booked_at) AS first FROM postings WHERE account_id = 'acc-lw-cur'")
    assert first is not None
    assert first["first"] < "2024-03-16"  # two years of history
    salaries = db.one("SELECT COUNT(*) AS n FROM entries WHERE kind = 'salary'")
    assert salaries is not None
    assert salaries["n"] >= 46  # two customers, monthly, two years
    negative = db.query("SELECT id FROM accounts WHERE customer_id IS NOT NULL AND balance_minor < 0")
    assert negative == []
    assert len(db.query("SELECT * FROM billers")) == 5
