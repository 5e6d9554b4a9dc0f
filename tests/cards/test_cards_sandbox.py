"""Cards over real HTTP, every request and response checked by the spec oracle: masked numbers, freeze in
one step, the code-protected actions, the statement and exactly-once repayments on the ledger."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import EXT, BankClient, error_code

CURRENT = "acc-lw-cur"
CREDIT, DEBIT, NEW = "card-lw-credit", "card-lw-debit", "card-lw-new"


def card(client: BankClient, card_id: str) -> dict[str, Any]:
    data: dict[str, Any] = client.get(f"{EXT}/cards/{card_id}").json()["Data"]
    return data


def action(client: BankClient, card_id: str, name: str, **extra: Any) -> httpx.Response:
    return client.post(f"{EXT}/card-action-consents", {"Data": {"CardId": card_id, "Action": name, **extra}})


def authorised(client: BankClient, response: httpx.Response, channel: str = "TOKEN") -> str:
    assert response.status_code == 201, response.text
    consent_id: str = response.json()["Data"]["ConsentId"]
    challenge_id, code = client.challenge(consent_id, channel)
    assert client.verify(challenge_id, code).status_code == 200
    return consent_id


def execute(client: BankClient, consent_id: str, key: str | None = None) -> httpx.Response:
    return client.post(f"{EXT}/card-actions", {"Data": {"ConsentId": consent_id}}, key=key)


def statement(client: BankClient) -> dict[str, Any]:
    data: dict[str, Any] = client.get(f"{EXT}/cards/{CREDIT}/statement").json()["Data"]
    return data


def repayment(client: BankClient, option: str, amount: str | None = None) -> httpx.Response:
    data: dict[str, Any] = {"CardId": CREDIT, "FromAccountId": CURRENT, "Option": option}
    if amount is not None:
        data["Amount"] = {"Amount": amount, "Currency": "CNY"}
    return client.post(f"{EXT}/credit-card-repayment-consents", {"Data": data})


def repay(client: BankClient, consent_id: str, key: str | None = None) -> httpx.Response:
    return client.post(f"{EXT}/credit-card-repayments", {"Data": {"ConsentId": consent_id}}, key=key)


def test_cards_are_listed_with_masked_numbers_only(liwei: BankClient) -> None:
    response = liwei.get(f"{EXT}/cards")
    cards = response.json()["Data"]["Card"]
    assert {c["CardId"] for c in cards} == {DEBIT, NEW, CREDIT}
    assert all(c["MaskedNumber"].startswith("**** **** **** ") for c in cards)
    assert "6222020211114321" not in response.text
    assert card(liwei, NEW)["Status"] == "INACTIVE"


def test_another_customers_card_is_not_found(client: BankClient) -> None:
    client.sign_in("alice")
    assert client.get(f"{EXT}/cards/{DEBIT}").status_code == 403
    assert client.post(f"{EXT}/cards/{DEBIT}/freeze").status_code == 403


def test_freeze_is_one_step_and_unfreeze_needs_the_code(liwei: BankClient) -> None:
    frozen = liwei.post(f"{EXT}/cards/{DEBIT}/freeze")
    assert (frozen.status_code, frozen.json()["Data"]["Status"]) == (200, "FROZEN")
    consent = action(liwei, DEBIT, "UNFREEZE")
    not_yet = execute(liwei, consent.json()["Data"]["ConsentId"])
    assert (not_yet.status_code, error_code(not_yet)) == (400, "U035")
    assert card(liwei, DEBIT)["Status"] == "FROZEN"
    done = execute(liwei, authorised(liwei, action(liwei, DEBIT, "UNFREEZE"), "SMS"))
    assert done.json()["Data"]["Card"]["Status"] == "ACTIVE"
    again = action(liwei, DEBIT, "UNFREEZE")
    assert (again.status_code, error_code(again)) == (400, "CD01")


def test_activate_a_new_card(liwei: BankClient) -> None:
    done = execute(liwei, authorised(liwei, action(liwei, NEW, "ACTIVATE"), "EMAIL"))
    assert done.json()["Data"]["Card"]["Status"] == "ACTIVE"


def test_report_stolen_blocks_and_orders_an_inactive_replacement(liwei: BankClient) -> None:
    data = execute(liwei, authorised(liwei, action(liwei, DEBIT, "REPORT_STOLEN"))).json()["Data"]
    assert data["Card"]["Status"] == "BLOCKED"
    new = data["ReplacementCard"]
    assert (new["Status"], new["Replaces"]) == ("INACTIVE", DEBIT)
    assert new["MaskedNumber"] != data["Card"]["MaskedNumber"]
    blocked = liwei.post(f"{EXT}/cards/{DEBIT}/freeze")
    assert error_code(blocked) == "CD01"


def test_set_limits(liwei: BankClient) -> None:
    limits = {"DailyPurchase": {"Amount": "800.00", "Currency": "CNY"}, "OnlinePayments": False}
    data = execute(liwei, authorised(liwei, action(liwei, DEBIT, "SET_LIMITS", Limits=limits))).json()["Data"]
    assert data["Card"]["Limits"]["DailyPurchase"] == {"Amount": "800.00", "Currency": "CNY"}
    assert data["Card"]["Limits"]["OnlinePayments"] is False
    too_high = action(
        liwei, DEBIT, "SET_LIMITS", Limits={"DailyPurchase": {"Amount": "100000.01", "Currency": "CNY"}}
    )
    assert error_code(too_high) == "U001"
    assert liwei.post(f"{EXT}/cards/{DEBIT}/freeze").status_code == 200
    stray = action(liwei, DEBIT, "UNFREEZE", Limits=limits)
    assert error_code(stray) == "U003"


def test_statement_figures(liwei: BankClient) -> None:
    data = statement(liwei)
    closing = Decimal(data["StatementBalance"]["Amount"])
    assert closing >= Decimal("1726.40")  # three purchases before this month's statement
    expected_minimum = max(
        Decimal("100.00"), (closing * Decimal("0.05")).quantize(Decimal("0.01"), "ROUND_UP")
    )
    assert Decimal(data["MinimumPaymentDue"]["Amount"]) == min(expected_minimum, closing)
    assert Decimal(data["CurrentBalance"]["Amount"]) == Decimal("1771.40")
    assert data["DueDate"] > data["StatementDate"]
    debit = liwei.get(f"{EXT}/cards/{DEBIT}/statement")
    assert error_code(debit) == "CD01"


@pytest.mark.parametrize("option", ["FULL", "MINIMUM", "AMOUNT"])
def test_repayment_is_booked_exactly_once(liwei: BankClient, option: str) -> None:
    before = Decimal(liwei.balance(CURRENT))
    owed = Decimal(statement(liwei)["CurrentBalance"]["Amount"])
    minimum = Decimal(statement(liwei)["MinimumPaymentDue"]["Amount"])
    consent = repayment(liwei, option, "250.00" if option == "AMOUNT" else None)
    amount = Decimal(consent.json()["Data"]["Amount"]["Amount"])
    assert amount == {"FULL": owed, "MINIMUM": minimum, "AMOUNT": Decimal("250.00")}[option]
    consent_id = authorised(liwei, consent)
    key = str(uuid.uuid4())
    first, second = repay(liwei, consent_id, key), repay(liwei, consent_id, key)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    other = repay(liwei, consent_id)
    assert (other.status_code, error_code(other)) == (400, "U009")
    assert Decimal(liwei.balance(CURRENT)) == before - amount
    assert Decimal(first.json()["Data"]["CurrentBalance"]["Amount"]) == owed - amount
    assert liwei.ledger_ok()["Balanced"]


def test_repayment_rules(liwei: BankClient) -> None:
    owed = Decimal(statement(liwei)["CurrentBalance"]["Amount"])
    too_much = repayment(liwei, "AMOUNT", f"{owed + Decimal('0.01'):.2f}")
    assert (too_much.status_code, error_code(too_much)) == (400, "CD02")
    execute_full = authorised(liwei, repayment(liwei, "FULL"))
    assert repay(liwei, execute_full).status_code == 201
    nothing = repayment(liwei, "MINIMUM")
    assert error_code(nothing) == "CD02"
    bad = liwei.unchecked.post(
        f"{EXT}/credit-card-repayment-consents",
        json={"Data": {"CardId": CREDIT, "FromAccountId": "acc-lw-gbp", "Option": "FULL"}},
        headers=liwei.headers(key=str(uuid.uuid4())),
    )
    assert error_code(bad) == "AM03"


def test_a_repayment_code_is_bound_to_its_amount(liwei: BankClient) -> None:
    small = repayment(liwei, "AMOUNT", "10.00").json()["Data"]["ConsentId"]
    large = repayment(liwei, "AMOUNT", "900.00").json()["Data"]["ConsentId"]
    _, small_code = liwei.challenge(small)
    large_challenge, large_code = liwei.challenge(large)
    wrong = liwei.verify(large_challenge, small_code)
    assert (wrong.status_code, error_code(wrong)) == (400, "SC01")  # a 1 in a million collision aside
    assert liwei.verify(large_challenge, large_code).status_code == 200
