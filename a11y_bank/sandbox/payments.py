"""Payment consents, payments and their lifecycle on the sandbox clock.

Consent: AWAU --SCA--> AUTH --payment--> COND (consumed); RJCT when its challenge locks.
Payment: RCVD -> ACSP -> ACSC (or RJCT when the payee's bank refuses it, with a reversal entry); a
scheduled payment waits as PDNG until its date, then executes (ACSC, or RJCT without funds) or is
cancelled (CANC).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime
from typing import Any

from a11y_bank.sandbox import instructions
from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.db import Posting, post_entry
from a11y_bank.sandbox.errors import ApiError, Code, bad_request, forbidden
from a11y_bank.sandbox.state import Sandbox
from a11y_bank.sandbox.validation import AccountRef

# A consent row, or the same columns taken from a payment joined with its consent.
ConsentTerms = sqlite3.Row | dict[str, Any]

DOMESTIC = "domestic"
SCHEDULED = "domestic-scheduled"


def _new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def cut_off_for(sandbox: Sandbox, now: datetime) -> datetime:
    return datetime.combine(now.astimezone(UTC).date(), sandbox.rules.cut_off, tzinfo=UTC)


# ---- consents -------------------------------------------------------------------------------------------


def create_consent(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any], kind: str
) -> dict[str, Any]:
    now = sandbox.clock.now()
    data = body.get("Data")
    if not isinstance(data, dict):
        raise bad_request(Code.FIELD_MISSING, "Data is required", "Data")
    scheduled = kind == SCHEDULED
    if scheduled and data.get("Permission") != "Create":
        raise bad_request(Code.FIELD_INVALID, "Permission must be Create", "Data.Permission")
    risk = instructions.check_risk(body.get("Risk"))
    ins = instructions.parse(conn, customer_id, data.get("Initiation"), scheduled=scheduled, now=now)
    cut_off = None
    if not scheduled:
        cut_off = cut_off_for(sandbox, now)
        if now >= cut_off:
            raise bad_request(
                Code.AFTER_CUT_OFF, "Today's cut-off time has passed; schedule the payment instead"
            )
        check_daily_limit(conn, customer_id, ins.amount_minor, ins.currency, now)
    consent_id = _new_id("pdc" if not scheduled else "dsc")
    request = {"Data": {k: data[k] for k in ("Permission", "Initiation") if k in data}, "Risk": risk}
    conn.execute(
        "INSERT INTO consents (id, customer_id, kind, status, created_at, status_at, request_json,"
        " debtor_account_id, amount_minor, currency, creditor_scheme, creditor_id, creditor_name, execute_at,"
        " cut_off_at) VALUES (?,?,?,'AWAU',?,?,?,?,?,?,?,?,?,?,?)",
        (
            consent_id,
            customer_id,
            kind,
            iso(now),
            iso(now),
            json.dumps(request),
            ins.debtor_account_id,
            ins.amount_minor,
            ins.currency,
            ins.creditor.scheme,
            ins.creditor.identification,
            ins.creditor.name,
            iso(ins.execute_at) if ins.execute_at else None,
            iso(cut_off) if cut_off else None,
        ),
    )
    return render_consent(conn.execute("SELECT * FROM consents WHERE id = ?", (consent_id,)).fetchone())


def get_consent(conn: sqlite3.Connection, customer_id: str, consent_id: str, kind: str) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM consents WHERE id = ? AND customer_id = ? AND kind = ?",
        (consent_id, customer_id, kind),
    ).fetchone()
    if row is None:
        raise forbidden("No such consent for this customer")
    found: sqlite3.Row = row
    return found


def render_consent(row: sqlite3.Row) -> dict[str, Any]:
    request = json.loads(row["request_json"])
    data: dict[str, Any] = {
        "ConsentId": row["id"],
        "CreationDateTime": row["created_at"],
        "Status": row["status"],
        "StatusUpdateDateTime": row["status_at"],
    }
    if row["kind"] == SCHEDULED:
        data["Permission"] = "Create"
        data["ExpectedExecutionDateTime"] = row["execute_at"]
    else:
        data["CutOffDateTime"] = row["cut_off_at"]
    data["Initiation"] = request["Data"]["Initiation"]
    return {"Data": data, "Risk": request["Risk"]}


def check_daily_limit(
    conn: sqlite3.Connection, customer_id: str, amount: int, currency: str, now: datetime
) -> None:
    """Same-day payments per customer and currency may not exceed the customer's daily limit."""
    spent = _spent_today(conn, customer_id, currency, now)
    limit = conn.execute("SELECT daily_limit_minor FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if spent + amount > limit["daily_limit_minor"]:
        raise bad_request(
            Code.LIMIT_EXCEEDED,
            "This payment would exceed your daily payment limit",
            "Data.Initiation.InstructedAmount.Amount",
        )


def funds_available(conn: sqlite3.Connection, consent: sqlite3.Row) -> bool:
    row = conn.execute(
        "SELECT balance_minor FROM accounts WHERE id = ?", (consent["debtor_account_id"],)
    ).fetchone()
    return bool(row["balance_minor"] >= consent["amount_minor"])


# ---- payments -------------------------------------------------------------------------------------------


def _consent_for_payment(
    conn: sqlite3.Connection, customer_id: str, body: dict[str, Any], kind: str
) -> sqlite3.Row:
    data = body.get("Data")
    if not isinstance(data, dict) or not isinstance(data.get("ConsentId"), str):
        raise bad_request(Code.FIELD_MISSING, "Data.ConsentId is required", "Data.ConsentId")
    consent = get_consent(conn, customer_id, data["ConsentId"], kind)
    if consent["status"] == "COND":
        raise bad_request(
            Code.CONSENT_CONSUMED, "This consent was already used for a payment", "Data.ConsentId"
        )
    if consent["status"] != "AUTH":
        raise bad_request(
            Code.CONSENT_STATUS, f"The consent is {consent['status']}, not authorised", "Data.ConsentId"
        )
    request = json.loads(consent["request_json"])
    if data.get("Initiation") != request["Data"]["Initiation"]:
        raise bad_request(
            Code.CONSENT_MISMATCH, "Initiation differs from the authorised consent", "Data.Initiation"
        )
    if body.get("Risk") != request["Risk"]:
        raise bad_request(Code.CONSENT_MISMATCH, "Risk differs from the authorised consent", "Risk")
    return consent


def create_payment(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any], kind: str
) -> dict[str, Any]:
    now = sandbox.clock.now()
    consent = _consent_for_payment(conn, customer_id, body, kind)
    payment_id = _new_id("dp" if kind == DOMESTIC else "dsp")
    reference = _reference(consent)
    if kind == DOMESTIC:
        if consent["cut_off_at"] and now >= parse_iso(consent["cut_off_at"]):
            raise bad_request(Code.AFTER_CUT_OFF, "The cut-off time for this consent has passed")
        check_daily_limit(conn, customer_id, consent["amount_minor"], consent["currency"], now)
        if not funds_available(conn, consent):
            raise bad_request(
                Code.INSUFFICIENT_FUNDS,
                "Not enough money in the account",
                "Data.Initiation.InstructedAmount.Amount",
            )
        _post_payment(conn, consent, payment_id, now)
    execute_at = consent["execute_at"] if kind == SCHEDULED else iso(now)
    conn.execute(
        "INSERT INTO payments"
        " (id, consent_id, customer_id, kind, created_at, execute_at, entry_id, reference)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (
            payment_id,
            consent["id"],
            customer_id,
            kind,
            iso(now),
            execute_at,
            f"pay-{payment_id}" if kind == DOMESTIC else None,
            reference,
        ),
    )
    conn.execute("UPDATE consents SET status = 'COND', status_at = ? WHERE id = ?", (iso(now), consent["id"]))
    if kind == DOMESTIC:
        _add_spent(conn, customer_id, consent["currency"], now, consent["amount_minor"])
    sandbox.due.add(now + sandbox.rules.acsc_after if kind == DOMESTIC else parse_iso(execute_at))
    return render_payment(sandbox, conn, _payment_row(conn, payment_id))


