"""Test doubles for the API client: a router for `httpx.MockTransport` that refuses any unexpected
request, a recording fake sleep, a dict credential store, and OB-shaped documents."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from a11y_bank.api.config import ApiConfig

BASE_URL = "http://bank.test"
Handler = Callable[[httpx.Request], httpx.Response]


class UnexpectedRequest(AssertionError):
    pass


@dataclass
class Router:
    """Routes (method, path regex) to handlers; anything else fails the test loudly."""

    routes: list[tuple[str, re.Pattern[str], Handler]] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def add(self, method: str, path: str, handler: Handler | httpx.Response | list[Any]) -> None:
        if isinstance(handler, httpx.Response):
            response = handler
            handler = lambda _request: response  # noqa: E731
        elif isinstance(handler, list):
            queue = handler

            def next_in_queue(_request: httpx.Request) -> httpx.Response:
                item = queue.pop(0) if len(queue) > 1 else queue[0]
                if isinstance(item, Exception):
                    raise item
                assert isinstance(item, httpx.Response)
                return item

            handler = next_in_queue
        self.routes.append((method, re.compile(path + "$"), handler))

    echo_interaction_id: bool = True
    """Like a real OB bank, put the request's x-fapi-interaction-id on the answer."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A snapshot: httpx replays the same Request object (e.g. after a token refresh) with new headers.
        request.read()
        self.requests.append(
            httpx.Request(
                request.method, request.url, headers=request.headers.copy(), content=request.content
            )
        )
        for method, pattern, handler in self.routes:
            if request.method == method and pattern.match(request.url.path):
                return self._echo(request, handler(request))
        raise UnexpectedRequest(f"unexpected {request.method} {request.url.path}")

    def _echo(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        interaction_id = request.headers.get("x-fapi-interaction-id")
        if self.echo_interaction_id and interaction_id is not None:
            response.headers["x-fapi-interaction-id"] = interaction_id
        return response

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def sent(self, method: str, path_suffix: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path.endswith(path_suffix)]


@dataclass
class FakeSleep:
    calls: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


class DictStore:
    """A minimal credential store (get/set/delete)."""

    def __init__(self, **values: str) -> None:
        self.values = dict(values)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value

    def delete(self, key: str) -> None:
        self.values.pop(key, None)


def config(router: Router, **overrides: Any) -> ApiConfig:
    values: dict[str, Any] = {"base_url": BASE_URL, "transport": router.transport(), "backoff": 0.5}
    values.update(overrides)
    return ApiConfig(**values)


def ok(document: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=document, headers=headers)


def ob_error(status: int, *codes: str) -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "Id": "err-1",
            "Code": f"{status} Error",
            "Message": "refused",
            "Errors": [{"ErrorCode": code, "Message": f"because {code}"} for code in codes],
        },
    )


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


NOW = "2026-11-23T12:00:00+00:00"
ACCOUNT_ID = "acc-1"
ACCOUNT_NUMBER = "6222020200112345678"
PAYEE_NUMBER = "6228480000033334444"


def tokens(access: str = "access-1", refresh: str = "refresh-1") -> dict[str, Any]:
    return {
        "Data": {
            "AccessToken": access,
            "RefreshToken": refresh,
            "ExpiresIn": 900,
            "TokenType": "Bearer",
            "CustomerId": "cust-1",
            "DisplayName": "Li Wei",
        }
    }


def account_doc(account_id: str = ACCOUNT_ID, currency: str = "CNY") -> dict[str, Any]:
    return {
        "AccountId": account_id,
        "Currency": currency,
        "AccountCategory": "Personal",
        "AccountTypeCode": "CACC",
        "Nickname": "Current",
        "Account": [{"SchemeName": "UK.OBIE.BBAN", "Identification": ACCOUNT_NUMBER, "Name": "Li Wei"}],
    }


def accounts_doc(*accounts: dict[str, Any]) -> dict[str, Any]:
    return {"Data": {"Account": list(accounts or [account_doc()])}, "Links": {"Self": f"{BASE_URL}/x"}}


def amount(value: Any, currency: str = "CNY") -> dict[str, Any]:
    return {"Amount": value, "Currency": currency}


def transaction_doc(n: int, value: Any = "12.50", currency: str = "CNY") -> dict[str, Any]:
    return {
        "AccountId": ACCOUNT_ID,
        "TransactionId": f"tx-{n}",
        "CreditDebitIndicator": "Debit",
        "Status": "BOOK",
        "BookingDateTime": NOW,
        "TransactionInformation": "Groceries",
        "Amount": amount(value, currency),
        "Balance": {"CreditDebitIndicator": "Credit", "Type": "CLBD", "Amount": amount("100.00", currency)},
    }


def consent_doc(consent_id: str, request: httpx.Request, status: str = "AWAU") -> dict[str, Any]:
    """A consent response echoing the request's Initiation, like a real bank."""
    data = body_of(request)["Data"]
    return {
        "Data": {
            "ConsentId": consent_id,
            "CreationDateTime": NOW,
            "Status": status,
            "StatusUpdateDateTime": NOW,
            **data,
        },
        "Risk": {},
        "Links": {"Self": f"{BASE_URL}/c/{consent_id}"},
        "Meta": {},
    }


def payment_doc(payment_id: str, consent_id: str, status: str = "ACSP") -> dict[str, Any]:
    return {
        "Data": {
            "DomesticPaymentId": payment_id,
            "ConsentId": consent_id,
            "CreationDateTime": NOW,
            "Status": status,
            "StatusUpdateDateTime": NOW,
            "Initiation": {},
        },
        "Links": {"Self": f"{BASE_URL}/p/{payment_id}"},
        "Meta": {},
    }


def is_uuid4(value: str | None) -> bool:
    if value is None:
        return False
    try:
        return uuid.UUID(value).version == 4
    except ValueError:
        return False
