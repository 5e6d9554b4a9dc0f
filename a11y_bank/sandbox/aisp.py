"""Account information: account-access consents and the read endpoints' data, in OB v4.0 shapes."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime
from typing import Any

from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.errors import ApiError, Code, bad_request, forbidden
from a11y_bank.sandbox.language import EN, ZH_CN
from a11y_bank.sandbox.money import wire
from a11y_bank.sandbox.state import Sandbox

PERMISSIONS = frozenset(
    {
        "ReadAccountsBasic",
        "ReadAccountsDetail",
        "ReadBalances",
        "ReadBeneficiariesBasic",
        "ReadBeneficiariesDetail",
        "ReadDirectDebits",
        "ReadOffers",
        "ReadPAN",
        "ReadParty",
        "ReadPartyPSU",
        "ReadProducts",
        "ReadScheduledPaymentsBasic",
        "ReadScheduledPaymentsDetail",
        "ReadStandingOrdersBasic",
        "ReadStandingOrdersDetail",
        "ReadStatementsBasic",
        "ReadStatementsDetail",
        "ReadTransactionsBasic",
        "ReadTransactionsCredits",
        "ReadTransactionsDebits",
        "ReadTransactionsDetail",
    }
)
ACCESS = "account-access"

PRODUCTS: dict[str, dict[str, Any]] = {
    "prod-current": {"ProductName": "Everyday Current Account", "ProductType": "PersonalCurrentAccount"},
    "prod-current-gbp": {"ProductName": "Pound Current Account", "ProductType": "PersonalCurrentAccount"},
    "prod-shop": {"ProductName": "Small Shop Account", "ProductType": "BusinessCurrentAccount"},
    "prod-time-deposit": {
        "ProductName": "One-Year Time Deposit",
        "ProductType": "Other",
        "OtherProductType": {
            "Name": "Time deposit",
            "Description": "Fixed term deposit, 1 year, 1.45% a year",
        },
    },
    "prod-wealth": {
        "ProductName": "Steady Wealth Fund",
        "ProductType": "Other",
        "OtherProductType": {
            "Name": "Wealth management product",
            "Description": "Low-risk fund, redeemable on any working day",
        },
    },
}
# The same products' names and descriptions in Simplified Chinese (sandbox.language); ids and types stay.
PRODUCTS_ZH_CN: dict[str, dict[str, Any]] = {
    "prod-current": {"ProductName": "日常活期账户"},
    "prod-current-gbp": {"ProductName": "英镑活期账户"},
    "prod-shop": {"ProductName": "小店经营账户"},
    "prod-time-deposit": {
        "ProductName": "一年期定期存款",
        "OtherProductType": {"Name": "定期存款", "Description": "定期存款，期限1年，年利率1.45%"},
    },
    "prod-wealth": {
        "ProductName": "稳健理财基金",
        "OtherProductType": {"Name": "理财产品", "Description": "低风险基金，任何工作日都可以赎回"},
    },
}


# ---- account-access consents ---------------------------------------------------------------------------


def create_access_consent(sandbox: Sandbox, customer_id: str, body: dict[str, Any]) -> dict[str, Any]:
    data = body.get("Data")
    if not isinstance(data, dict):
        raise bad_request(Code.FIELD_MISSING, "Data is required", "Data")
    permissions = data.get("Permissions")
    if not isinstance(permissions, list) or not permissions or not set(permissions) <= PERMISSIONS:
        raise bad_request(
            Code.FIELD_INVALID, "Permissions must be a list of OB permission codes", "Data.Permissions"
        )
    if not isinstance(body.get("Risk"), dict) or body["Risk"]:
        raise bad_request(Code.FIELD_INVALID, "Risk must be an empty object", "Risk")
    kept = {"Permissions": sorted(set(permissions))}
    for key in ("ExpirationDateTime", "TransactionFromDateTime", "TransactionToDateTime"):
        if key in data:
            _date_time(data[key], f"Data.{key}")
            kept[key] = data[key]
    now = iso(sandbox.clock.now())
    consent_id = f"aac-{uuid.uuid4().hex[:24]}"
    with sandbox.db.transaction() as conn:
        conn.execute(
            "INSERT INTO consents (id, customer_id, kind, status, created_at, status_at, request_json)"
            " VALUES (?,?,?,'AWAU',?,?,?)",
            (consent_id, customer_id, ACCESS, now, now, json.dumps({"Data": kept, "Risk": {}})),
        )
    return render_access_consent(sandbox, get_access_consent(sandbox, customer_id, consent_id))


def _date_time(value: object, path: str) -> datetime:
    if not isinstance(value, str):
        raise bad_request(Code.FIELD_INVALID, "Expected a date-time string", path)
    try:
        return parse_iso(value)
    except ValueError:
        raise bad_request(Code.FIELD_INVALID, "Expected an ISO 8601 date-time", path) from None


def get_access_consent(sandbox: Sandbox, customer_id: str, consent_id: str) -> sqlite3.Row:
    row = sandbox.db.one(
        "SELECT * FROM consents WHERE id = ? AND customer_id = ? AND kind = ?",
        (consent_id, customer_id, ACCESS),
    )
    if row is None:
        raise forbidden("No such consent for this customer")
    return row


def _effective_status(sandbox: Sandbox, row: sqlite3.Row) -> str:
    expires = json.loads(row["request_json"])["Data"].get("ExpirationDateTime")
    if row["status"] in ("AWAU", "AUTH") and expires and parse_iso(expires) <= sandbox.clock.now():
        return "EXPD"
    return str(row["status"])


def render_access_consent(sandbox: Sandbox, row: sqlite3.Row) -> dict[str, Any]:
    request = json.loads(row["request_json"])
    data = {
        "ConsentId": row["id"],
        "CreationDateTime": row["created_at"],
        "Status": _effective_status(sandbox, row),
        "StatusUpdateDateTime": row["status_at"],
        **request["Data"],
    }
    return {"Data": data, "Risk": {}}


def authorise_access_consent(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, consent_id: str
) -> dict[str, Any]:
    row = conn.execute(
        "SELECT * FROM consents WHERE id = ? AND customer_id = ? AND kind = ?",
        (consent_id, customer_id, ACCESS),
    ).fetchone()
    if row is None:
        raise forbidden("No such consent for this customer")
    status = _effective_status(sandbox, row)
    if status not in ("AWAU", "AUTH"):
        raise bad_request(Code.CONSENT_STATUS, f"The consent is {status}; create a new one", "ConsentId")
    now = iso(sandbox.clock.now())
    if status == "AWAU":
        conn.execute("UPDATE consents SET status = 'AUTH', status_at = ? WHERE id = ?", (now, consent_id))
    updated = conn.execute("SELECT status_at FROM consents WHERE id = ?", (consent_id,)).fetchone()
    return {"Data": {"ConsentId": consent_id, "Status": "AUTH", "StatusUpdateDateTime": updated["status_at"]}}


def revoke_access_consent(sandbox: Sandbox, customer_id: str, consent_id: str) -> None:
    get_access_consent(sandbox, customer_id, consent_id)
    with sandbox.db.transaction() as conn:
        conn.execute(
            "UPDATE consents SET status = 'CANC', status_at = ? WHERE id = ?",
            (iso(sandbox.clock.now()), consent_id),
        )


def granted(sandbox: Sandbox, customer_id: str) -> set[str]:
    """Permissions of the customer's authorised, unexpired account-access consents."""
    rows = sandbox.db.query(
        "SELECT * FROM consents WHERE customer_id = ? AND kind = ? AND status = 'AUTH'", (customer_id, ACCESS)
    )
    perms: set[str] = set()
    for row in rows:
        if _effective_status(sandbox, row) == "AUTH":
            perms.update(json.loads(row["request_json"])["Data"]["Permissions"])
    return perms


