"""Account information: consent lifecycle, permissions, accounts, paging and filters, payees, products."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlsplit

from a11y_bank.sandbox.clock import iso, parse_iso
from tests.sandbox.conftest import AISP, EXT, BankClient, error_code


def test_reading_needs_an_authorised_consent(client: BankClient) -> None:
    client.sign_in("liwei")
    assert client.get(f"{AISP}/accounts").status_code == 403
    created = client.post(
        f"{AISP}/account-access-consents", {"Data": {"Permissions": ["ReadAccountsBasic"]}, "Risk": {}}
    )
    consent_id = created.json()["Data"]["ConsentId"]
    assert created.json()["Data"]["Status"] == "AWAU"
    assert client.get(f"{AISP}/accounts").status_code == 403

    assert client.post(f"{EXT}/consents/{consent_id}/authorise").status_code == 200

    assert client.get(f"{AISP}/account-access-consents/{consent_id}").json()["Data"]["Status"] == "AUTH"
    accounts = client.get(f"{AISP}/accounts").json()["Data"]["Account"]
    assert [a["AccountId"] for a in accounts] == ["acc-lw-cur", "acc-lw-sav", "acc-lw-shop", "acc-lw-gbp"]
    assert "Account" not in accounts[0]  # Basic: no account numbers
    balances = client.get(f"{AISP}/accounts/acc-lw-cur/balances")
    assert balances.status_code == 403  # not granted

    assert client.delete(f"{AISP}/account-access-consents/{consent_id}").status_code == 204
    assert client.get(f"{AISP}/account-access-consents/{consent_id}").json()["Data"]["Status"] == "CANC"
    assert client.get(f"{AISP}/accounts").status_code == 403


def test_consent_expires(client: BankClient) -> None:
    client.sign_in("liwei")
    now = client.control("GET", "/clock").json()["Data"]["Now"]
    created = client.post(
        f"{AISP}/account-access-consents",
        {
            "Data": {
                "Permissions": ["ReadAccountsBasic"],
                "ExpirationDateTime": now.replace("10:00", "10:30"),
            },
            "Risk": {},
        },
    )
    consent_id = created.json()["Data"]["ConsentId"]
    client.post(f"{EXT}/consents/{consent_id}/authorise")
    assert client.get(f"{AISP}/accounts").status_code == 200
    client.advance(31 * 60)
    assert client.get(f"{AISP}/account-access-consents/{consent_id}").json()["Data"]["Status"] == "EXPD"
    assert client.get(f"{AISP}/accounts").status_code == 403
    refused = client.post(f"{EXT}/consents/{consent_id}/authorise")
    assert error_code(refused) == "U035"


def test_accounts_detail_and_other_customers(liwei: BankClient) -> None:
    gbp = liwei.get(f"{AISP}/accounts/acc-lw-gbp").json()["Data"]["Account"][0]
    assert gbp["Currency"] == "GBP"
    assert gbp["Account"][0] == {
        "SchemeName": "UK.OBIE.SortCodeAccountNumber",
        "Identification": "30949312345678",
        "Name": "Li Wei",
    }
    cny = liwei.get(f"{AISP}/accounts/acc-lw-cur").json()["Data"]["Account"][0]
    assert cny["Account"][0]["SchemeName"] == "UK.OBIE.BBAN"
    assert liwei.get(f"{AISP}/accounts/acc-al-cur").status_code == 403
    assert liwei.get(f"{AISP}/accounts/acc-al-cur/transactions").status_code == 403


def test_balance_equals_the_sum_of_all_transactions(liwei: BankClient) -> None:
    total = Decimal(0)
    page = liwei.get(f"{AISP}/accounts/acc-lw-gbp/transactions").json()
    while True:
        for tx in page["Data"]["Transaction"]:
            sign = 1 if tx["CreditDebitIndicator"] == "Credit" else -1
            total += sign * Decimal(tx["Amount"]["Amount"])
        if "Next" not in page["Links"]:
            break
        page = liwei.http.get(page["Links"]["Next"], headers=liwei.headers()).json()
    assert total == Decimal(liwei.balance("acc-lw-gbp"))


def test_shop_account_pages(liwei: BankClient) -> None:
    first = liwei.get(f"{AISP}/accounts/acc-lw-shop/transactions").json()
    pages = first["Meta"]["TotalPages"]
    assert pages >= 1000  # 100 000 card sales, 100 a page
    assert len(first["Data"]["Transaction"]) == 100
    assert "Prev" not in first["Links"]
    second = liwei.http.get(first["Links"]["Next"], headers=liwei.headers()).json()
    ids_first = {t["TransactionId"] for t in first["Data"]["Transaction"]}
    ids_second = {t["TransactionId"] for t in second["Data"]["Transaction"]}
    assert not ids_first & ids_second
    assert (
        first["Data"]["Transaction"][-1]["BookingDateTime"]
        >= second["Data"]["Transaction"][0]["BookingDateTime"]
    )
    last = liwei.http.get(first["Links"]["Last"], headers=liwei.headers()).json()
    assert "Next" not in last["Links"]
    assert urlsplit(last["Links"]["Self"]).query == f"page={pages}"


def test_booking_date_filters(liwei: BankClient) -> None:
    now = parse_iso(liwei.control("GET", "/clock").json()["Data"]["Now"])
    start, end = iso(now - timedelta(days=60)), iso(now - timedelta(days=30))
    response = liwei.get(
        f"{AISP}/accounts/acc-lw-cur/transactions", fromBookingDateTime=start, toBookingDateTime=end
    )
    assert response.status_code == 200
    dates = [parse_iso(t["BookingDateTime"]) for t in response.json()["Data"]["Transaction"]]
    assert len(dates) > 20  # a month of salary, rent, bills and shopping
    assert all(parse_iso(start) <= d <= parse_iso(end) for d in dates)
    next_link = response.json()["Links"].get("Next")
    if next_link:
        assert "fromBookingDateTime" in next_link
    bad = liwei.unchecked.get(
        f"{AISP}/accounts/acc-lw-cur/transactions",
        params={"fromBookingDateTime": "yesterday"},
        headers=liwei.headers(),
    )
    assert bad.status_code == 400


def test_credit_only_permission_hides_debits(client: BankClient) -> None:
    client.sign_in("liwei")
    client.grant_reading(["ReadAccountsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits"])
    txs = client.get(f"{AISP}/accounts/acc-lw-cur/transactions").json()["Data"]["Transaction"]
    assert txs
    assert {t["CreditDebitIndicator"] for t in txs} == {"Credit"}
    assert "TransactionInformation" not in txs[0]


def test_transactions_carry_merchants(liwei: BankClient) -> None:
    txs = liwei.get(f"{AISP}/accounts/acc-lw-cur/transactions").json()["Data"]["Transaction"]
    merchants = {t["MerchantDetails"]["MerchantName"] for t in txs if "MerchantDetails" in t}
    assert merchants
    assert all(t["Amount"]["Currency"] == "CNY" for t in txs)


def test_payees_standing_orders_scheduled_and_products(liwei: BankClient) -> None:
    payees = liwei.get(f"{AISP}/accounts/acc-lw-cur/beneficiaries").json()["Data"]["Beneficiary"]
    assert {p["CreditorAccount"]["Name"] for p in payees} >= {"Alice Chen", "Zhang Wei", "Wang Fang"}
    orders = liwei.get(f"{AISP}/accounts/acc-lw-cur/standing-orders").json()["Data"]["StandingOrder"]
    assert orders[0]["NextPaymentAmount"] == {"Amount": "2000.00", "Currency": "CNY"}
    scheduled = liwei.get(f"{AISP}/accounts/acc-lw-cur/scheduled-payments").json()["Data"]["ScheduledPayment"]
    assert scheduled[0]["ScheduledPaymentId"] == "dsp-demo-1"
    products = {
        account: liwei.get(f"{AISP}/accounts/{account}/product").json()["Data"]["Product"][0]["ProductType"]
        for account in ("acc-lw-cur", "acc-lw-sav", "acc-lw-shop")
    }
    assert products == {
        "acc-lw-cur": "PersonalCurrentAccount",
        "acc-lw-sav": "Other",
        "acc-lw-shop": "BusinessCurrentAccount",
    }


def test_add_and_delete_a_payee_with_name_check(liwei: BankClient) -> None:
    def add(name: str, ident: str = "6228480000011112222") -> dict[str, object]:
        response = liwei.post(
            f"{EXT}/beneficiaries",
            {
                "Data": {
                    "Reference": "Rent",
                    "CreditorAccount": {"SchemeName": "UK.OBIE.BBAN", "Identification": ident, "Name": name},
                }
            },
        )
        assert response.status_code == 201, response.text
        data: dict[str, object] = response.json()["Data"]
        return data

    assert add("Zhang Wei")["NameCheck"] == {"Result": "MATCH"}
    assert add("zhang  wei")["NameCheck"] == {"Result": "MATCH"}
    assert add("Wei Zhang")["NameCheck"] == {"Result": "CLOSE_MATCH", "MatchedName": "Zhang Wei"}
    assert add("Someone Else")["NameCheck"] == {"Result": "NO_MATCH"}
    unknown = add("Nobody Known", "6228480000000000001")
    assert unknown["NameCheck"] == {"Result": "UNAVAILABLE"}

    beneficiary_id = unknown["BeneficiaryId"]
    assert liwei.delete(f"{EXT}/beneficiaries/{beneficiary_id}").status_code == 204
    listed = liwei.get(f"{AISP}/accounts/acc-lw-cur/beneficiaries").json()["Data"]["Beneficiary"]
    assert beneficiary_id not in [p["BeneficiaryId"] for p in listed]
    assert liwei.delete(f"{EXT}/beneficiaries/ben-nope").status_code == 404


def test_payee_creation_is_idempotent(liwei: BankClient) -> None:
    body = {
        "Data": {
            "CreditorAccount": {
                "SchemeName": "UK.OBIE.BBAN",
                "Identification": "6228480000033334444",
                "Name": "Wang Fang",
            }
        }
    }
    first = liwei.post(f"{EXT}/beneficiaries", body, key="payee-1")
    again = liwei.post(f"{EXT}/beneficiaries", body, key="payee-1")
    assert again.json() == first.json()
    payees = liwei.get(f"{AISP}/accounts/acc-lw-cur/beneficiaries").json()["Data"]["Beneficiary"]
    assert [p["BeneficiaryId"] for p in payees].count(first.json()["Data"]["BeneficiaryId"]) == 1


def test_billers(liwei: BankClient) -> None:
    billers = liwei.get(f"{EXT}/billers").json()["Data"]["Biller"]
    assert [b["Category"] for b in billers] == ["Electricity", "Water", "Gas", "Mobile", "Broadband"]
    assert all(b["CreditorAccount"]["SchemeName"] == "UK.OBIE.BBAN" for b in billers)