def _reference(consent: ConsentTerms) -> str | None:
    init = json.loads(consent["request_json"])["Data"]["Initiation"]
    lines = init.get("RemittanceInformation", {}).get("Unstructured") or []
    return " ".join(lines)[:140] or None


def _post_payment(conn: sqlite3.Connection, consent: ConsentTerms, payment_id: str, now: datetime) -> None:
    creditor = AccountRef(consent["creditor_scheme"], consent["creditor_id"], consent["creditor_name"])
    target = instructions.creditor_account_id(conn, creditor, consent["currency"])
    debtor_name = conn.execute(
        "SELECT name FROM accounts WHERE id = ?", (consent["debtor_account_id"],)
    ).fetchone()["name"]
    post_entry(
        conn,
        entry_id=f"pay-{payment_id}",
        booked_at=iso(now),
        kind="payment",
        description=_reference(consent) or f"Payment to {consent['creditor_name']}",
        debit=Posting(consent["debtor_account_id"], -consent["amount_minor"], consent["creditor_name"]),
        credit=Posting(target, consent["amount_minor"], debtor_name),
        payment_id=payment_id,
    )


def _payment_row(conn: sqlite3.Connection, payment_id: str) -> sqlite3.Row:
    row: sqlite3.Row = conn.execute(
        "SELECT p.*, c.request_json, c.kind AS consent_kind"
        " FROM payments p JOIN consents c ON c.id = p.consent_id"
        " WHERE p.id = ?",
        (payment_id,),
    ).fetchone()
    return row


