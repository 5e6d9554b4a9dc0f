"""Any bad field in a card request body is refused with 400 OBErrorResponse1 and changes nothing.

Like tests/wealth/test_wealth_bad_bodies.py: each example spoils one part of a valid card-limits or
credit-card repayment consent body; the answer is validated against the extension spec, and a fingerprint
of every state table (cards, card operations, consents, challenges, the ledger's journal) must not move.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.cards.test_cards_sandbox import CREDIT, CURRENT, DEBIT, NEW
from tests.sandbox.conftest import EXT, BankClient
from tests.wealth.support import state_fingerprint
from tests.wealth.test_wealth_bad_bodies import (
    EXAMPLES,
    ID_STATUSES,
    assert_refused,
    bad_amounts,
    json_scalars,
    post_unchecked,
)

LIWEI_CARDS = (CREDIT, DEBIT, NEW)
LIWEI_ACCOUNTS = ("acc-lw-cur", "acc-lw-sav", "acc-lw-shop", "acc-lw-gbp")
ACTIONS = ("UNFREEZE", "ACTIVATE", "REPORT_LOST", "REPORT_STOLEN", "SET_LIMITS")


def valid_limits() -> dict[str, Any]:
    return {
        "CardId": DEBIT,
        "Action": "SET_LIMITS",
        "Limits": {
            "DailyPurchase": {"Amount": "800.00", "Currency": "CNY"},
            "DailyCash": {"Amount": "500.00", "Currency": "CNY"},
            "OnlinePayments": False,
        },
    }


def valid_repayment() -> dict[str, Any]:
    return {
        "CardId": CREDIT,
        "FromAccountId": CURRENT,
        "Option": "AMOUNT",
        "Amount": {"Amount": "250.00", "Currency": "CNY"},
    }


def not_one_of(values: tuple[str, ...]) -> st.SearchStrategy[Any]:
    return json_scalars.filter(lambda v: v not in values)


@st.composite
def spoiled_limits(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    data = valid_limits()
    limits = data["Limits"]
    part = draw(st.sampled_from(["CardId", "Action", "Amount", "TooHigh", "Currency", "Online", "Data"]))
    if part == "CardId":
        data["CardId"] = draw(not_one_of(LIWEI_CARDS))
    elif part == "Action":
        data["Action"] = draw(not_one_of(ACTIONS))
    elif part == "Amount":
        limits[draw(st.sampled_from(["DailyPurchase", "DailyCash"]))]["Amount"] = draw(bad_amounts)
    elif part == "TooHigh":
        limits["DailyPurchase"]["Amount"] = f"{draw(st.integers(100_001, 10**12))}.00"
    elif part == "Currency":
        limits["DailyCash"]["Currency"] = draw(not_one_of(("CNY",)))
    elif part == "Online":
        limits["OnlinePayments"] = draw(json_scalars.filter(lambda v: not isinstance(v, bool)))
    else:
        return part, {"Data": draw(st.lists(json_scalars, max_size=3))}
    return part, {"Data": data}


@st.composite
def spoiled_repayment(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    data = valid_repayment()
    part = draw(st.sampled_from(["CardId", "FromAccountId", "Option", "Amount", "Currency", "missing"]))
    if part == "CardId":
        data["CardId"] = draw(not_one_of((CREDIT,)))  # a debit card has nothing to repay either
    elif part == "FromAccountId":
        data["FromAccountId"] = draw(not_one_of(LIWEI_ACCOUNTS[:3]))  # the GBP account is refused (AM03)
    elif part == "Option":
        data["Option"] = draw(not_one_of(("FULL", "MINIMUM", "AMOUNT")))
    elif part == "Amount":
        data["Amount"]["Amount"] = draw(bad_amounts)
    elif part == "Currency":
        data["Amount"]["Currency"] = draw(not_one_of(("CNY",)))
    else:
        del data[draw(st.sampled_from(["CardId", "FromAccountId", "Option", "Amount"]))]
    return part, {"Data": data}


@EXAMPLES
@given(spoiled=spoiled_limits())
def test_a_spoiled_card_action_consent_is_refused_and_changes_nothing(
    liwei: BankClient, spoiled: tuple[str, dict[str, Any]]
) -> None:
    part, body = spoiled
    before = state_fingerprint(liwei)
    statuses = ID_STATUSES if part in ("CardId", "FromAccountId") else frozenset({400})
    assert_refused(post_unchecked(liwei, f"{EXT}/card-action-consents", body), statuses)
    assert state_fingerprint(liwei) == before


@EXAMPLES
@given(spoiled=spoiled_repayment())
def test_a_spoiled_repayment_consent_is_refused_and_changes_nothing(
    liwei: BankClient, spoiled: tuple[str, dict[str, Any]]
) -> None:
    part, body = spoiled
    before = state_fingerprint(liwei)
    statuses = ID_STATUSES if part in ("CardId", "FromAccountId") else frozenset({400})
    assert_refused(post_unchecked(liwei, f"{EXT}/credit-card-repayment-consents", body), statuses)
    assert state_fingerprint(liwei) == before