def require(perms: set[str], *any_of: str) -> None:
    if not perms.intersection(any_of):
        raise ApiError(
            403, Code.CONSENT_STATUS, f"No authorised account-access consent grants {' or '.join(any_of)}"
        )


# ---- reading ---------------------------------------------------------------------------------------------


def customer_accounts(sandbox: Sandbox, customer_id: str) -> list[sqlite3.Row]:
    return sandbox.db.query("SELECT * FROM accounts WHERE customer_id = ? ORDER BY rowid", (customer_id,))


def account_of(sandbox: Sandbox, customer_id: str, account_id: str) -> sqlite3.Row:
    row = sandbox.db.one("SELECT * FROM accounts WHERE id = ? AND customer_id = ?", (account_id, customer_id))
    if row is None:
        raise forbidden("No such account for this customer")
    return row


def render_account(row: sqlite3.Row, detail: bool) -> dict[str, Any]:
    account: dict[str, Any] = {
        "AccountId": row["id"],
        "Status": "Enabled",
        "StatusUpdateDateTime": row["opened_at"],
        "Currency": row["currency"],
        "AccountCategory": "Business" if row["kind"] == "shop" else "Personal",
        "AccountTypeCode": row["type_code"],
        "Description": _description(row),
        "Nickname": row["nickname"],
        "OpeningDate": row["opened_at"],
    }
    if detail:
        account["Account"] = [
            {"SchemeName": row["scheme"], "Identification": row["identification"], "Name": row["name"]}
        ]
    return account


