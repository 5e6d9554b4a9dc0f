"""The hostile-server treatment for the extension reads: wealth products, wealth holdings, cards and the
enrolment profile. The valid documents are read once from the running demo bank (so they have the
server's real shape), then every named document mutation and every wire mutation of
test_hostile_server.py is served in their place. Each must become a typed, catalogued, secret-free
`BankApiError`, or a result that is true: every amount an (amount, currency) pair the bank stated, ids
unique, and a card number never showing more than its last four digits.

These reads carry no account currency to check against (a product's minimum, a card's limits): an
amount in another real currency may be shown, as that currency, so "other currency" is not a broken
fact here; a malformed currency (lower case, unknown, a number, a zero-width space) still must be.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from a11y_bank.api.bank import Bank
from a11y_bank.api.cards import Cards
from a11y_bank.api.client import EXT
from a11y_bank.api.enrolment import Security
from a11y_bank.api.errors import InvalidResponse
from a11y_bank.api.wealth import Wealth
from a11y_bank.domain.money import Money
from tests.gui.conftest import DEMO_PASSWORD, DEMO_USER
from tests.hardening import hostile_bank as hb
from tests.hardening.campaign_size import size
from tests.hardening.mutations import Mutation, field_mutations, list_mutations
from tests.hardening.test_hostile_server import (
    WIRE_CASES,
    _json_answer,
    assert_typed_and_clean,
)

Read = Callable[[Bank], list[Any]]


@dataclass(frozen=True, slots=True)
class ExtEndpoint:
    name: str
    path: str  # under EXT
    read: Read
    list_key: str | None  # the array under Data (None: a single object)
    id_key: str | None
    id_attribute: str | None
    # A document built in code (tests/hardening/hostile_bank.py) for reads the demo customer has no
    # stable answer to (no orders yet, a statement of a card id that changes); None: read it from the demo.
    built: Callable[[], Any] | None = None
    method: str = "GET"


ENDPOINTS = (
    ExtEndpoint(
        "wealth products",
        "/wealth/products",
        lambda b: Wealth(b).products(),
        "Product",
        "ProductId",
        "product_id",
    ),
    ExtEndpoint(
        "wealth holdings",
        "/wealth/holdings",
        lambda b: Wealth(b).holdings(),
        "Holding",
        "ProductId",
        "product_id",
    ),
    ExtEndpoint("cards", "/cards", lambda b: Cards(b).cards(), "Card", "CardId", "card_id"),
    ExtEndpoint("enrolment profile", "/profile", lambda b: [Security(b).profile()], None, None, None),
    ExtEndpoint(
        "card statement",
        f"/cards/{hb.CARD_ID}/statement",
        lambda b: [Cards(b).statement(hb.CARD_ID)],
        None,
        None,
        None,
        built=hb.statement_doc,
    ),
    ExtEndpoint(
        "wealth orders",
        "/wealth/orders",
        lambda b: Wealth(b).orders(),
        "Order",
        "OrderId",
        "order_id",
        built=hb.orders_doc,
    ),
    ExtEndpoint(
        "risk questionnaire responses",
        "/wealth/risk-assessments",
        lambda b: [Wealth(b).assess({"q1": "a"})],
        None,
        None,
        None,
        built=hb.assessment_doc,
        method="POST",
    ),
    ExtEndpoint(
        "risk questionnaire", "/wealth/questionnaire", lambda b: [Wealth(b).questionnaire()], None, None, None
    ),
)


@pytest.fixture(scope="module")
def real_documents(sandbox_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Each endpoint's answer from the demo bank, signed in as liwei (holdings bought first if none)."""
    from a11y_bank.cli import make_bank

    bank = make_bank(sandbox_url, tmp_path_factory.mktemp("ext-docs"))
    try:
        bank.sign_in(DEMO_USER, DEMO_PASSWORD)
        read = {e.name: bank.client.extension_get(e.path) for e in ENDPOINTS if e.built is None}
    finally:
        bank.close()
    return read | {e.name: e.built() for e in ENDPOINTS if e.built is not None}


def _mutations(endpoint: ExtEndpoint, document: Any) -> Iterator[Mutation]:
    yield from field_mutations(document)
    if endpoint.list_key and endpoint.id_key and document["Data"][endpoint.list_key]:
        yield from list_mutations(document, endpoint.list_key, endpoint.id_key, size(5_001, 20_000))


