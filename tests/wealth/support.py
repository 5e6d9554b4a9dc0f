"""Helpers for the wealth tests: answer the questionnaire, review -> code -> order."""

from __future__ import annotations

from typing import Any

import httpx

from tests.sandbox.conftest import EXT, BankClient

WEALTH = f"{EXT}/wealth"
LIWEI_CNY = "acc-lw-cur"


def answers(option: str) -> dict[str, Any]:
    """The same option for all five questions: A gives C1, C gives C3, E gives C5."""
    return {"Data": {"Answer": [{"QuestionId": f"Q{n}", "OptionId": option} for n in range(1, 6)]}}


def assess(client: BankClient, option: str) -> dict[str, Any]:
    response = client.post(f"{WEALTH}/risk-assessments", answers(option))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["Data"]
    return data


def order_consent(client: BankClient, **data: Any) -> httpx.Response:
    body = {"Type": "SUBSCRIBE", "AccountId": LIWEI_CNY, **data}
    return client.post(f"{WEALTH}/order-consents", {"Data": body})


def subscribe_consent(client: BankClient, product: str, amount: str, **extra: Any) -> httpx.Response:
    return order_consent(client, ProductId=product, Amount={"Amount": amount, "Currency": "CNY"}, **extra)


def authorise(client: BankClient, consent_id: str) -> None:
    challenge_id, code = client.challenge(consent_id)
    verified = client.verify(challenge_id, code)
    assert verified.status_code == 200, verified.text


def place(client: BankClient, consent_id: str, key: str | None = None) -> httpx.Response:
    return client.post(f"{WEALTH}/orders", {"Data": {"ConsentId": consent_id}}, key=key)


def buy(client: BankClient, product: str, amount: str) -> dict[str, Any]:
    consent = subscribe_consent(client, product, amount)
    assert consent.status_code == 201, consent.text
    consent_id = consent.json()["Data"]["ConsentId"]
    authorise(client, consent_id)
    order = place(client, consent_id)
    assert order.status_code == 201, order.text
    data: dict[str, Any] = order.json()["Data"]
    return data


# Tables that hold what a customer owns or has asked for; a refused request must leave them as they were.
# The ledger's journal (100 000+ rows) is append-only: its row count and last row id say whether it moved.
APPEND_ONLY_TABLES = ("entries", "postings")
STATE_TABLES = (
    "accounts",
    "consents",
    "payments",
    "challenges",
    "daily_spent",
    "cards",
    "card_operations",
    "wealth_assessments",
    "wealth_holdings",
    "wealth_orders",
)


def state_fingerprint(client: BankClient) -> dict[str, object]:
    """Every row of every state table (hashed), and the size of the ledger's journal, per table."""
    db = client.running.sandbox.db
    fingerprint: dict[str, object] = {}
    for table in APPEND_ONLY_TABLES:
        fingerprint[table] = tuple(db.query(f"SELECT count(*), max(rowid) FROM {table}")[0])
    for table in STATE_TABLES:
        rows = db.query(f"SELECT * FROM {table} ORDER BY rowid")
        fingerprint[table] = hash(tuple(tuple(row) for row in rows))
    return fingerprint
