"""Parse and check a payment ``Initiation`` (domestic or scheduled) against the customer's accounts."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from a11y_bank.sandbox import validation as v
from a11y_bank.sandbox.clock import parse_iso
from a11y_bank.sandbox.errors import Code, bad_request
from a11y_bank.sandbox.money import parse_amount

_BASE_KEYS = {
    "InstructionIdentification",
    "EndToEndIdentification",
    "LocalInstrument",
    "InstructedAmount",
    "DebtorAccount",
    "CreditorAccount",
    "RemittanceInformation",
}
RISK_KEYS = {
    "PaymentContextCode",
    "MerchantCategoryCode",
    "MerchantCustomerIdentification",
    "ContractPresentIndicator",
    "BeneficiaryPrepopulatedIndicator",
    "PaymentPurposeCode",
    "CategoryPurposeCode",
    "BeneficiaryAccountType",
    "DeliveryAddress",
}
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_EXTERNAL_SCHEMES = {"CNY": {v.BBAN}, "GBP": {v.SORT_CODE, v.IBAN}}
MAX_SCHEDULE_AHEAD = timedelta(days=366)


@dataclass(frozen=True)
class Instruction:
    initiation: dict[str, Any]
    debtor_account_id: str
    amount_minor: int
    currency: str
    creditor: v.AccountRef
    reference: str | None
    execute_at: datetime | None


def parse(
    conn: sqlite3.Connection, customer_id: str, raw: object, *, scheduled: bool, now: datetime
) -> Instruction:
    path = "Data.Initiation"
    init = v.require_object(raw, path)
    v.only_keys(init, _BASE_KEYS | ({"RequestedExecutionDateTime"} if scheduled else set()), path)
    v.text(init, "InstructionIdentification", path, max_len=35)
    v.text(init, "EndToEndIdentification", path, max_len=35, required=not scheduled)
    v.text(init, "LocalInstrument", path, max_len=50, required=False)
    amount_obj = v.require_object(init.get("InstructedAmount"), f"{path}.InstructedAmount")
    v.only_keys(amount_obj, {"Amount", "Currency"}, f"{path}.InstructedAmount")
    currency = v.text(amount_obj, "Currency", f"{path}.InstructedAmount", max_len=3) or ""
    if not _CURRENCY.match(currency):
        raise bad_request(
            Code.FIELD_INVALID, "Currency must be 3 capital letters", f"{path}.InstructedAmount"
        )
    amount = parse_amount(amount_obj.get("Amount"), currency, f"{path}.InstructedAmount.Amount")
    debtor_id = _debtor_account(conn, customer_id, init.get("DebtorAccount"), currency, path)
    creditor = v.account_ref(init.get("CreditorAccount"), f"{path}.CreditorAccount", name_required=True)
    _check_creditor(conn, debtor_id, creditor, currency, path)
    reference = v.remittance(init.get("RemittanceInformation"), f"{path}.RemittanceInformation")
    execute_at = _execution_time(init, now, path) if scheduled else None
    return Instruction(init, debtor_id, amount, currency, creditor, reference, execute_at)


def check_risk(raw: object) -> dict[str, Any]:
    risk = v.require_object(raw, "Risk")
    v.only_keys(risk, RISK_KEYS, "Risk")
    return risk


def _debtor_account(conn: sqlite3.Connection, customer_id: str, raw: object, currency: str, path: str) -> str:
    if raw is None:
        raise bad_request(Code.FIELD_MISSING, "The sandbox needs DebtorAccount", f"{path}.DebtorAccount")
    ref = v.account_ref(raw, f"{path}.DebtorAccount", name_required=False)
    row = conn.execute(
        "SELECT id, currency FROM accounts WHERE customer_id = ? AND scheme = ? AND identification = ?",
        (customer_id, ref.scheme, ref.identification),
    ).fetchone()
    if row is None:
        raise bad_request(
            Code.ACCOUNT_INVALID, "DebtorAccount is not one of your accounts", f"{path}.DebtorAccount"
        )
    if row["currency"] != currency:
        raise bad_request(
            Code.CURRENCY_NOT_ALLOWED,
            f"The debtor account holds {row['currency']}, not {currency}",
            f"{path}.InstructedAmount.Currency",
        )
    return str(row["id"])


def _check_creditor(
    conn: sqlite3.Connection, debtor_id: str, creditor: v.AccountRef, currency: str, path: str
) -> None:
    where = f"{path}.CreditorAccount"
    row = conn.execute(
        "SELECT id, currency FROM accounts WHERE scheme = ? AND identification = ?",
        (creditor.scheme, creditor.identification),
    ).fetchone()
    if row is not None:
        if row["id"] == debtor_id:
            raise bad_request(Code.ACCOUNT_INVALID, "You cannot pay an account from itself", where)
        if row["currency"] != currency:
            raise bad_request(Code.ACCOUNT_INVALID, f"The creditor account holds {row['currency']}", where)
        return
    if creditor.scheme not in _EXTERNAL_SCHEMES.get(currency, set()):
        raise bad_request(
            Code.ACCOUNT_INVALID, f"{creditor.scheme} accounts cannot receive {currency}", where
        )


def _execution_time(init: dict[str, Any], now: datetime, path: str) -> datetime:
    raw = v.text(init, "RequestedExecutionDateTime", path, max_len=40)
    assert raw is not None
    try:
        when = parse_iso(raw)
    except ValueError:
        raise bad_request(
            Code.FIELD_INVALID,
            "RequestedExecutionDateTime is not a date-time",
            f"{path}.RequestedExecutionDateTime",
        ) from None
    if not now + timedelta(minutes=1) <= when <= now + MAX_SCHEDULE_AHEAD:
        raise bad_request(
            Code.FIELD_INVALID,
            "RequestedExecutionDateTime must be in the next 366 days",
            f"{path}.RequestedExecutionDateTime",
        )
    return when


def creditor_account_id(conn: sqlite3.Connection, creditor: v.AccountRef, currency: str) -> str:
    """The ledger account credited: the payee's account if it is in this bank, else interbank clearing."""
    row = conn.execute(
        "SELECT id FROM accounts WHERE scheme = ? AND identification = ?",
        (creditor.scheme, creditor.identification),
    ).fetchone()
    return str(row["id"]) if row is not None else f"int-clearing-{currency.lower()}"