def get_payment(conn: sqlite3.Connection, customer_id: str, payment_id: str, kind: str) -> sqlite3.Row:
    row = _payment_row(conn, payment_id)
    if row is None or row["customer_id"] != customer_id or row["kind"] != kind:
        raise forbidden("No such payment for this customer")
    return row


def status_of(sandbox: Sandbox, payment: sqlite3.Row, now: datetime) -> tuple[str, datetime]:
    """The payment's status at ``now`` and when it took that status."""
    created = parse_iso(payment["created_at"])
    if payment["final_status"] and parse_iso(payment["final_at"]) <= now:
        return payment["final_status"], parse_iso(payment["final_at"])
    if payment["kind"] == SCHEDULED:
        return "PDNG", created
    rules = sandbox.rules
    if now >= created + rules.acsp_after:
        return "ACSP", created + rules.acsp_after
    return "RCVD", created


def render_payment(sandbox: Sandbox, conn: sqlite3.Connection, payment: sqlite3.Row) -> dict[str, Any]:
    now = sandbox.clock.now()
    status, since = status_of(sandbox, payment, now)
    request = json.loads(payment["request_json"])
    id_key = "DomesticPaymentId" if payment["kind"] == DOMESTIC else "DomesticScheduledPaymentId"
    data: dict[str, Any] = {
        id_key: payment["id"],
        "ConsentId": payment["consent_id"],
        "CreationDateTime": payment["created_at"],
        "Status": status,
        "StatusUpdateDateTime": iso(since),
        "ExpectedExecutionDateTime": payment["execute_at"],
        "Initiation": request["Data"]["Initiation"],
    }
    if status == "RJCT":
        data["StatusReason"] = [
            {"StatusReasonCode": "AC04", "StatusReasonDescription": "The payee account is closed"}
            if payment["kind"] == DOMESTIC
            else {"StatusReasonCode": "AM04", "StatusReasonDescription": "Not enough money"}
        ]
    return {"Data": data}


def render_payment_details(sandbox: Sandbox, payment: sqlite3.Row) -> dict[str, Any]:
    status, since = status_of(sandbox, payment, sandbox.clock.now())
    status = "PDNG" if status in ("RCVD", "CANC") else status  # payment-details has no RCVD/CANC
    return {
        "Data": {
            "PaymentStatus": [
                {
                    "PaymentTransactionId": payment["entry_id"] or payment["id"],
                    "Status": status,
                    "StatusUpdateDateTime": iso(since),
                    "StatusDetail": {"Status": status},
                }
            ]
        }
    }


def cancel_scheduled(sandbox: Sandbox, customer_id: str, payment_id: str) -> None:
    now = sandbox.clock.now()
    with sandbox.db.transaction() as conn:
        row = conn.execute(
            "SELECT * FROM payments WHERE id = ? AND customer_id = ? AND kind = ?",
            (payment_id, customer_id, SCHEDULED),
        ).fetchone()
        if row is None:
            raise ApiError(404, Code.RESOURCE_NOT_FOUND, "No such scheduled payment")
        if row["final_status"] == "CANC":
            return
        if row["final_status"] or parse_iso(row["execute_at"]) <= now:
            raise bad_request(
                Code.CONSENT_STATUS, "The payment has already been made and cannot be cancelled"
            )
        conn.execute(
            "UPDATE payments SET final_status = 'CANC', final_at = ? WHERE id = ?", (iso(now), payment_id)
        )


# ---- the clock moves things along -------------------------------------------------------------------------


def settle_due(sandbox: Sandbox) -> int:
    """Apply every lifecycle step that is due at the sandbox's now; returns how many payments moved.

    Skipped without touching the database while `sandbox.due` says nothing can be due (sandbox/due.py).
    """
    now = sandbox.clock.now()
    settle_delay = sandbox.rules.acsc_after
    if sandbox.due.nothing_due(now, settle_delay):
        return 0
    moved = 0
    with sandbox.db.transaction() as conn:
        due = conn.execute(
            "SELECT p.*, c.creditor_scheme, c.creditor_id, c.creditor_name, c.amount_minor, c.currency,"
            " c.debtor_account_id, c.request_json FROM payments p JOIN consents c ON c.id = p.consent_id"
            " WHERE p.final_status IS NULL AND p.execute_at <= ?",
            (iso(now),),
        ).fetchall()
        waiting: list[datetime] = []  # domestic payments accepted but not yet settled
        for payment in due:
            if payment["kind"] != DOMESTIC:
                moved += _execute_scheduled(conn, payment)
            elif (settle_at := parse_iso(payment["created_at"]) + settle_delay) > now:
                waiting.append(settle_at)
            else:
                moved += _settle_domestic(conn, payment, settle_at)
        sandbox.due.scanned(_earliest(conn, now, waiting), settle_delay)
    return moved


