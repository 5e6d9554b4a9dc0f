"""Strict parsing: every contract break is InvalidResponse, never a guess."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from a11y_bank.api import parse
from a11y_bank.api.errors import InvalidResponse
from a11y_bank.api.models import CreditDebit, NameCheck, PaymentIntent, PaymentStatus
from a11y_bank.domain.money import Money
from tests.api.fakes import (
    ACCOUNT_ID,
    ACCOUNT_NUMBER,
    NOW,
    PAYEE_NUMBER,
    account_doc,
    accounts_doc,
    amount,
    transaction_doc,
)

CNY = {ACCOUNT_ID: "CNY"}


def page(*transactions: dict[str, Any], next_url: str | None = None, total: int | None = 3) -> dict[str, Any]:
    links = {"Self": "http://bank.test/t"} | ({"Next": next_url} if next_url else {})
    return {"Data": {"Transaction": list(transactions)}, "Links": links, "Meta": {"TotalPages": total}}


def test_accounts_keep_the_full_number_out_of_repr() -> None:
    (account,) = parse.parse_accounts(accounts_doc())
    assert account.identification == ACCOUNT_NUMBER
    assert account.last4 == "5678"
    assert account.masked == "•••• 5678"
    assert ACCOUNT_NUMBER not in repr(account)
    assert (account.currency, account.kind, account.nickname) == ("CNY", "CACC", "Current")


@pytest.mark.parametrize(
    "breakage",
    [
        lambda a: a.pop("AccountId"),
        lambda a: a.pop("Currency"),
        lambda a: a.update(Currency="XXQ"),
        lambda a: a.update(Account=[]),
        lambda a: a.update(AccountId=7),
        lambda a: a["Account"][0].pop("Identification"),
    ],
)
def test_broken_accounts_are_refused(breakage: Any) -> None:
    document = account_doc()
    breakage(document)
    with pytest.raises(InvalidResponse):
        parse.parse_accounts(accounts_doc(document))


def test_transaction_page_parses_signed_money_and_next_link() -> None:
    result, following = parse.parse_transaction_page(
        page(transaction_doc(1), next_url="http://bank.test/t?page=2"), ACCOUNT_ID, "CNY", 1
    )
    (transaction,) = result.transactions
    assert transaction.amount == Money(Decimal("12.50"), "CNY")
    assert transaction.credit_debit is CreditDebit.DEBIT
    assert transaction.signed == Money(Decimal("-12.50"), "CNY")
    assert transaction.balance_after == Money(Decimal("100.00"), "CNY")
    assert (result.page_number, result.total_pages, result.has_more) == (1, 3, True)
    assert following == "http://bank.test/t?page=2"


@pytest.mark.parametrize("bad_amount", [12.5, 12, "12,50", "-1.00", "1.123456", "", None, "1e3"])
def test_amounts_that_are_not_ob_strings_are_refused(bad_amount: Any) -> None:
    with pytest.raises(InvalidResponse):
        parse.parse_transaction_page(page(transaction_doc(1, bad_amount)), ACCOUNT_ID, "CNY", 1)


def test_amount_in_another_currency_than_the_account_is_refused() -> None:
    with pytest.raises(InvalidResponse, match="currency"):
        parse.parse_transaction_page(page(transaction_doc(1, "1.00", "GBP")), ACCOUNT_ID, "CNY", 1)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda t: t.pop("BookingDateTime"),
        lambda t: t.update(BookingDateTime="2026-11-23T12:00:00"),  # no time zone
        lambda t: t.update(BookingDateTime="yesterday"),
        lambda t: t.update(CreditDebitIndicator="Sideways"),
        lambda t: t.update(AccountId="someone-else"),
        lambda t: t.update(Amount="12.50"),
        lambda t: t["Balance"].update(Amount=amount(100)),
    ],
)
def test_broken_transactions_are_refused(breakage: Any) -> None:
    document = transaction_doc(1)
    breakage(document)
    with pytest.raises(InvalidResponse):
        parse.parse_transaction_page(page(document), ACCOUNT_ID, "CNY", 1)


def test_balances_check_currency_and_direction() -> None:
    document = {
        "Data": {
            "Balance": [
                {
                    "AccountId": ACCOUNT_ID,
                    "CreditDebitIndicator": "Debit",
                    "Type": "ITAV",
                    "DateTime": NOW,
                    "Amount": amount("5.00"),
                }
            ]
        }
    }
    (balance,) = parse.parse_balances(document, CNY)
    assert balance.signed == Money(Decimal("-5.00"), "CNY")
    broken = copy.deepcopy(document)
    broken["Data"]["Balance"][0]["Amount"] = amount("5.00", "GBP")
    with pytest.raises(InvalidResponse):
        parse.parse_balances(broken, CNY)
    with pytest.raises(InvalidResponse):
        parse.parse_balances(document, {"other": "CNY"})


def intent() -> PaymentIntent:
    return PaymentIntent(
        debtor_account_id=ACCOUNT_ID,
        creditor_scheme="UK.OBIE.BBAN",
        creditor_identification=PAYEE_NUMBER,
        creditor_name="Wang Fang",
        amount=Money(Decimal("10.00"), "CNY"),
        reference="Rent",
    )


def consent(initiation_amount: Any = "10.00", identification: str = PAYEE_NUMBER) -> dict[str, Any]:
    return {
        "Data": {
            "ConsentId": "c-1",
            "CreationDateTime": NOW,
            "Status": "AWAU",
            "StatusUpdateDateTime": NOW,
            "Initiation": {
                "InstructedAmount": amount(initiation_amount),
                "CreditorAccount": {
                    "SchemeName": "UK.OBIE.BBAN",
                    "Identification": identification,
                    "Name": "W",
                },
            },
        }
    }


def test_payment_consent_must_echo_what_we_asked_for() -> None:
    parsed = parse.parse_payment_consent(consent(), intent(), "instr-1")
    assert (parsed.consent_id, parsed.instruction_id) == ("c-1", "instr-1")
    with pytest.raises(InvalidResponse, match="amount"):
        parse.parse_payment_consent(consent("10.01"), intent(), "instr-1")
    with pytest.raises(InvalidResponse, match="payee"):
        parse.parse_payment_consent(consent(identification="123"), intent(), "instr-1")
    with pytest.raises(InvalidResponse):
        parse.parse_payment_consent(consent(10), intent(), "instr-1")


def test_payment_and_unknown_status() -> None:
    document = {"Data": {"DomesticPaymentId": "p-1", "ConsentId": "c-1", "Status": "ACSC"}}
    resource = parse.parse_payment(document, "DomesticPaymentId")
    assert resource.status is PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED
    document["Data"]["Status"] = "DONE"
    with pytest.raises(InvalidResponse):
        parse.parse_payment(document, "DomesticPaymentId")


def test_funds_available_must_be_a_boolean() -> None:
    good = {"Data": {"FundsAvailableResult": {"FundsAvailableDateTime": NOW, "FundsAvailable": False}}}
    assert parse.parse_funds_available(good) is False
    good["Data"]["FundsAvailableResult"]["FundsAvailable"] = "false"
    with pytest.raises(InvalidResponse):
        parse.parse_funds_available(good)


def test_beneficiary_added_with_close_match() -> None:
    document = {
        "Data": {
            "BeneficiaryId": "b-1",
            "CreditorAccount": {
                "SchemeName": "UK.OBIE.BBAN",
                "Identification": PAYEE_NUMBER,
                "Name": "Wang Fan",
            },
            "NameCheck": {"Result": "CLOSE_MATCH", "MatchedName": "Wang Fang"},
        }
    }
    beneficiary, check = parse.parse_beneficiary_added(document)
    assert check is NameCheck.CLOSE_MATCH
    assert (beneficiary.name, beneficiary.matched_name, beneficiary.last4) == (
        "Wang Fan",
        "Wang Fang",
        "4444",
    )
    assert PAYEE_NUMBER not in repr(beneficiary)


def test_challenge_code_length_must_be_an_integer() -> None:
    document = {
        "Data": {
            "ChallengeId": "ch-1",
            "ConsentId": "c-1",
            "Channel": "SMS",
            "MaskedDestination": "+86 *** 8123",
            "ExpirationDateTime": NOW,
            "CodeLength": 6,
        }
    }
    assert parse.parse_challenge(document).code_length == 6
    document["Data"]["CodeLength"] = "6"
    with pytest.raises(InvalidResponse):
        parse.parse_challenge(document)


def test_error_messages_name_the_path_not_the_value() -> None:
    document = account_doc()
    document["Account"][0]["Identification"] = 6222020200112345678
    with pytest.raises(InvalidResponse) as caught:
        parse.parse_accounts(accounts_doc(document))
    assert "Data.Account[0].Account[0].Identification" in str(caught.value)
    assert "6222020200112345678" not in str(caught.value)
