"""A hostile bank: ≥ 1 000 spec-breaking answers to the account reads. Each one either becomes a typed
`BankApiError` with a catalogued, secret-free message, or (for harmless changes) a result whose every
amount, currency and id is true to what the bank sent. Never a crash, never a wrong fact shown as true.

Extends tests/api/test_fuzz.py (random bytes and envelopes) with systematic, named mutations of valid
documents, so a failure names the exact field and the kind of break. ``A11Y_HARDENING=long`` adds a
random hypothesis campaign on top.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from a11y_bank.api.bank import Bank
from a11y_bank.api.errors import BankApiError, InvalidResponse
from a11y_bank.domain.messages import message
from a11y_bank.domain.money import Money
from tests.api.fakes import ACCOUNT_ID, ACCOUNT_NUMBER, PAYEE_NUMBER
from tests.hardening import hostile_bank as hb
from tests.hardening.campaign_size import size
from tests.hardening.mutations import MAX_ITEMS_ACCEPTED, Mutation, field_mutations, list_mutations

SECRETS = ("access-1", "refresh-1", "Demo-1234", ACCOUNT_NUMBER, PAYEE_NUMBER)
Read = Callable[[Bank], list[Any]]


@dataclass(frozen=True, slots=True)
class Endpoint:
    name: str
    path: str
    document: Callable[[], dict[str, Any]]
    read: Read
    list_key: str
    id_key: str


ENDPOINTS = (
    Endpoint(
        "accounts", f"{hb.AISP}/accounts", hb.accounts_doc, lambda b: b.accounts(), "Account", "AccountId"
    ),
    Endpoint(
        "balances",
        f"{hb.AISP}/accounts/{ACCOUNT_ID}/balances",
        hb.balances_doc,
        lambda b: b.balances(ACCOUNT_ID),
        "Balance",
        "Type",
    ),
    Endpoint(
        "transactions",
        f"{hb.AISP}/accounts/{ACCOUNT_ID}/transactions",
        hb.transactions_doc,
        lambda b: list(next(b.transactions(ACCOUNT_ID)).transactions),
        "Transaction",
        "TransactionId",
    ),
    Endpoint(
        "standing orders",
        f"{hb.AISP}/accounts/{ACCOUNT_ID}/standing-orders",
        hb.standing_orders_doc,
        lambda b: b.standing_orders(ACCOUNT_ID),
        "StandingOrder",
        "StandingOrderId",
    ),
    Endpoint(
        "scheduled payments",
        f"{hb.AISP}/accounts/{ACCOUNT_ID}/scheduled-payments",
        hb.scheduled_doc,
        lambda b: b.scheduled_payments(ACCOUNT_ID),
        "ScheduledPayment",
        "ScheduledPaymentId",
    ),
    Endpoint(
        "payees",
        f"{hb.AISP}/accounts/{ACCOUNT_ID}/beneficiaries",
        hb.beneficiaries_doc,
        lambda b: b.beneficiaries(ACCOUNT_ID),
        "Beneficiary",
        "BeneficiaryId",
    ),
)


# --- what a wrong answer may become -------------------------------------------------------------


def assert_typed_and_clean(error: BaseException, case: str) -> None:
    """A BankApiError whose catalogue sentence exists and whose text and repr carry no secret."""
    assert isinstance(error, BankApiError), f"{case}: {type(error).__name__} escaped: {error!r}"
    entry = message(error.message_code)  # raises for an uncatalogued code
    assert entry.text, case
    for text in (str(error), repr(error)):
        assert not any(secret in text for secret in SECRETS), f"{case}: a secret in {text!r}"
    if isinstance(error, InvalidResponse):
        assert error.detail, f"{case}: an invalid answer must say what was wrong"


def _cny_amounts(document: Any) -> set[Decimal]:
    """Every wire amount the document states in the account's currency (CNY)."""
    found: set[Decimal] = set()
    if isinstance(document, dict):
        value, currency = document.get("Amount"), document.get("Currency")
        if isinstance(value, str) and currency == "CNY":
            with contextlib.suppress(InvalidOperation):
                found.add(Decimal(value))
        for child in document.values():
            found |= _cny_amounts(child)
    elif isinstance(document, list):
        for child in document:
            found |= _cny_amounts(child)
    return found


def _monies(item: Any) -> Iterator[Money]:
    for name in getattr(type(item), "__slots__", ()):
        value = getattr(item, name)
        if isinstance(value, Money):
            yield value


