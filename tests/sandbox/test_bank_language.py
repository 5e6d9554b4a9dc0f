"""The bank's own text in the asked language: ``Accept-Language`` in, ``Content-Language`` out (en, zh-CN).

Every exchange here goes through the spec oracle. Only the bank's words change with the language: ids,
levels, amounts, prices, fees and merchant names are the same in both answers.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest

from a11y_bank.sandbox.language import EN, ZH_CN, Text, negotiate
from tests.cards.test_cards_sandbox import CREDIT, DEBIT, authorised, repay, repayment
from tests.sandbox.conftest import AISP, EXT, BankClient
from tests.wealth.support import assess, buy

WEALTH = f"{EXT}/wealth"
HAN = re.compile(r"[\u4e00-\u9fff]")


def ask(client: BankClient, language: str | None) -> BankClient:
    """From now on every request of `client` says `language` (None: no Accept-Language at all)."""
    client.http.headers.pop("Accept-Language", None)
    if language is not None:
        client.http.headers["Accept-Language"] = language
    return client


def answer_in(client: BankClient, path: str, language: str | None) -> tuple[str, dict[str, Any]]:
    response = ask(client, language).get(path)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["Data"]
    return response.headers["Content-Language"], data


def without(document: Any, *names: str) -> Any:
    """`document` with the named fields dropped at every depth (what may differ between languages)."""
    if isinstance(document, dict):
        return {k: without(v, *names) for k, v in document.items() if k not in names}
    if isinstance(document, list):
        return [without(item, *names) for item in document]
    return document


@pytest.mark.parametrize(
    ("header", "served"),
    [
        (None, EN),
        ("", EN),
        ("zh-CN", ZH_CN),
        ("zh", ZH_CN),
        ("ZH-hans-cn", ZH_CN),
        ("zh-TW", ZH_CN),
        ("en-GB", EN),
        ("fr", EN),
        ("*", EN),
        ("fr, zh;q=0.5", ZH_CN),
        ("en;q=0.8, zh-CN", ZH_CN),
        ("en, zh-CN", EN),
        ("zh-CN;q=0, en;q=0.1", EN),
        ("zh-CN;q=0", EN),
        ("zh-CN;q=bad, en;q=0.2", EN),
        ("zh-CN," + "x" * 300, EN),
    ],
)
def test_the_closest_served_language_is_chosen(header: str | None, served: str) -> None:
    assert negotiate(header) == served


def test_a_text_falls_back_to_english_for_any_other_language() -> None:
    text = Text("Credit card", "信用卡")
    assert (text.in_(EN), text.in_(ZH_CN), text.in_("fr")) == ("Credit card", "信用卡", "Credit card")


def test_wealth_products_and_sheets_come_in_the_asked_language_with_the_same_figures(
    liwei: BankClient,
) -> None:
    en_language, english = answer_in(liwei, f"{WEALTH}/products", "en")
    zh_language, chinese = answer_in(liwei, f"{WEALTH}/products", "zh-CN")
    assert (en_language, zh_language) == ("en", "zh-CN")
    assert without(english, "Name", "Terms") == without(chinese, "Name", "Terms")
    names = {p["ProductId"]: p["Name"] for p in chinese["Product"]}
    assert names["wm-cash-plus"] == "现金增利货币市场基金"
    assert all(HAN.search(p["Name"]) and HAN.search(p["Terms"]) for p in chinese["Product"])
    assert not any(HAN.search(p["Name"] + p["Terms"]) for p in english["Product"])
    _, sheet = answer_in(liwei, f"{WEALTH}/products/wm-commodity-note", "zh-CN")
    assert "C5" in sheet["ProductSheet"]
    assert sheet["ProductSheet"].startswith("杠杆商品票据。")


def test_the_questionnaire_keeps_its_ids_and_changes_its_words(liwei: BankClient) -> None:
    _, english = answer_in(liwei, f"{WEALTH}/questionnaire", "en")
    language, chinese = answer_in(liwei, f"{WEALTH}/questionnaire", "zh-CN, en;q=0.5")
    assert language == "zh-CN"
    assert without(english, "Text") == without(chinese, "Text")
    texts = [q["Text"] for q in chinese["Question"]] + [
        o["Text"] for q in chinese["Question"] for o in q["Option"]
    ]
    assert len(texts) == 30
    assert all(HAN.search(t) for t in texts)
    assert chinese["Question"][0]["Text"] == "这笔钱您可以投资多长时间？"


def test_no_or_an_unknown_language_gets_english_and_says_so(liwei: BankClient) -> None:
    for header in (None, "fr-FR"):
        language, data = answer_in(liwei, f"{WEALTH}/questionnaire", header)
        assert language == "en"
        assert data["Question"][1]["Text"] == "What have you invested in before?"


def test_orders_and_holdings_name_the_product_in_the_asked_language(liwei: BankClient) -> None:
    ask(liwei, "zh-CN")
    assess(liwei, "C")
    order = buy(liwei, "wm-cash-plus", "500.00")
    assert order["ProductName"] == "现金增利货币市场基金"
    _, holdings = answer_in(liwei, f"{WEALTH}/holdings", "zh-CN")
    _, orders = answer_in(liwei, f"{WEALTH}/orders", "en")
    assert [h["ProductName"] for h in holdings["Holding"]] == ["现金增利货币市场基金"]
    assert orders["Order"][0]["ProductName"] == "Cash Plus Money Market Fund"
    assert orders["Order"][0]["Amount"] == order["Amount"] == {"Amount": "500.00", "Currency": "CNY"}


def test_card_names_and_the_banks_own_statement_lines_are_translated_merchants_are_not(
    liwei: BankClient,
) -> None:
    ask(liwei, "en")
    repaid = repay(liwei, authorised(liwei, repayment(liwei, "AMOUNT", "10.00")))
    assert repaid.status_code == 201, repaid.text
    _, english_cards = answer_in(liwei, f"{EXT}/cards", "en")
    _, chinese_cards = answer_in(liwei, f"{EXT}/cards", "zh-CN")
    assert without(english_cards, "Name") == without(chinese_cards, "Name")
    assert {c["CardId"]: c["Name"] for c in chinese_cards["Card"]} == {
        "card-lw-debit": "借记卡",
        "card-lw-new": "新借记卡",
        CREDIT: "信用卡",
    }
    _, english = answer_in(liwei, f"{EXT}/cards/{CREDIT}/statement", "en")
    language, chinese = answer_in(liwei, f"{EXT}/cards/{CREDIT}/statement", "zh-CN")
    assert language == "zh-CN"
    assert without(english, "Description") == without(chinese, "Description")
    lines = [
        (e["Description"], c["Description"])
        for e, c in zip(english["Transaction"], chinese["Transaction"], strict=True)
    ]
    assert ("Credit card repayment **** **** **** 3344", "信用卡还款 **** **** **** 3344") in lines
    merchants = [pair for pair in lines if not pair[0].startswith("Credit card repayment")]
    assert merchants
    assert all(e == c for e, c in merchants)


def test_a_replayed_post_repeats_the_first_answer_and_its_language(liwei: BankClient) -> None:
    key = str(uuid.uuid4())
    first = ask(liwei, "zh-CN").post(f"{EXT}/cards/{DEBIT}/freeze", key=key)
    again = ask(liwei, "en").post(f"{EXT}/cards/{DEBIT}/freeze", key=key)
    assert first.status_code == again.status_code == 200
    assert first.json() == again.json()
    assert first.json()["Data"]["Name"] == "借记卡"
    assert again.headers["Content-Language"] == "zh-CN"
    assert "_ContentLanguage" not in again.text


def test_ob_products_name_and_describe_themselves_in_the_asked_language(liwei: BankClient) -> None:
    liwei.grant_reading()
    account = "acc-lw-sav"
    path = f"{AISP}/accounts/{account}/product"
    en_language, english = answer_in(liwei, path, "en")
    response = ask(liwei, "zh-CN").get(path)
    chinese = response.json()["Data"]
    assert (en_language, response.headers["Content-Language"]) == ("en", "zh-CN")
    [en_product], [zh_product] = english["Product"], chinese["Product"]
    assert (zh_product["ProductId"], zh_product["ProductType"]) == (en_product["ProductId"], "Other")
    assert zh_product["ProductName"] == "一年期定期存款"
    assert zh_product["OtherProductType"] == {
        "Name": "定期存款",
        "Description": "定期存款，期限1年，年利率1.45%",
    }


def test_error_documents_carry_no_content_language(liwei: BankClient) -> None:
    response = ask(liwei, "zh-CN").get(f"{WEALTH}/products/no-such-product")
    assert response.status_code == 403
    assert "Content-Language" not in response.headers