def _description(row: sqlite3.Row) -> str:
    return {"current": "Current account", "savings": "Savings account", "shop": "Shop account"}.get(
        row["kind"], "Account"
    )


def render_balances(rows: list[sqlite3.Row], now: datetime) -> list[dict[str, Any]]:
    balances = []
    for row in rows:
        amount = {"Amount": wire(row["balance_minor"], row["currency"]), "Currency": row["currency"]}
        indicator = "Credit" if row["balance_minor"] >= 0 else "Debit"
        for kind in ("ITAV", "ITBD"):
            balances.append(
                {
                    "AccountId": row["id"],
                    "CreditDebitIndicator": indicator,
                    "Type": kind,
                    "DateTime": iso(now),
                    "Amount": dict(amount),
                }
            )
    return balances


def transactions_page(
    sandbox: Sandbox, account: sqlite3.Row, perms: set[str], window: tuple[str | None, str | None], page: int
) -> tuple[list[dict[str, Any]], int]:
    """One page (newest first) of an account's booked transactions and the number of pages."""
    where, params = ["p.account_id = ?"], [account["id"]]
    if window[0]:
        where.append("p.booked_at >= ?")
        params.append(window[0])
    if window[1]:
        where.append("p.booked_at <= ?")
        params.append(window[1])
    if "ReadTransactionsCredits" not in perms:
        where.append("p.amount_minor < 0")
    if "ReadTransactionsDebits" not in perms:
        where.append("p.amount_minor > 0")
    clause = " AND ".join(where)
    size = sandbox.rules.transactions_page_size
    total = sandbox.db.one(f"SELECT COUNT(*) AS n FROM postings p WHERE {clause}", tuple(params))  # noqa: S608
    # ``clause`` is built only from the fixed fragments above; every value is a bound parameter.
    columns = (
        "p.id, p.amount_minor, p.booked_at, p.counterparty, p.entry_id, p.balance_after_minor,"
        " e.description, e.merchant, e.mcc"
    )
    rows = sandbox.db.query(
        f"SELECT {columns} FROM postings p JOIN entries e ON e.id = p.entry_id WHERE {clause}"  # noqa: S608
        " ORDER BY p.booked_at DESC, p.id DESC LIMIT ? OFFSET ?",
        (*params, size, (page - 1) * size),
    )
    pages = max(1, -(-int(total["n"] if total else 0) // size))
    detail = "ReadTransactionsDetail" in perms
    return [_transaction(account, row, detail) for row in rows], pages


def _transaction(account: sqlite3.Row, row: sqlite3.Row, detail: bool) -> dict[str, Any]:
    credit = row["amount_minor"] > 0
    tx: dict[str, Any] = {
        "AccountId": account["id"],
        "TransactionId": str(row["id"]),
        "TransactionReference": row["entry_id"],
        "CreditDebitIndicator": "Credit" if credit else "Debit",
        "Status": "BOOK",
        "BookingDateTime": row["booked_at"],
        "ValueDateTime": row["booked_at"],
        "Amount": {"Amount": wire(row["amount_minor"], account["currency"]), "Currency": account["currency"]},
    }
    if row["balance_after_minor"] is not None:
        tx["Balance"] = _balance_after(row["balance_after_minor"], account["currency"])
    if detail:
        tx["TransactionInformation"] = row["description"]
        if row["merchant"]:
            tx["MerchantDetails"] = {"MerchantName": row["merchant"], "MerchantCategoryCode": row["mcc"]}
        if row["counterparty"]:
            tx["DebtorAccount" if credit else "CreditorAccount"] = {"Name": row["counterparty"]}
    return tx


def _balance_after(minor: int, currency: str) -> dict[str, Any]:
    """The booked balance after a transaction (OBTransactionCashBalance; ITBD = interim booked)."""
    return {
        "CreditDebitIndicator": "Credit" if minor >= 0 else "Debit",
        "Type": "ITBD",
        "Amount": {"Amount": wire(minor, currency), "Currency": currency},
    }


def render_beneficiaries(
    sandbox: Sandbox, customer_id: str, account_id: str, detail: bool
) -> list[dict[str, Any]]:
    rows = sandbox.db.query(
        "SELECT * FROM beneficiaries WHERE customer_id = ? AND deleted = 0 ORDER BY created_at, id",
        (customer_id,),
    )
    result = []
    for row in rows:
        item: dict[str, Any] = {
            "AccountId": account_id,
            "BeneficiaryId": row["id"],
            "BeneficiaryType": "Trusted",
        }
        if row["reference"]:
            item["Reference"] = row["reference"]
        if detail:
            item["CreditorAccount"] = {
                "SchemeName": row["scheme"],
                "Identification": row["identification"],
                "Name": row["name"],
            }
        result.append(item)
    return result


def render_standing_orders(sandbox: Sandbox, account_id: str, detail: bool) -> list[dict[str, Any]]:
    rows = sandbox.db.query("SELECT * FROM standing_orders WHERE account_id = ? ORDER BY id", (account_id,))
    result = []
    for row in rows:
        amount = {"Amount": wire(row["amount_minor"], row["currency"]), "Currency": row["currency"]}
        item: dict[str, Any] = {
            "AccountId": account_id,
            "StandingOrderId": row["id"],
            "NextPaymentDateTime": row["next_at"],
            "StandingOrderStatusCode": row["status"],
            "NextPaymentAmount": amount,
            "MandateRelatedInformation": {"Frequency": {"Type": row["frequency"], "CountPerPeriod": 1}},
            "RemittanceInformation": {"Unstructured": [row["reference"]]},
        }
        if detail:
            item["CreditorAccount"] = {
                "SchemeName": row["scheme"],
                "Identification": row["identification"],
                "Name": row["creditor_name"],
            }
        result.append(item)
    return result


def render_scheduled(sandbox: Sandbox, account_id: str, detail: bool) -> list[dict[str, Any]]:
    rows = sandbox.db.query(
        "SELECT p.*, c.amount_minor, c.currency, c.creditor_scheme, c.creditor_id, c.creditor_name"
        " FROM payments p JOIN consents c ON c.id = p.consent_id"
        " WHERE c.debtor_account_id = ? AND p.kind = 'domestic-scheduled'"
        " AND p.final_status IS NULL ORDER BY p.execute_at",
        (account_id,),
    )
    result = []
    for row in rows:
        item: dict[str, Any] = {
            "AccountId": account_id,
            "ScheduledPaymentId": row["id"],
            "ScheduledPaymentDateTime": row["execute_at"],
            "ScheduledType": "Execution",
            "InstructedAmount": {
                "Amount": wire(row["amount_minor"], row["currency"]),
                "Currency": row["currency"],
            },
        }
        if row["reference"]:
            item["Reference"] = row["reference"][:35]
        if detail:
            item["CreditorAccount"] = {
                "SchemeName": row["creditor_scheme"],
                "Identification": row["creditor_id"],
                "Name": row["creditor_name"],
            }
        result.append(item)
    return result


def render_product(account: sqlite3.Row, language: str = EN) -> list[dict[str, Any]]:
    product = PRODUCTS.get(account["product_id"] or "")
    if product is None:
        return []
    if language == ZH_CN:
        product = {**product, **PRODUCTS_ZH_CN.get(account["product_id"], {})}
    return [{"AccountId": account["id"], "ProductId": account["product_id"], **product}]
