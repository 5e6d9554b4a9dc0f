"""Any bad field in a wealth request body is refused with 400 OBErrorResponse1 and changes nothing.

Each example starts from a valid body and spoils one part of it (a value of the wrong kind, an unknown
id, an amount the OB pattern or the product refuses, a missing field, Data that is not an object). The
answer is validated against the extension spec (`BankClient.unchecked` checks responses only), and a
fingerprint of every state table (ledger, consents, holdings, orders, challenges) must not move.
"""

from __future__ import annotations

import re
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sandbox.conftest import BankClient
from tests.wealth.support import LIWEI_CNY, WEALTH, assess, state_fingerprint

PRODUCTS = ("wm-cash-plus", "wm-steady-bond", "wm-balanced", "wm-growth-equity", "wm-frontier")
LIWEI_ACCOUNTS = ("acc-lw-cur", "acc-lw-sav", "acc-lw-shop", "acc-lw-gbp")
EXAMPLES = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WIRE_AMOUNT = re.compile(r"^\d{1,13}(\.\d{1,5})?$")


def good_amount(text: str) -> bool:
    """True for a string the bank could accept as a subscription amount (positive, at most 2 places)."""
    if not WIRE_AMOUNT.fullmatch(text):
        return False
    try:
        value = Decimal(text)
    except InvalidOperation:
        return False
    return value > 0 and value == value.quantize(Decimal("0.01"))


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
bad_amounts = st.one_of(
    st.text(max_size=20).filter(lambda t: not good_amount(t)),
    st.decimals(allow_nan=False, allow_infinity=False, places=3)
    .map(lambda d: f"{d:f}")
    .filter(lambda t: not good_amount(t)),
    st.sampled_from(["0", "0.00", "-5.00", "1.005", "12.5e2", " 100", "100 ", "1,000.00", "99999999999999"]),
    st.integers(min_value=1, max_value=10**6),  # a JSON number, not a string
    st.floats(min_value=0.01, max_value=1e6),
)


def valid_subscription() -> dict[str, Any]:
    return {
        "Type": "SUBSCRIBE",
        "ProductId": "wm-balanced",
        "AccountId": LIWEI_CNY,
        "Amount": {"Amount": "2000.00", "Currency": "CNY"},
    }


@st.composite
def spoiled_subscription(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A subscription body with exactly one part spoiled."""
    data = valid_subscription()
    part = draw(st.sampled_from(["Type", "ProductId", "AccountId", "Amount", "Currency", "missing", "Data"]))
    if part == "Type":
        data["Type"] = draw(json_scalars.filter(lambda v: v not in ("SUBSCRIBE", "REDEEM")))
    elif part == "ProductId":
        data["ProductId"] = draw(json_scalars.filter(lambda v: v not in PRODUCTS))
    elif part == "AccountId":
        data["AccountId"] = draw(json_scalars.filter(lambda v: v not in LIWEI_ACCOUNTS))
    elif part == "Amount":
        data["Amount"]["Amount"] = draw(bad_amounts)
    elif part == "Currency":
        data["Amount"]["Currency"] = draw(json_scalars.filter(lambda v: v != "CNY"))
    elif part == "missing":
        del data[draw(st.sampled_from(sorted(data)))]
    else:
        return part, {"Data": draw(st.one_of(json_scalars, st.lists(json_scalars, max_size=3)))}
    return part, {"Data": data}


def post_unchecked(client: BankClient, path: str, body: dict[str, Any]) -> Any:
    return client.unchecked.post(path, json=body, headers=client.headers(key=str(uuid.uuid4())))


# An id that names nothing of this customer's may also be answered "forbidden" or "not found".
ID_STATUSES = frozenset({400, 403, 404})


def assert_refused(response: Any, statuses: frozenset[int] = frozenset({400})) -> None:
    assert response.status_code in statuses, (response.status_code, response.text)
    error = response.json()
    assert {"Code", "Id", "Message", "Errors"} <= set(error), error
    assert error["Errors"], error
    assert all(e["ErrorCode"] and e["Message"] for e in error["Errors"]), error


@EXAMPLES
@given(spoiled=spoiled_subscription())
def test_a_spoiled_order_consent_is_refused_and_changes_nothing(
    liwei: BankClient, spoiled: tuple[str, dict[str, Any]]
) -> None:
    part, body = spoiled
    if liwei.get(f"{WEALTH}/risk-assessment").json()["Data"]["Status"] != "VALID":
        assess(liwei, "E")  # a C5 customer: only the spoiled part can be wrong
    before = state_fingerprint(liwei)
    statuses = ID_STATUSES if part in ("ProductId", "AccountId") else frozenset({400})
    assert_refused(post_unchecked(liwei, f"{WEALTH}/order-consents", body), statuses)
    assert state_fingerprint(liwei) == before


@st.composite
def spoiled_answers(draw: st.DrawFn) -> dict[str, Any]:
    answers: list[dict[str, Any]] = [{"QuestionId": f"Q{n}", "OptionId": "C"} for n in range(1, 6)]
    index = draw(st.integers(0, 4))
    key = draw(st.sampled_from(["QuestionId", "OptionId"]))
    valid = {"QuestionId": {f"Q{n}" for n in range(1, 6)}, "OptionId": set("ABCDE")}[key]
    answers[index][key] = draw(json_scalars.filter(lambda v: v not in valid))
    return {"Data": {"Answer": answers}}


@EXAMPLES
@given(body=spoiled_answers())
def test_spoiled_answers_are_refused_and_store_nothing(liwei: BankClient, body: dict[str, Any]) -> None:
    before = state_fingerprint(liwei)
    assert_refused(post_unchecked(liwei, f"{WEALTH}/risk-assessments", body))
    assert state_fingerprint(liwei) == before
