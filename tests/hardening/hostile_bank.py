"""A hostile bank for the client: valid sign-in and consent, then one endpoint answering whatever the
test hands it. Built on the API tests' MockTransport router (tests/api/fakes.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from a11y_bank.api.bank import Bank
from a11y_bank.api.client import ObClient
from a11y_bank.api.outbox import Outbox
from tests.api.fakes import ACCOUNT_ID, NOW, DictStore, FakeSleep, Router, account_doc, config, tokens

AISP = "/open-banking/v4.0/aisp"
EXT = "/a11y-ext/v1"
Answer = Callable[[httpx.Request], httpx.Response]


def balances_doc() -> dict[str, Any]:
    def balance(kind: str, value: str, direction: str) -> dict[str, Any]:
        return {
            "AccountId": ACCOUNT_ID,
            "Type": kind,
            "CreditDebitIndicator": direction,
            "DateTime": NOW,
            "Amount": {"Amount": value, "Currency": "CNY"},
        }

    return {"Data": {"Balance": [balance("ITAV", "1520.35", "Credit"), balance("CLBD", "20.00", "Debit")]}}


def transactions_doc() -> dict[str, Any]:
    def transaction(n: int, value: str, direction: str) -> dict[str, Any]:
        return {
            "AccountId": ACCOUNT_ID,
            "TransactionId": f"tx-{n}",
            "CreditDebitIndicator": direction,
            "Status": "BOOK",
            "BookingDateTime": NOW,
            "TransactionInformation": "Groceries",
            "MerchantDetails": {"MerchantName": "Market"},
            "Amount": {"Amount": value, "Currency": "CNY"},
            "Balance": {
                "CreditDebitIndicator": "Credit",
                "Type": "CLBD",
                "Amount": {"Amount": "100.00", "Currency": "CNY"},
            },
        }

    return {
        "Data": {"Transaction": [transaction(1, "12.50", "Debit"), transaction(2, "300.00", "Credit")]},
        "Meta": {"TotalPages": 1},
    }


def standing_orders_doc() -> dict[str, Any]:
    return {
        "Data": {
            "StandingOrder": [
                {
                    "AccountId": ACCOUNT_ID,
                    "StandingOrderId": "so-1",
                    "StandingOrderStatusCode": "Active",
                    "NextPaymentDateTime": NOW,
                    "NextPaymentAmount": {"Amount": "50.00", "Currency": "CNY"},
                    "MandateRelatedInformation": {"Frequency": {"Type": "MNTH"}},
                    "CreditorAccount": {
                        "SchemeName": "UK.OBIE.BBAN",
                        "Identification": "6228480000033334444",
                        "Name": "Landlord",
                    },
                    "RemittanceInformation": {"Unstructured": ["Rent"]},
                }
            ]
        }
    }


def scheduled_doc() -> dict[str, Any]:
    return {
        "Data": {
            "ScheduledPayment": [
                {
                    "AccountId": ACCOUNT_ID,
                    "ScheduledPaymentId": "sp-1",
                    "ScheduledPaymentDateTime": NOW,
                    "InstructedAmount": {"Amount": "75.10", "Currency": "CNY"},
                    "CreditorAccount": {
                        "SchemeName": "UK.OBIE.BBAN",
                        "Identification": "6228480000033334444",
                    },
                    "Reference": "Gift",
                }
            ]
        }
    }


def beneficiaries_doc() -> dict[str, Any]:
    return {
        "Data": {
            "Beneficiary": [
                {
                    "AccountId": ACCOUNT_ID,
                    "BeneficiaryId": "b-1",
                    "Reference": "Mum",
                    "CreditorAccount": {
                        "SchemeName": "UK.OBIE.BBAN",
                        "Identification": "6228480000033334444",
                        "Name": "Wang Fang",
                    },
                }
            ]
        }
    }


def accounts_doc() -> dict[str, Any]:
    return {"Data": {"Account": [account_doc()]}}


CARD_ID = "card-credit-1"


def statement_doc() -> dict[str, Any]:
    """A credit card statement as the demo bank's /cards/{id}/statement answers it."""

    def line(n: int, value: str, direction: str) -> dict[str, Any]:
        return {
            "BookingDateTime": NOW,
            "Description": f"Purchase {n}",
            "CreditDebitIndicator": direction,
            "Amount": {"Amount": value, "Currency": "CNY"},
        }

    return {
        "Data": {
            "CardId": CARD_ID,
            "StatementDate": "2026-11-01",
            "DueDate": "2026-11-25",
            "StatementBalance": {"Amount": "1234.56", "Currency": "CNY"},
            "CurrentBalance": {"Amount": "1500.00", "Currency": "CNY"},
            "MinimumPaymentDue": {"Amount": "123.46", "Currency": "CNY"},
            "Transaction": [line(1, "88.20", "Debit"), line(2, "500.00", "Credit")],
        }
    }


def orders_doc() -> dict[str, Any]:
    """Wealth orders as /wealth/orders answers them."""

    def order(n: int, kind: str, value: str) -> dict[str, Any]:
        return {
            "OrderId": f"wo-{n}",
            "ConsentId": f"wc-{n}",
            "Type": kind,
            "ProductId": "wm-cash-plus",
            "ProductName": "Cash Plus Money Market Fund",
            "AccountId": ACCOUNT_ID,
            "Amount": {"Amount": value, "Currency": "CNY"},
            "Fee": {"Amount": "0.00", "Currency": "CNY"},
            "Units": "100.0000",
            "UnitPrice": "1.1322",
            "CreationDateTime": NOW,
        }

    return {"Data": {"Order": [order(1, "SUBSCRIBE", "113.22"), order(2, "REDEEM", "56.61")]}}


def assessment_doc() -> dict[str, Any]:
    """The answer to the risk questionnaire's responses (POST /wealth/risk-assessments)."""
    return {
        "Data": {
            "Status": "VALID",
            "RiskLevel": "C3",
            "AssessedDateTime": NOW,
            "ExpirationDateTime": "2027-11-23T10:00:00+08:00",
        }
    }


class HostileBank:
    """A Bank signed in to a fake bank whose `path` answers with `self.answer` (set per case)."""

    def __init__(self, tmp: Path, path: str, method: str = "GET") -> None:
        self.answer: Answer = lambda _request: httpx.Response(500)
        self.router = Router()
        self.router.add("POST", f"{EXT}/auth/sign-in", httpx.Response(201, json=tokens()))
        self.router.add(
            "POST", f"{AISP}/account-access-consents", httpx.Response(201, json={"Data": {"ConsentId": "c"}})
        )
        self.router.add(
            "POST", f"{EXT}/consents/c/authorise", httpx.Response(200, json={"Data": {"Status": "AUTH"}})
        )
        self.router.add("POST", f"{EXT}/auth/refresh", httpx.Response(401))
        self.router.add(method, path, self._answer_now)
        if path != f"{AISP}/accounts":
            self.router.add("GET", f"{AISP}/accounts", httpx.Response(200, json=accounts_doc()))
        client = ObClient(config(self.router, max_retries=1, timeout=2.0), DictStore(), sleep=FakeSleep())
        self.bank = Bank(client, Outbox(tmp / "outbox.db"), sleep=FakeSleep())
        self.bank.sign_in("liwei", "Demo-1234")

    def _answer_now(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request)  # read at request time: the test swaps `answer` per case

    def fresh(self) -> Bank:
        """The bank with no cached accounts, so a mutated accounts answer is read again."""
        self.bank._accounts = None  # reset the facade's cache between cases
        return self.bank

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.bank.close()