def _earliest(conn: sqlite3.Connection, now: datetime, waiting: list[datetime]) -> datetime | None:
    """The earliest time something pending moves: a waiting settlement or a later execution date."""
    later = conn.execute(
        "SELECT MIN(execute_at) AS next FROM payments WHERE final_status IS NULL AND execute_at > ?",
        (iso(now),),
    ).fetchone()["next"]
    candidates = [*waiting, *([parse_iso(later)] if later else [])]
    return min(candidates, default=None)


def _spent_today(conn: sqlite3.Connection, customer_id: str, currency: str, now: datetime) -> int:
    """The day's running total from `daily_spent`, summed from the payments once per day (or old database)."""
    key = (customer_id, currency, _day(now))
    row = conn.execute(
        "SELECT spent_minor FROM daily_spent WHERE customer_id = ? AND currency = ? AND day = ?", key
    ).fetchone()
    if row is not None:
        spent: int = row["spent_minor"]
        return spent
    day_start = iso(datetime.combine(now.astimezone(UTC).date(), datetime.min.time(), tzinfo=UTC))
    spent = conn.execute(
        "SELECT COALESCE(SUM(c.amount_minor), 0) AS spent"
        " FROM payments p JOIN consents c ON c.id = p.consent_id"
        " WHERE p.customer_id = ? AND p.kind = ? AND c.currency = ? AND p.created_at >= ?"
        " AND COALESCE(p.final_status, '') != 'RJCT'",
        (customer_id, DOMESTIC, currency, day_start),
    ).fetchone()["spent"]
    conn.execute(
        "INSERT INTO daily_spent (customer_id, currency, day, spent_minor) VALUES (?,?,?,?)", (*key, spent)
    )
    return spent


def _add_spent(
    conn: sqlite3.Connection, customer_id: str, currency: str, when: datetime, amount: int
) -> None:
    """Move the running total of the day `when` falls on (no row yet: the next check sums it afresh)."""
    conn.execute(
        "UPDATE daily_spent SET spent_minor = spent_minor + ?"
        " WHERE customer_id = ? AND currency = ? AND day = ?",
        (amount, customer_id, currency, _day(when)),
    )


def _day(when: datetime) -> str:
    return when.astimezone(UTC).date().isoformat()


def _settle_domestic(conn: sqlite3.Connection, payment: sqlite3.Row, settle_at: datetime) -> int:
    refused = conn.execute(
        "SELECT rejects_payments FROM directory WHERE scheme = ? AND identification = ?",
        (payment["creditor_scheme"], payment["creditor_id"]),
    ).fetchone()
    status = "RJCT" if refused is not None and refused["rejects_payments"] else "ACSC"
    if status == "RJCT":
        creditor = AccountRef(payment["creditor_scheme"], payment["creditor_id"], payment["creditor_name"])
        source = instructions.creditor_account_id(conn, creditor, payment["currency"])
        post_entry(
            conn,
            entry_id=f"rev-{payment['id']}",
            booked_at=iso(settle_at),
            kind="reversal",
            description=f"Returned: payment to {payment['creditor_name']}",
            debit=Posting(source, -payment["amount_minor"]),
            credit=Posting(payment["debtor_account_id"], payment["amount_minor"], payment["creditor_name"]),
            payment_id=payment["id"],
        )
        created = parse_iso(payment["created_at"])
        _add_spent(conn, payment["customer_id"], payment["currency"], created, -payment["amount_minor"])
    conn.execute(
        "UPDATE payments SET final_status = ?, final_at = ? WHERE id = ?",
        (status, iso(settle_at), payment["id"]),
    )
    return 1


def _execute_scheduled(conn: sqlite3.Connection, payment: sqlite3.Row) -> int:
    when = parse_iso(payment["execute_at"])
    balance = conn.execute(
        "SELECT balance_minor FROM accounts WHERE id = ?", (payment["debtor_account_id"],)
    ).fetchone()["balance_minor"]
    if balance < payment["amount_minor"]:
        status = "RJCT"
    else:
        _post_payment(conn, payment_as_consent(payment), payment["id"], when)
        conn.execute("UPDATE payments SET entry_id = ? WHERE id = ?", (f"pay-{payment['id']}", payment["id"]))
        status = "ACSC"
    conn.execute(
        "UPDATE payments SET final_status = ?, final_at = ? WHERE id = ?", (status, iso(when), payment["id"])
    )
    return 1


def payment_as_consent(payment: sqlite3.Row) -> dict[str, Any]:
    """The consent columns ``_post_payment`` reads, taken from a joined payment row."""
    keys = (
        "creditor_scheme",
        "creditor_id",
        "creditor_name",
        "amount_minor",
        "currency",
        "debtor_account_id",
        "request_json",
    )
    return {key: payment[key] for key in keys}
