"""Wealth products over real HTTP, every request and response checked by the spec oracle: questionnaire,
suitability rule, review -> code -> order, exactly-once on the ledger, holdings and history."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from a11y_bank.sandbox import wealth
from tests.sandbox.conftest import BankClient, error_code
from tests.wealth.support import (
    LIWEI_CNY,
    WEALTH,
    answers,
    assess,
    authorise,
    buy,
    order_consent,
    place,
    subscribe_consent,
)


def test_questionnaire_lists_five_questions_with_plain_options(liwei: BankClient) -> None:
    data = liwei.get(f"{WEALTH}/questionnaire").json()["Data"]
    assert [q["QuestionId"] for q in data["Question"]] == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    assert all(len(q["Option"]) == 5 for q in data["Question"])
    assert data["ValidityDays"] == 365


@pytest.mark.parametrize(
    ("option", "level"), [("A", "C1"), ("B", "C2"), ("C", "C3"), ("D", "C4"), ("E", "C5")]
)
def test_assessment_stores_level_with_date_and_expiry(liwei: BankClient, option: str, level: str) -> None:
    assert liwei.get(f"{WEALTH}/risk-assessment").json()["Data"] == {"Status": "NONE"}
    stored = assess(liwei, option)
    assert stored["RiskLevel"] == level
    assert stored["Status"] == "VALID"
    current = liwei.get(f"{WEALTH}/risk-assessment").json()["Data"]
    assert current == stored
    assert current["ExpirationDateTime"] > current["AssessedDateTime"]


def test_level_bands_cover_every_score() -> None:
    assert [wealth.level_for(s) for s in (5, 8, 9, 12, 13, 16, 17, 20, 21, 25)] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
        5,
        5,
    ]


@pytest.mark.parametrize(
    ("answer_list", "path_code"),
    [
        ([{"QuestionId": "Q1", "OptionId": "A"}], "U002"),  # four unanswered
        ([{"QuestionId": f"Q{n}", "OptionId": "Z"} for n in range(1, 6)], "U001"),  # no such option
        ([{"QuestionId": "Q1", "OptionId": "A"}] * 2, "U001"),  # answered twice
        ([*answers("A")["Data"]["Answer"], {"QuestionId": "Q9", "OptionId": "A"}], "U001"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_stored(
    liwei: BankClient, answer_list: list[dict[str, str]], path_code: str
) -> None:
    response = liwei.post(f"{WEALTH}/risk-assessments", {"Data": {"Answer": answer_list}})
    assert response.status_code == 400
    assert error_code(response) == path_code
    assert liwei.get(f"{WEALTH}/risk-assessment").json()["Data"]["Status"] == "NONE"


def test_products_carry_level_terms_fees_minimum_and_a_sheet(liwei: BankClient) -> None:
    products = liwei.get(f"{WEALTH}/products").json()["Data"]["Product"]
    assert [p["RiskLevel"] for p in products] == ["R1", "R2", "R3", "R4", "R5"]
    assert all("ProductSheet" not in p for p in products)
    one = liwei.get(f"{WEALTH}/products/wm-balanced").json()["Data"]
    assert one["Fees"] == {
        "SubscriptionPercent": "1",
        "RedemptionPercent": "0.5",
        "YearlyManagementPercent": "1.2",
    }
    assert one["MinimumAmount"] == {"Amount": "1000.00", "Currency": "CNY"}
    assert "R3" in one["ProductSheet"]
    assert liwei.get(f"{WEALTH}/products/nope").status_code == 403


def test_no_questionnaire_means_no_subscription(liwei: BankClient) -> None:
    response = subscribe_consent(liwei, "wm-cash-plus", "10.00")
    assert (response.status_code, error_code(response)) == (400, "WM03")


def test_expired_questionnaire_must_be_redone(liwei: BankClient) -> None:
    assess(liwei, "C")
    liwei.advance(366 * 86400)
    assert liwei.get(f"{WEALTH}/risk-assessment").json()["Data"]["Status"] == "EXPIRED"
    response = subscribe_consent(liwei, "wm-cash-plus", "10.00")
    assert (response.status_code, error_code(response)) == (400, "WM03")
    assess(liwei, "C")
    assert subscribe_consent(liwei, "wm-cash-plus", "10.00").status_code == 201


def test_above_level_refused_when_the_product_says_so(liwei: BankClient) -> None:
    assess(liwei, "C")  # C3
    response = subscribe_consent(liwei, "wm-commodity-note", "60000.00", AcknowledgedRiskLevel="R5")
    assert (response.status_code, error_code(response)) == (400, "WM01")


def test_above_level_needs_the_exact_acknowledgement(liwei: BankClient) -> None:
    assess(liwei, "C")  # C3, product R4 with rule ACKNOWLEDGE
    missing = subscribe_consent(liwei, "wm-equity-index", "500.00")
    assert (missing.status_code, error_code(missing)) == (400, "WM02")
    wrong = subscribe_consent(liwei, "wm-equity-index", "500.00", AcknowledgedRiskLevel="R3")
    assert error_code(wrong) == "WM02"
    ok = subscribe_consent(liwei, "wm-equity-index", "500.00", AcknowledgedRiskLevel="R4")
    assert ok.status_code == 201, ok.text
    assert ok.json()["Data"]["Suitability"] == {
        "CustomerRiskLevel": "C3",
        "ProductRiskLevel": "R4",
        "Result": "ACKNOWLEDGED",
    }


def test_below_minimum_and_bad_input_are_refused(liwei: BankClient) -> None:
    assess(liwei, "E")
    low = subscribe_consent(liwei, "wm-steady-bond", "999.99")
    assert (low.status_code, error_code(low)) == (400, "WM04")
    foreign = order_consent(
        liwei, ProductId="wm-cash-plus", AccountId="acc-lw-gbp", Amount={"Amount": "5", "Currency": "CNY"}
    )
    assert error_code(foreign) == "AM03"
    not_mine = order_consent(
        liwei, ProductId="wm-cash-plus", AccountId="acc-al-cur", Amount={"Amount": "5", "Currency": "CNY"}
    )
    assert error_code(not_mine) == "U007"
    three_places = liwei.unchecked.post(
        f"{WEALTH}/order-consents",
        json={
            "Data": {
                "Type": "SUBSCRIBE",
                "ProductId": "wm-cash-plus",
                "AccountId": LIWEI_CNY,
                "Amount": {"Amount": "1.005", "Currency": "CNY"},
            }
        },
        headers=liwei.headers(key=str(uuid.uuid4())),
    )
    assert error_code(three_places) == "U001"


def test_subscribe_review_code_order_moves_money_once(liwei: BankClient) -> None:
    assess(liwei, "C")
    before = Decimal(liwei.balance(LIWEI_CNY))
    consent = subscribe_consent(liwei, "wm-balanced", "2000.00").json()["Data"]
    assert consent["Status"] == "AWAU"
    assert consent["Fee"] == {"Amount": "20.00", "Currency": "CNY"}
    not_yet = place(liwei, consent["ConsentId"])
    assert (not_yet.status_code, error_code(not_yet)) == (400, "U035")
    authorise(liwei, consent["ConsentId"])
    key = str(uuid.uuid4())
    first = place(liwei, consent["ConsentId"], key=key)
    again = place(liwei, consent["ConsentId"], key=key)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    other_key = place(liwei, consent["ConsentId"])
    assert (other_key.status_code, error_code(other_key)) == (400, "U009")
    order = first.json()["Data"]
    assert Decimal(liwei.balance(LIWEI_CNY)) == before - Decimal("2000.00")
    units, price = Decimal(order["Units"]), Decimal(order["UnitPrice"])
    assert units == ((Decimal("1980.00") / price).quantize(Decimal("0.0001"), rounding="ROUND_DOWN"))
    holding = liwei.get(f"{WEALTH}/holdings").json()["Data"]["Holding"]
    assert [(h["ProductId"], h["Units"]) for h in holding] == [("wm-balanced", order["Units"])]
    assert liwei.get(f"{WEALTH}/order-consents/{consent['ConsentId']}").json()["Data"]["Status"] == "COND"
    assert liwei.ledger_ok()["Balanced"]


def test_a_code_for_one_order_does_not_authorise_another(liwei: BankClient) -> None:
    assess(liwei, "C")
    first = subscribe_consent(liwei, "wm-cash-plus", "10.00").json()["Data"]["ConsentId"]
    second = subscribe_consent(liwei, "wm-cash-plus", "99.00").json()["Data"]["ConsentId"]
    challenge_id, code = liwei.challenge(second)
    _, first_code = liwei.challenge(first)
    # The code is bound to the first order's amount and product (a six-digit collision is 1 in a million).
    wrong = liwei.verify(challenge_id, first_code)
    assert (wrong.status_code, error_code(wrong)) == (400, "SC01")
    assert liwei.verify(challenge_id, code).status_code == 200


def test_redeem_all_units_returns_money_less_fee_and_empties_the_holding(liwei: BankClient) -> None:
    assess(liwei, "C")
    bought = buy(liwei, "wm-steady-bond", "5000.00")
    after_buy = Decimal(liwei.balance(LIWEI_CNY))
    too_many = order_consent(liwei, Type="REDEEM", ProductId="wm-steady-bond", Units="999999")
    assert error_code(too_many) == "WM05"
    consent = order_consent(liwei, Type="REDEEM", ProductId="wm-steady-bond", Units=bought["Units"])
    assert consent.status_code == 201, consent.text
    consent_id = consent.json()["Data"]["ConsentId"]
    authorise(liwei, consent_id)
    sold = place(liwei, consent_id).json()["Data"]
    gross, fee = Decimal(sold["Amount"]["Amount"]), Decimal(sold["Fee"]["Amount"])
    assert fee == (gross * Decimal("0.001")).quantize(Decimal("0.01"))
    assert Decimal(liwei.balance(LIWEI_CNY)) == after_buy + gross - fee
    assert liwei.get(f"{WEALTH}/holdings").json()["Data"]["Holding"] == []
    history = liwei.get(f"{WEALTH}/orders").json()["Data"]["Order"]
    assert [o["Type"] for o in history] == ["REDEEM", "SUBSCRIBE"]
    assert liwei.get(f"{WEALTH}/orders/{sold['OrderId']}").json()["Data"] == sold
    assert liwei.ledger_ok()["Balanced"]


def test_holding_value_follows_the_daily_price(liwei: BankClient) -> None:
    assess(liwei, "C")
    bought = buy(liwei, "wm-balanced", "10000.00")
    liwei.advance(30 * 86400)
    holding = liwei.get(f"{WEALTH}/holdings").json()["Data"]["Holding"][0]
    assert Decimal(holding["UnitPrice"]) > Decimal(bought["UnitPrice"])
    assert Decimal(holding["Value"]["Amount"]) > Decimal("9900.00")
    assert holding["Cost"] == {"Amount": "10000.00", "Currency": "CNY"}


def test_not_enough_money_books_nothing(liwei: BankClient) -> None:
    assess(liwei, "E")
    balance = Decimal(liwei.balance(LIWEI_CNY))
    consent = subscribe_consent(liwei, "wm-cash-plus", f"{balance + 1:.2f}").json()["Data"]["ConsentId"]
    authorise(liwei, consent)
    refused = place(liwei, consent)
    assert (refused.status_code, error_code(refused)) == (400, "AM04")
    assert Decimal(liwei.balance(LIWEI_CNY)) == balance
    assert liwei.get(f"{WEALTH}/holdings").json()["Data"]["Holding"] == []


def test_other_customers_cannot_see_or_use_an_order(client: BankClient) -> None:
    client.sign_in("liwei")
    assess(client, "C")
    consent_id = subscribe_consent(client, "wm-cash-plus", "10.00").json()["Data"]["ConsentId"]
    client.sign_in("alice")
    assert client.get(f"{WEALTH}/order-consents/{consent_id}").status_code == 403
    assert place(client, consent_id).status_code == 403