def assert_true_to(document: Any, results: list[Any], endpoint: Endpoint, case: str) -> None:
    """What was accepted is what the bank said: CNY amounts it stated, the account's id, unique ids."""
    stated = _cny_amounts(document)
    for item in results:
        if endpoint.name != "accounts":  # an account's own id is whatever the bank calls it
            assert getattr(item, "account_id", ACCOUNT_ID) in (ACCOUNT_ID, ""), case
        for amount in _monies(item):
            assert amount.currency == "CNY", f"{case}: shown in {amount.currency}"
            assert abs(amount.amount) in stated, f"{case}: {amount} was never stated by the bank"
    if endpoint.name != "balances":
        ids = [getattr(item, _id_attribute(endpoint)) for item in results]
        assert len(ids) == len(set(ids)), f"{case}: a repeated id was accepted"


def _id_attribute(endpoint: Endpoint) -> str:
    return {
        "accounts": "account_id",
        "transactions": "transaction_id",
        "standing orders": "standing_order_id",
        "scheduled payments": "scheduled_payment_id",
        "payees": "beneficiary_id",
    }[endpoint.name]


def run_case(bank: hb.HostileBank, endpoint: Endpoint, answer: hb.Answer, case: str) -> list[Any] | None:
    """Read `endpoint` with the bank answering `answer`; the results, or None after a checked error."""
    bank.answer = answer
    try:
        return endpoint.read(bank.fresh())
    except Exception as error:
        assert_typed_and_clean(error, case)
        return None


# --- document mutations ---------------------------------------------------------------------------


def document_cases(endpoint: Endpoint) -> list[Mutation]:
    base = endpoint.document()
    huge = size(MAX_ITEMS_ACCEPTED + 1, MAX_ITEMS_ACCEPTED * 4)
    return [*field_mutations(base), *list_mutations(base, endpoint.list_key, endpoint.id_key, huge)]


def test_the_campaign_has_at_least_a_thousand_mutations() -> None:
    total = sum(len(document_cases(e)) for e in ENDPOINTS) + len(ENDPOINTS) * len(WIRE_CASES)
    assert total >= 1000, total


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_every_document_mutation_is_refused_or_true(endpoint: Endpoint, tmp_path: Path) -> None:
    bank = hb.HostileBank(tmp_path, endpoint.path)
    refused = accepted = 0
    try:
        assert run_case(bank, endpoint, _json_answer(endpoint.document()), "valid") is not None
        for mutation in document_cases(endpoint):
            document = mutation.apply(endpoint.document())
            case = f"{endpoint.name} / {mutation.name}"
            results = run_case(bank, endpoint, _json_answer(document), case)
            if results is None:
                refused += 1
                continue
            assert not mutation.must_reject, f"{case}: accepted a broken fact"
            assert_true_to(document, results, endpoint, case)
            accepted += 1
    finally:
        bank.close()
    assert refused > accepted  # most breaks are refused; the rest were proven harmless one by one


def _json_answer(document: Any) -> hb.Answer:
    body = json.dumps(document).encode()
    return lambda _request: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


# --- wire mutations: status, headers, bodies, broken connections -------------------------------------


def _answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> hb.Answer:
    return lambda _request: httpx.Response(status, content=body, headers=headers or {})


def _raise(error: Exception) -> hb.Answer:
    def answer(_request: httpx.Request) -> httpx.Response:
        raise error

    return answer


