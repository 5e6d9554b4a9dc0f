"""Payments over real HTTP: consent lifecycle, idempotency, lifecycle on the clock, rules and rejections."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest

from a11y_bank.sandbox.clock import iso
from tests.sandbox.conftest import (
    AISP,
    CLOSED_ACCOUNT,
    EXT,
    PISP,
    WANG_FANG,
    BankClient,
    error_code,
    initiation,
)


def test_a_payment_moves_money_between_customers_and_the_ledger_balances(liwei: BankClient) -> None:
    before_payer = Decimal(liwei.balance("acc-lw-cur"))
    instr = initiation("123.45")
    consent_id = liwei.authorised_consent(instr)

    paid = liwei.pay(consent_id, instr)

    assert paid.status_code == 201, paid.text
    assert paid.json()["Data"]["Status"] == "ACSP"
    assert Decimal(liwei.balance("acc-lw-cur")) == before_payer - Decimal("123.45")
    consent = liwei.get(f"{PISP}/domestic-payment-consents/{consent_id}").json()["Data"]
    assert consent["Status"] == "COND"
    assert liwei.ledger_ok()["Balanced"] is True


def test_the_payee_sees_the_credit(client: BankClient) -> None:
    client.sign_in("alice")
    client.grant_reading()
    before = Decimal(client.balance("acc-al-cur"))
    client.sign_in("liwei")
    instr = initiation("50.00")
    assert client.pay(client.authorised_consent(instr), instr).status_code == 201
    client.sign_in("alice")
    client.grant_reading()
    assert Decimal(client.balance("acc-al-cur")) == before + Decimal("50.00")


def test_same_idempotency_key_and_body_returns_the_same_payment(liwei: BankClient) -> None:
    instr = initiation("10.00")
    consent_id = liwei.authorised_consent(instr)
    key = str(uuid.uuid4())
    first = liwei.pay(consent_id, instr, key=key)
    balance_after_first = liwei.balance("acc-lw-cur")

    again = liwei.pay(consent_id, instr, key=key)

    assert again.status_code == first.status_code == 201
    assert again.json() == first.json()
    assert liwei.balance("acc-lw-cur") == balance_after_first


def test_same_key_with_another_body_is_refused_and_changes_nothing(liwei: BankClient) -> None:
    key = str(uuid.uuid4())
    first = liwei.payment_consent(initiation("10.00"), key=key)
    assert first.status_code == 201

    other = liwei.payment_consent(initiation("99.00"), key=key)

    assert other.status_code == 400
    assert error_code(other) == "U016"
    consent = liwei.get(f"{PISP}/domestic-payment-consents/{first.json()['Data']['ConsentId']}").json()
    assert consent["Data"]["Initiation"]["InstructedAmount"]["Amount"] == "10.00"


def test_unauthorised_consent_cannot_be_paid(liwei: BankClient) -> None:
    instr = initiation()
    consent_id = liwei.payment_consent(instr).json()["Data"]["ConsentId"]
    refused = liwei.pay(consent_id, instr)
    assert refused.status_code == 400
    assert error_code(refused) == "U035"


def test_payment_must_match_its_consent(liwei: BankClient) -> None:
    instr = initiation("20.00")
    consent_id = liwei.authorised_consent(instr)
    changed = initiation("2000.00")
    refused = liwei.pay(consent_id, changed)
    assert refused.status_code == 400
    assert error_code(refused) == "U008"
    assert liwei.pay(consent_id, instr).status_code == 201


def test_a_consent_pays_once(liwei: BankClient) -> None:
    instr = initiation("5.00")
    consent_id = liwei.authorised_consent(instr)
    assert liwei.pay(consent_id, instr).status_code == 201
    second = liwei.pay(consent_id, instr)  # a new idempotency key: a genuine second attempt
    assert second.status_code == 400
    assert error_code(second) == "U009"


def test_lifecycle_follows_the_sandbox_clock(liwei: BankClient) -> None:
    rules = liwei.running.sandbox.rules
    rules.acsp_after, rules.acsc_after = timedelta(seconds=5), timedelta(seconds=10)
    instr = initiation("1.00")
    payment = liwei.pay(liwei.authorised_consent(instr), instr).json()["Data"]
    path = f"{PISP}/domestic-payments/{payment['DomesticPaymentId']}"
    assert payment["Status"] == "RCVD"

    liwei.advance(6)
    assert liwei.get(path).json()["Data"]["Status"] == "ACSP"
    liwei.advance(5)
    assert liwei.get(path).json()["Data"]["Status"] == "ACSC"
    details = liwei.get(f"{path}/payment-details").json()["Data"]["PaymentStatus"][0]
    assert details["Status"] == "ACSC"


def test_payment_to_a_closed_account_is_rejected_and_refunded(liwei: BankClient) -> None:
    before = liwei.balance("acc-lw-cur")
    instr = initiation("300.00", creditor=CLOSED_ACCOUNT)
    payment = liwei.pay(liwei.authorised_consent(instr), instr).json()["Data"]
    assert Decimal(liwei.balance("acc-lw-cur")) == Decimal(before) - 300

    liwei.advance(3)

    status = liwei.get(f"{PISP}/domestic-payments/{payment['DomesticPaymentId']}").json()["Data"]
    assert status["Status"] == "RJCT"
    assert status["StatusReason"][0]["StatusReasonCode"] == "AC04"
    assert liwei.balance("acc-lw-cur") == before
    assert liwei.ledger_ok()["Balanced"] is True


def test_no_same_day_payment_after_cut_off(liwei: BankClient) -> None:
    instr = initiation("8.00")
    consent_id = liwei.authorised_consent(instr)
    liwei.advance(13 * 3600)  # 10:00 -> 23:00 sandbox time

    refused = liwei.pay(consent_id, instr)
    assert refused.status_code == 400
    assert error_code(refused) == "U012"
    new_consent = liwei.payment_consent(initiation("8.00", ident="INSTR-2"))
    assert error_code(new_consent) == "U012"


def test_daily_limit(liwei: BankClient) -> None:
    big = initiation("30000.00")
    assert liwei.pay(liwei.authorised_consent(big), big).status_code == 201
    over = liwei.payment_consent(initiation("20000.01", ident="INSTR-2"))
    assert over.status_code == 400
    assert error_code(over) == "AM02"
    assert liwei.payment_consent(initiation("20000.00", ident="INSTR-3")).status_code == 201


def test_insufficient_funds(client: BankClient) -> None:
    client.sign_in("alice")
    client.grant_reading()
    balance = Decimal(client.balance("acc-al-cur"))
    too_much = initiation(
        str(balance + 1),
        debtor={"SchemeName": "UK.OBIE.BBAN", "Identification": "6217000010023456789"},
        creditor=WANG_FANG,
    )
    # Raise the daily limit so that only the funds check can refuse this payment.
    with client.running.sandbox.db.transaction() as conn:
        conn.execute("UPDATE customers SET daily_limit_minor = 10000000000 WHERE id = 'cust-alice'")
    consent_id = client.authorised_consent(too_much)
    funds = client.get(f"{PISP}/domestic-payment-consents/{consent_id}/funds-confirmation").json()
    assert funds["Data"]["FundsAvailableResult"]["FundsAvailable"] is False

    refused = client.pay(consent_id, too_much)

    assert refused.status_code == 400
    assert error_code(refused) == "AM04"
    assert Decimal(client.balance("acc-al-cur")) == balance


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"InstructedAmount": {"Amount": "0.00", "Currency": "CNY"}}, "U001"),
        ({"InstructedAmount": {"Amount": "1.005", "Currency": "CNY"}}, "U001"),
        ({"InstructedAmount": {"Amount": "10.00", "Currency": "GBP"}}, "AM03"),
        ({"InstructedAmount": {"Amount": "10.00", "Currency": "USD"}}, "AM03"),
        ({"CreditorAccount": {"SchemeName": "UK.OBIE.BBAN", "Identification": "12AB", "Name": "X"}}, "U001"),
        (
            {
                "CreditorAccount": {
                    "SchemeName": "UK.OBIE.IBAN",
                    "Identification": "GB00NWBK60161331926819",
                    "Name": "Bad checksum",
                }
            },
            "U001",
        ),
        (
            {
                "CreditorAccount": {
                    "SchemeName": "UK.OBIE.SortCodeAccountNumber",
                    "Identification": "20000055779911",
                    "Name": "Oliver Smith",
                }
            },
            "U007",
        ),
        ({"CreditorAccount": {**WANG_FANG, "Name": "Wang\u0007Fang"}}, "U001"),
        ({"RemittanceInformation": {"Unstructured": ["line\nbreak"]}}, "U001"),
        ({"DebtorAccount": {"SchemeName": "UK.OBIE.BBAN", "Identification": "6217000010023456789"}}, "U007"),
        (
            {
                "CreditorAccount": {
                    "SchemeName": "UK.OBIE.BBAN",
                    "Identification": "6222020200112345678",
                    "Name": "Li Wei",
                }
            },
            "U007",
        ),
    ],
)
def test_server_rejects_bad_input_with_ob_errors(
    liwei: BankClient, change: dict[str, object], code: str
) -> None:
    instr = {**initiation(), **change}
    refused = liwei.payment_consent(instr)
    assert refused.status_code == 400, refused.text
    assert error_code(refused) == code


def test_missing_headers_are_refused(liwei: BankClient) -> None:
    body = {"Data": {"Initiation": initiation()}, "Risk": {}}
    no_jws = liwei.http.post(
        f"{PISP}/domestic-payment-consents",
        json=body,
        headers=liwei.headers(key=str(uuid.uuid4())) | {"x-jws-signature": "not-a-jws"},
    )
    assert error_code(no_jws) == "U004"
    no_token = liwei.http.get(
        f"{AISP}/accounts", headers=liwei.headers(auth=False) | {"Authorization": "Bearer x"}
    )
    assert no_token.status_code == 401


def test_scheduled_payment_executes_on_its_date(liwei: BankClient) -> None:
    now = liwei.control("GET", "/clock").json()["Data"]["Now"]
    from a11y_bank.sandbox.clock import parse_iso

    when = parse_iso(now) + timedelta(days=3)
    instr = {**initiation("77.00", creditor=WANG_FANG), "RequestedExecutionDateTime": iso(when)}
    del instr["EndToEndIdentification"]
    consent_id = liwei.authorised_consent(instr, scheduled=True)
    created = liwei.pay(consent_id, instr, scheduled=True)
    assert created.status_code == 201, created.text
    payment_id = created.json()["Data"]["DomesticScheduledPaymentId"]
    before = Decimal(liwei.balance("acc-lw-cur"))
    listed = liwei.get(f"{AISP}/accounts/acc-lw-cur/scheduled-payments").json()["Data"]["ScheduledPayment"]
    assert payment_id in [item["ScheduledPaymentId"] for item in listed]

    liwei.advance(3 * 86400 + 60)

    status = liwei.get(f"{PISP}/domestic-scheduled-payments/{payment_id}").json()["Data"]["Status"]
    assert status == "ACSC"
    assert Decimal(liwei.balance("acc-lw-cur")) == before - 77


def test_cancel_a_scheduled_payment(liwei: BankClient) -> None:
    cancelled = liwei.delete(f"{EXT}/scheduled-payments/dsp-demo-1")
    assert cancelled.status_code == 204
    assert liwei.delete(f"{EXT}/scheduled-payments/dsp-demo-1").status_code == 204  # repeat is harmless
    listed = liwei.get(f"{AISP}/accounts/acc-lw-cur/scheduled-payments").json()["Data"]["ScheduledPayment"]
    assert listed == []
    status = liwei.get(f"{PISP}/domestic-scheduled-payments/dsp-demo-1").json()["Data"]["Status"]
    assert status == "CANC"
    liwei.advance(11 * 86400)
    assert liwei.get(f"{PISP}/domestic-scheduled-payments/dsp-demo-1").json()["Data"]["Status"] == "CANC"


def test_other_customers_payments_are_forbidden(client: BankClient) -> None:
    client.sign_in("alice")
    response = client.get(f"{PISP}/domestic-scheduled-payments/dsp-demo-1")
    assert response.status_code == 403


def test_idempotency_keys_expire_after_24_hours(liwei: BankClient) -> None:
    key = str(uuid.uuid4())
    first = liwei.payment_consent(initiation("3.00"), key=key).json()["Data"]["ConsentId"]
    assert liwei.payment_consent(initiation("3.00"), key=key).json()["Data"]["ConsentId"] == first
    liwei.advance(24 * 3600 - 10 * 3600)  # 10:00 -> 00:00 next day: still within 24 h of 10:00
    assert liwei.payment_consent(initiation("3.00"), key=key).json()["Data"]["ConsentId"] == first
    liwei.advance(10 * 3600 + 1)  # now 24 h and 1 s later, 10:00:01, before the cut-off
    again = liwei.payment_consent(initiation("3.00"), key=key)
    assert again.status_code == 201
    assert again.json()["Data"]["ConsentId"] != first


def test_paying_a_biller_credits_the_bank_owned_biller_account(liwei: BankClient) -> None:
    biller = liwei.get(f"{EXT}/billers").json()["Data"]["Biller"][0]
    db = liwei.running.sandbox.db
    before = db.one(
        "SELECT balance_minor FROM accounts WHERE identification = ?",
        (biller["CreditorAccount"]["Identification"],),
    )
    assert before is not None
    instr = initiation("88.80", creditor=biller["CreditorAccount"], reference="12345678")
    assert liwei.pay(liwei.authorised_consent(instr), instr).status_code == 201
    after = db.one(
        "SELECT balance_minor FROM accounts WHERE identification = ?",
        (biller["CreditorAccount"]["Identification"],),
    )
    assert after is not None
    assert after["balance_minor"] - before["balance_minor"] == 8880
    assert liwei.ledger_ok()["Balanced"] is True
