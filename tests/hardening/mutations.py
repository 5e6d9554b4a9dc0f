"""Spec-breaking variants of valid OB documents, enumerated deterministically.

A `Mutation` is a named change to a JSON document plus what the client must do with it: `must_reject`
mutations break a field the customer would see as a fact (an amount, its currency, an id, a date, a
direction); the others (an optional field gone, odd text) may be accepted, but then what is shown must
still be true (checked by the test's oracle, not here).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Json = Any
Path = tuple[str | int, ...]

# Keys whose value is a fact shown to the customer: breaking one must never go unnoticed.
FACT_KEYS = frozenset(
    {
        "Amount",
        "Currency",
        "AccountId",
        "TransactionId",
        "BeneficiaryId",
        "StandingOrderId",
        "ScheduledPaymentId",
        "CreditDebitIndicator",
        "BookingDateTime",
        "DateTime",
        "ScheduledPaymentDateTime",
        "InstructedAmount",
        "Identification",
        "SchemeName",
        "ProductType",
        "Type",
    }
)
# Under these containers "Type"/"Amount" are facts too; elsewhere (e.g. Frequency.Type) they are text.
_OPTIONAL_PARENTS = frozenset({"Frequency", "MandateRelatedInformation", "MerchantDetails"})

# (list, key) pairs OB marks optional although the key is a fact elsewhere.
_OPTIONAL_FACTS = frozenset({("Beneficiary", "AccountId")})

WRONG_TYPES: tuple[tuple[str, Json], ...] = (
    ("null", None),
    ("zero", 0),
    ("float", 12.5),
    ("true", True),
    ("empty string", ""),
    ("list", []),
    ("object", {}),
    ("long string", "9" * 5000),
)
BAD_AMOUNTS: tuple[tuple[str, Json], ...] = (
    ("number amount", 12.5),
    ("integer amount", 12),
    ("negative amount", "-12.50"),
    ("exponent amount", "1e3"),
    ("too many decimals", "12.123456"),
    ("too many digits", "12345678901234.00"),
    ("full-width digits", "\uff11\uff12.\uff15\uff10"),
    ("NaN amount", "NaN"),
    ("Infinity amount", "Infinity"),
    ("thousands separator", "1,000.00"),
    ("padded amount", " 12.50"),
    ("RTL mark in amount", "\u200f12.50"),
)
BAD_CURRENCIES: tuple[tuple[str, Json], ...] = (
    ("other currency", "USD"),
    ("lower-case currency", "cny"),
    ("unknown currency", "XQQ"),
    ("number currency", 156),
    ("zero-width currency", "CN\u200bY"),
)
BAD_DATES: tuple[tuple[str, Json], ...] = (
    ("date without zone", "2026-11-23T12:00:00"),
    ("not a date", "yesterday"),
    ("epoch number", 1700000000),
)


@dataclass(frozen=True, slots=True)
class Mutation:
    """One named change of a document. `apply` returns a new document (the original is untouched)."""

    name: str
    must_reject: bool
    change: Callable[[Json], Json]

    def apply(self, document: Json) -> Json:
        return self.change(copy.deepcopy(document))


def paths(document: Json, prefix: Path = ()) -> Iterator[tuple[Path, Json]]:
    """Every (path, value) below `document`, depth first, the root excluded."""
    if isinstance(document, dict):
        items: list[tuple[str | int, Json]] = list(document.items())
    elif isinstance(document, list):
        items = list(enumerate(document))
    else:
        return
    for key, value in items:
        yield (*prefix, key), value
        yield from paths(value, (*prefix, key))


def _is_fact(path: Path) -> bool:
    key = path[-1]
    parent = path[-2] if len(path) > 1 else None
    if not isinstance(key, str) or key not in FACT_KEYS:
        return False
    if key == "Type":  # a balance's type is a fact; a transaction's Balance.Type is not read
        return isinstance(parent, int)
    return parent not in _OPTIONAL_PARENTS and (*path[1:2], key) not in _OPTIONAL_FACTS


def _set(path: Path, value: Json) -> Callable[[Json], Json]:
    def change(document: Json) -> Json:
        container = document
        for step in path[:-1]:
            container = container[step]
        container[path[-1]] = value
        return document

    return change


def _delete(path: Path) -> Callable[[Json], Json]:
    def change(document: Json) -> Json:
        container = document
        for step in path[:-1]:
            container = container[step]
        del container[path[-1]]
        return document

    return change


def _label(path: Path) -> str:
    return ".".join(str(step) for step in path)


def field_mutations(document: Json) -> Iterator[Mutation]:
    """Delete and retype every field; bad amounts, currencies and dates where those live."""
    for path, value in paths(document):
        if path[0] in ("Links", "Meta"):
            continue
        label = _label(path)
        fact = _is_fact(path)
        if isinstance(path[-1], str):
            yield Mutation(f"{label}: missing", fact, _delete(path))
        for kind, wrong in WRONG_TYPES:
            if wrong == value or (kind == "long string" and not fact):
                continue
            # Length is bounded by OB for ids only; a long name or scheme is odd text, still true.
            breaks = fact and (kind != "long string" or str(path[-1]).endswith("Id"))
            yield Mutation(f"{label}: {kind}", breaks, _set(path, wrong))
        key = path[-1]
        if key == "Amount" and isinstance(value, str):
            for kind, wrong in BAD_AMOUNTS:
                yield Mutation(f"{label}: {kind}", True, _set(path, wrong))
        if key == "Currency" and isinstance(value, str):
            # An account's own Currency may be any real one; an amount's must be its account's.
            own = isinstance(path[-2], int)
            for kind, wrong in BAD_CURRENCIES:
                yield Mutation(f"{label}: {kind}", not (own and kind == "other currency"), _set(path, wrong))
        if key.__class__ is str and str(key).endswith("DateTime") and isinstance(value, str):
            for kind, wrong in BAD_DATES:
                yield Mutation(f"{label}: {kind}", fact, _set(path, wrong))


def list_mutations(document: Json, list_key: str, id_key: str, huge: int) -> Iterator[Mutation]:
    """Duplicate ids, an item that is not an object, a list that is not a list, a huge page."""

    def items(doc: Json) -> list[Json]:
        found: list[Json] = doc["Data"][list_key]
        return found

    def duplicate(doc: Json) -> Json:
        items(doc).append(copy.deepcopy(items(doc)[0]))
        return doc

    def scalar_item(doc: Json) -> Json:
        items(doc).append("not an object")
        return doc

    def huge_page(doc: Json) -> Json:
        template = items(doc)[0]
        doc["Data"][list_key] = [{**copy.deepcopy(template), id_key: f"huge-{n}"} for n in range(huge)]
        return doc

    yield Mutation(f"Data.{list_key}: duplicate {id_key}", True, duplicate)
    yield Mutation(f"Data.{list_key}: an item is a string", True, scalar_item)
    yield Mutation(f"Data.{list_key}: an object, not a list", True, _set(("Data", list_key), {}))
    yield Mutation(f"Data.{list_key}: {huge} items", huge > MAX_ITEMS_ACCEPTED, huge_page)
    yield Mutation("Data: a list", True, _set(("Data",), []))
    yield Mutation("Data: missing", True, _delete(("Data",)))


MAX_ITEMS_ACCEPTED = 5000
"""The most items one page may carry (api.parse.MAX_ITEMS); beyond it a page is refused."""