_JSON = {"Content-Type": "application/json"}
_AMOUNT_TWICE = (
    b'{"Data": {"Balance": [{"AccountId": "acc-1", "Type": "ITAV", "CreditDebitIndicator": "Credit",'
    b' "DateTime": "2026-11-23T12:00:00+00:00",'
    b' "Amount": {"Amount": "1.00", "Amount": "900000.00", "Currency": "CNY"}}]}}'
)
WIRE_CASES: dict[str, hb.Answer] = {
    "invalid JSON": _answer(200, b"{not json", headers=_JSON),
    "truncated JSON": _answer(200, b'{"Data": {"Account": [{"AccountId": "a', headers=_JSON),
    "JSON array": _answer(200, b"[]", headers=_JSON),
    "JSON string": _answer(200, b'"ok"', headers=_JSON),
    "JSON null": _answer(200, b"null", headers=_JSON),
    "empty body": _answer(200, b"", headers=_JSON),
    "binary body": _answer(200, bytes(range(256)), headers=_JSON),
    "deep nesting": _answer(200, b"[" * 100_000 + b"]" * 100_000, headers=_JSON),
    "repeated key": _answer(200, _AMOUNT_TWICE, headers=_JSON),
    "NaN literal": _answer(200, b'{"Data": {"Balance": [{"Amount": NaN}]}}', headers=_JSON),
    "HTML content type": _answer(
        200, json.dumps(hb.balances_doc()).encode(), headers={"Content-Type": "text/html"}
    ),
    "no content type": _answer(200, json.dumps(hb.balances_doc()).encode()),
    "XML content type": _answer(200, b"<Data/>", headers={"Content-Type": "application/xml"}),
    "204 no content": _answer(204),
    "redirect to another host": _answer(
        302, headers={"Location": "http://evil.test/open-banking/v4.0/aisp/accounts"}
    ),
    "permanent redirect": _answer(308, headers={"Location": "http://evil.test/steal"}),
    "redirect to same host": _answer(307, headers={"Location": "/open-banking/v4.0/aisp/accounts"}),
    "304 not modified": _answer(304),
    "418 teapot": _answer(418, b"I'm a teapot"),
    "400 without OB body": _answer(400, b"<html>bad</html>", headers={"Content-Type": "text/html"}),
    "400 with hostile OB body": _answer(
        400, b'{"Errors": [{"ErrorCode": 5, "Message": ["x"]}, "junk"], "Id": {}}', headers=_JSON
    ),
    "401 refused": _answer(401),
    "403 forbidden": _answer(403, b"{}", headers=_JSON),
    "429 for a day": _answer(429, headers={"Retry-After": "86400"}),
    "429 nonsense retry": _answer(429, headers={"Retry-After": "soon"}),
    "500": _answer(500, b"boom"),
    "503 with date": _answer(503, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}),
    "read timeout (slow drip)": _raise(httpx.ReadTimeout("slow")),
    "connection cut mid-body": _raise(httpx.RemoteProtocolError("peer closed connection")),
    "read error": _raise(httpx.ReadError("reset")),
    "connect refused": _raise(httpx.ConnectError("refused")),
    "proxy error": _raise(httpx.ProxyError("proxy")),
}


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_every_wire_mutation_is_a_typed_error(endpoint: Endpoint, tmp_path: Path) -> None:
    bank = hb.HostileBank(tmp_path, endpoint.path)
    try:
        for name, answer in WIRE_CASES.items():
            case = f"{endpoint.name} / {name}"
            assert run_case(bank, endpoint, answer, case) is None, f"{case}: accepted"
    finally:
        bank.close()
    other_hosts = {r.url.host for r in bank.router.requests} - {"bank.test"}
    assert not other_hosts, "a redirect was followed to another host (with the bearer token)"


def test_a_body_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    from a11y_bank.api.client import MAX_BODY_BYTES

    endpoint = ENDPOINTS[1]
    padding = b" " * (MAX_BODY_BYTES + 1)
    body = json.dumps(hb.balances_doc()).encode()[:-1] + padding + b"}"
    bank = hb.HostileBank(tmp_path, endpoint.path)
    try:
        assert run_case(bank, endpoint, _answer(200, body, headers=_JSON), "huge body") is None
    finally:
        bank.close()


# --- long mode: random mutations on top ------------------------------------------------------------

json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
json_values = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


@pytest.mark.timeout(size(120, 3600))
@settings(
    max_examples=size(60, 3000),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_replacements_are_refused_or_true(data: st.DataObject, tmp_path_factory: Any) -> None:
    endpoint = data.draw(st.sampled_from(ENDPOINTS))
    document = endpoint.document()
    from tests.hardening.mutations import paths

    targets = [path for path, _ in paths(document)]
    path = data.draw(st.sampled_from(targets))
    replacement = data.draw(json_values)
    container: Any = document
    for step in path[:-1]:
        container = container[step]
    container[path[-1]] = replacement
    bank = hb.HostileBank(tmp_path_factory.mktemp("random"), endpoint.path)
    try:
        results = run_case(
            bank, endpoint, _json_answer(document), f"{endpoint.name} / {path}={replacement!r}"
        )
        if results is not None:
            assert_true_to(document, results, endpoint, f"{path}={replacement!r}")
    finally:
        bank.close()