def _monies(value: Any, depth: int = 0) -> Iterator[Money]:
    if depth > 3:
        return
    if isinstance(value, Money):
        yield value
        return
    for name in getattr(type(value), "__slots__", ()) or getattr(value, "__dataclass_fields__", {}):
        yield from _monies(getattr(value, name, None), depth + 1)


def _stated(document: Any) -> set[tuple[Decimal, str]]:
    """Every (amount, currency) pair the document states as a wire amount."""
    found: set[tuple[Decimal, str]] = set()
    if isinstance(document, dict):
        value, currency = document.get("Amount"), document.get("Currency")
        if isinstance(value, str) and isinstance(currency, str):
            with contextlib.suppress(InvalidOperation):
                found.add((Decimal(value), currency))
        for child in document.values():
            found |= _stated(child)
    elif isinstance(document, list):
        for child in document:
            found |= _stated(child)
    return found


def must_reject(mutation: Mutation) -> bool:
    name = mutation.name
    optional_card_link = name.startswith("Data.Card.") and ".AccountId:" in name
    return mutation.must_reject and not name.endswith("Currency: other currency") and not optional_card_link


def assert_true_to(document: Any, results: list[Any], endpoint: ExtEndpoint, case: str) -> None:
    stated = _stated(document)
    for item in results:
        for amount in _monies(item):
            pair = (abs(amount.amount), amount.currency)
            assert pair in stated, f"{case}: {amount} was never stated by the bank"
        masked = getattr(item, "masked_number", "")
        assert sum(ch.isdigit() for ch in masked) <= 4, f"{case}: a card number shows {masked!r}"
    if endpoint.id_attribute:
        ids = [getattr(item, endpoint.id_attribute) for item in results]
        assert len(ids) == len(set(ids)), f"{case}: a repeated id was accepted"


def run_case(bank: hb.HostileBank, endpoint: ExtEndpoint, answer: hb.Answer, case: str) -> list[Any] | None:
    bank.answer = answer
    try:
        return endpoint.read(bank.fresh())
    except Exception as error:
        assert_typed_and_clean(error, case)
        return None


def test_the_extension_campaign_adds_a_thousand_mutations(real_documents: dict[str, Any]) -> None:
    total = sum(len(list(_mutations(e, real_documents[e.name]))) + len(WIRE_CASES) for e in ENDPOINTS)
    print(f"extension mutations: {total}")
    assert total >= 1000, total


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_every_extension_mutation_is_refused_or_true(
    endpoint: ExtEndpoint, real_documents: dict[str, Any], tmp_path: Path
) -> None:
    original = real_documents[endpoint.name]
    bank = hb.HostileBank(tmp_path, f"{EXT}{endpoint.path}", endpoint.method)
    refused = accepted = 0
    broken: list[str] = []
    try:
        assert run_case(bank, endpoint, _json_answer(original), "valid") is not None
        for mutation in _mutations(endpoint, original):
            document = mutation.apply(copy.deepcopy(original))
            case = f"{endpoint.name} / {mutation.name}"
            results = run_case(bank, endpoint, _json_answer(document), case)
            if results is None:
                refused += 1
                continue
            if must_reject(mutation):
                broken.append(case)
                continue
            assert_true_to(document, results, endpoint, case)
            accepted += 1
        for name, answer in WIRE_CASES.items():
            case = f"{endpoint.name} / {name}"
            assert run_case(bank, endpoint, answer, case) is None, f"{case}: accepted"
            refused += 1
    finally:
        bank.close()
    print(f"{endpoint.name}: {refused} refused, {accepted} accepted and true")
    assert not broken, "accepted a broken fact:\n" + "\n".join(broken)
    assert refused > accepted
    other_hosts = {r.url.host for r in bank.router.requests} - {"bank.test"}
    assert not other_hosts, "a redirect was followed to another host (with the bearer token)"


def test_documents_are_json_objects(real_documents: dict[str, Any]) -> None:
    for name, document in real_documents.items():
        assert isinstance(document, dict), name
        json.dumps(document)


def test_another_cards_statement_is_refused(tmp_path: Path) -> None:
    """A statement the bank files under another card must not be shown as the asked card's."""
    document = hb.statement_doc()
    document["Data"]["CardId"] = "card-debit-1"
    bank = hb.HostileBank(tmp_path, f"{EXT}/cards/{hb.CARD_ID}/statement")
    try:
        bank.answer = _json_answer(document)
        with pytest.raises(InvalidResponse, match="not the card asked for"):
            Cards(bank.fresh()).statement(hb.CARD_ID)
    finally:
        bank.close()
