"""The balance after each booked transaction (OBTransaction6.Balance), kept per posting in the ledger."""

from __future__ import annotations

import itertools
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from a11y_bank.sandbox.db import Database, Posting, post_entry
from tests.sandbox.conftest import AISP, BankClient, initiation


def _signed(money: dict[str, Any]) -> Decimal:
    sign = 1 if money["CreditDebitIndicator"] == "Credit" else -1
    return sign * Decimal(money["Amount"]["Amount"])


def _page(client: BankClient, account_id: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(f"{AISP}/accounts/{account_id}/transactions", **params)
    assert response.status_code == 200, response.text
    transactions: list[dict[str, Any]] = response.json()["Data"]["Transaction"]
    return transactions


def _assert_running(transactions: list[dict[str, Any]]) -> None:
    """Newest first: each balance, less its own amount, is the balance after the next older one."""
    for newer, older in itertools.pairwise(transactions):
        assert _signed(newer["Balance"]) - _signed(newer) == _signed(older["Balance"]), newer["TransactionId"]


def test_every_transaction_carries_the_balance_after_it(liwei: BankClient) -> None:
    transactions = _page(liwei, "acc-lw-cur")
    assert transactions
    assert {tx["Balance"]["Type"] for tx in transactions} == {"ITBD"}
    assert {tx["Balance"]["Amount"]["Currency"] for tx in transactions} == {"CNY"}
    assert _signed(transactions[0]["Balance"]) == Decimal(liwei.balance("acc-lw-cur"))
    _assert_running(transactions)


def test_the_oldest_transaction_of_the_shop_account_starts_from_zero(liwei: BankClient) -> None:
    first = liwei.get(f"{AISP}/accounts/acc-lw-shop/transactions").json()
    last_page = first["Meta"]["TotalPages"]
    transactions = _page(liwei, "acc-lw-shop", page=last_page)
    oldest = transactions[-1]
    assert _signed(oldest["Balance"]) == _signed(oldest)  # nothing was booked before it
    _assert_running(transactions)


def test_a_payment_moves_the_balance_after_on_both_accounts(liwei: BankClient) -> None:
    before = _signed(_page(liwei, "acc-lw-cur")[0]["Balance"])
    consent_id = liwei.authorised_consent(initiation("12.50"))
    assert liwei.pay(consent_id, initiation("12.50")).status_code == 201
    newest = _page(liwei, "acc-lw-cur")[0]
    assert _signed(newest) == Decimal("-12.50")
    assert _signed(newest["Balance"]) == before - Decimal("12.50")
    assert liwei.ledger_ok()["Balanced"] is True


def test_credit_only_reading_keeps_the_accounts_own_running_balance(liwei: BankClient) -> None:
    everything = {tx["TransactionId"]: tx["Balance"] for tx in _page(liwei, "acc-lw-cur")}
    with liwei.running.sandbox.db.transaction() as conn:  # withdraw the fixture's full reading consent
        conn.execute("UPDATE consents SET status = 'CANC' WHERE kind = 'account-access'")
    liwei.grant_reading(["ReadTransactionsDetail", "ReadTransactionsCredits"])
    credits = _page(liwei, "acc-lw-cur")
    assert credits
    assert all(tx["CreditDebitIndicator"] == "Credit" for tx in credits)
    shared = [tx for tx in credits if tx["TransactionId"] in everything]
    assert shared
    for tx in shared:  # the balance after a credit counts the debits the reader cannot see
        assert tx["Balance"] == everything[tx["TransactionId"]]


def _ledger(tmp_path: Path) -> Database:
    db = Database(tmp_path / "ledger.sqlite3")
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO accounts (id, currency, scheme, identification, name, kind, type_code, opened_at)"
            " VALUES ('a', 'CNY', 'S', '1', 'A', 'current', 'Personal', '2026-01-01T00:00:00Z'),"
            " ('b', 'CNY', 'S', '2', 'B', 'current', 'Personal', '2026-01-01T00:00:00Z')"
        )
    return db


def _book(db: Database, entry_id: str, booked_at: str, minor: int) -> None:
    with db.transaction() as conn:
        post_entry(
            conn,
            entry_id=entry_id,
            booked_at=booked_at,
            kind="transfer",
            description=entry_id,
            debit=Posting("b", -minor),
            credit=Posting("a", minor),
        )


def _running(db: Database, account_id: str) -> list[tuple[str, int]]:
    rows = db.query(
        "SELECT entry_id, balance_after_minor FROM postings WHERE account_id = ? ORDER BY booked_at, id",
        (account_id,),
    )
    return [(row["entry_id"], row["balance_after_minor"]) for row in rows]


def test_a_back_dated_entry_moves_the_later_running_balances(tmp_path: Path) -> None:
    db = _ledger(tmp_path)
    _book(db, "e1", "2026-03-01T10:00:00Z", 100)
    _book(db, "e3", "2026-03-03T10:00:00Z", 300)
    _book(db, "e2", "2026-03-02T10:00:00Z", 20)  # settled at its earlier due time
    _book(db, "e4", "2026-03-03T10:00:00Z", 4)  # same second as e3: booked after it
    assert _running(db, "a") == [("e1", 100), ("e2", 120), ("e3", 420), ("e4", 424)]
    assert _running(db, "b") == [("e1", -100), ("e2", -120), ("e3", -420), ("e4", -424)]


def test_ledger_check_finds_a_running_balance_that_missed_an_entry(liwei: BankClient) -> None:
    assert liwei.ledger_ok()["MismatchedRunningBalances"] == []
    with liwei.running.sandbox.db.transaction() as conn:
        newest = conn.execute("SELECT MAX(id) FROM postings WHERE account_id = 'acc-lw-sav'").fetchone()[0]
        conn.execute(
            "UPDATE postings SET balance_after_minor = balance_after_minor + 1 WHERE id = ?", (newest,)
        )
    report = liwei.ledger_ok()
    assert report["Balanced"] is False
    assert report["MismatchedRunningBalances"] == ["acc-lw-sav"]


def test_an_older_database_gains_the_running_balances(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE postings (id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL, account_id TEXT NOT NULL,"
        " amount_minor INTEGER NOT NULL, booked_at TEXT NOT NULL, counterparty TEXT);"
        "INSERT INTO postings (entry_id, account_id, amount_minor, booked_at) VALUES"
        " ('e2', 'a', 5, '2026-03-02T00:00:00Z'), ('e1', 'a', 7, '2026-03-01T00:00:00Z'),"
        " ('e1', 'b', -7, '2026-03-01T00:00:00Z');"
    )
    old.close()
    db = Database(path)
    assert _running(db, "a") == [("e1", 7), ("e2", 12)]
    assert _running(db, "b") == [("e1", -7)]
