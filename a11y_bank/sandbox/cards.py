"""Cards without a phone call: list (masked numbers), freeze in one step, and the actions that need a code
(unfreeze, activate, report lost or stolen with a replacement, limits) and credit card repayments through
the same review -> SCA code -> execute flow as payments.

A card action or a repayment is a consent (``card-action`` / ``card-repayment``) that the existing SCA
challenge endpoints authorise; the code is bound to the amount (0.00 for an action), the currency and the
card. Executing consumes the consent once, under the caller's idempotency key, so a retried repayment can
never pay twice. Full card numbers never leave the bank: only the last four digits are shown.

A credit card's balance lives on its own ledger account (negative = owed); purchases are seeded entries
against card acquiring, repayments move money from one of the customer's accounts to it.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from decimal import ROUND_UP, Decimal
from typing import TYPE_CHECKING, Any

from a11y_bank.sandbox import validation as v
from a11y_bank.sandbox.clock import iso
from a11y_bank.sandbox.db import Database, Posting, post_entry
from a11y_bank.sandbox.errors import Code, bad_request, forbidden
from a11y_bank.sandbox.language import EN, Text
from a11y_bank.sandbox.money import from_minor, parse_amount, to_minor, wire

if TYPE_CHECKING:
    from a11y_bank.sandbox.state import Sandbox

ACTION_KIND, REPAYMENT_KIND = "card-action", "card-repayment"
CARD_SCHEME = "A11Y.CARD"
ACTIONS = ("UNFREEZE", "ACTIVATE", "REPORT_LOST", "REPORT_STOLEN", "SET_LIMITS")
OPTIONS = ("FULL", "MINIMUM", "AMOUNT")
MINIMUM_FLOOR_MINOR = 10000  # 100.00 CNY
MINIMUM_RATE = Decimal("0.05")
DUE_AFTER = timedelta(days=25)
MAX_LIMIT_MINOR = 10_000_000  # 100 000.00 CNY a day

SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
    pan TEXT NOT NULL, expiry TEXT NOT NULL, status TEXT NOT NULL, account_id TEXT NOT NULL,
    purchase_limit_minor INTEGER NOT NULL, cash_limit_minor INTEGER NOT NULL, online INTEGER NOT NULL,
    replaces TEXT, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS card_operations (
    id TEXT PRIMARY KEY, consent_id TEXT UNIQUE NOT NULL, customer_id TEXT NOT NULL, card_id TEXT NOT NULL,
    kind TEXT NOT NULL, amount_minor INTEGER NOT NULL, result_json TEXT NOT NULL, created_at TEXT NOT NULL
)
"""

# (id, customer, type, name, pan, expiry, status, account)
DEMO_CARDS = (
    (
        "card-lw-debit",
        "cust-liwei",
        "DEBIT",
        "Debit card",
        "6222020211114321",
        "2029-08",
        "ACTIVE",
        "acc-lw-cur",
    ),
    (
        "card-lw-new",
        "cust-liwei",
        "DEBIT",
        "New debit card",
        "6222020233338765",
        "2031-10",
        "INACTIVE",
        "acc-lw-cur",
    ),
    (
        "card-lw-credit",
        "cust-liwei",
        "CREDIT",
        "Credit card",
        "6258101122223344",
        "2028-03",
        "ACTIVE",
        "int-card-lw",
    ),
    (
        "card-al-debit",
        "cust-alice",
        "DEBIT",
        "Debit card",
        "6217000044445555",
        "2030-01",
        "ACTIVE",
        "acc-al-cur",
    ),
    (
        "card-al-credit",
        "cust-alice",
        "CREDIT",
        "Credit card",
        "6258101166667777",
        "2029-05",
        "ACTIVE",
        "int-card-al",
    ),
)
CREDIT_ACCOUNTS = (
    ("int-card-lw", "9990000000000000006", "Credit card Li Wei"),
    ("int-card-al", "9990000000000000007", "Credit card Alice Chen"),
)
# The bank's card product names in each language it writes; the cards table keeps the English one.
CARD_NAMES = {
    "Debit card": Text("Debit card", "借记卡"),
    "New debit card": Text("New debit card", "新借记卡"),
    "Credit card": Text("Credit card", "信用卡"),
}
# The bank's own statement line for a repayment; the card's masked number follows it.
REPAYMENT_LINE = Text("Credit card repayment", "信用卡还款")
DEMO_PURCHASES = (
    (40, 128000, "Suning Appliances"),
    (35, 35650, "JD.com"),
    (33, 8990, "Didi"),
    (1, 4500, "Luckin"),
)


def install(db: Database, now: datetime) -> None:
    """Create the card tables and the demo cards with a few credit card purchases (idempotent)."""
    with db.transaction() as conn:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        if conn.execute("SELECT 1 FROM cards LIMIT 1").fetchone() is not None:
            return
        if conn.execute("SELECT 1 FROM customers WHERE id = 'cust-liwei'").fetchone() is None:
            return  # not the demo bank
        for account_id, identification, name in CREDIT_ACCOUNTS:
            conn.execute(
                "INSERT INTO accounts (id, customer_id, currency, scheme, identification, name, kind,"
                " type_code, opened_at) VALUES (?, NULL, 'CNY', ?, ?, ?, 'internal', 'OTHR', ?)",
                (account_id, v.BBAN, identification, name, iso(now - timedelta(days=400))),
            )
        for card in DEMO_CARDS:
            conn.execute(
                "INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,500000,200000,1,NULL,?)", (*card, iso(now))
            )
        for account_id, _, _ in CREDIT_ACCOUNTS:
            for days, minor, merchant in DEMO_PURCHASES:
                post_entry(
                    conn,
                    entry_id=f"card-demo-{account_id}-{days}",
                    booked_at=iso(now - timedelta(days=days)),
                    kind="card",
                    description=merchant,
                    debit=Posting(account_id, -minor, merchant),
                    credit=Posting("int-acquiring-cny", minor, None),
                    merchant=merchant,
                )


# ---- reading --------------------------------------------------------------------------------------------


def _card(conn: sqlite3.Connection, customer_id: str, card_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM cards WHERE id = ? AND customer_id = ?", (card_id, customer_id)
    ).fetchone()
    if row is None:
        raise forbidden("No such card for this customer")
    return row


def masked(pan: str) -> str:
    return f"**** **** **** {pan[-4:]}"


def card_name(stored: str, language: str) -> str:
    """A card's product name in `language`; a name the bank has no translation for stays as stored."""
    known = CARD_NAMES.get(stored)
    return known.in_(language) if known is not None else stored


def statement_line(description: str, kind: str, language: str) -> str:
    """A statement line in `language`: the bank's own repayment line is translated; what a merchant
    wrote (the name it trades under) stays as the merchant sent it."""
    prefix = f"{REPAYMENT_LINE.en} "
    if kind == "card-repayment" and description.startswith(prefix):
        return f"{REPAYMENT_LINE.in_(language)} {description.removeprefix(prefix)}"
    return description


def render_card(row: sqlite3.Row, language: str = EN) -> dict[str, Any]:
    out: dict[str, Any] = {
        "CardId": row["id"],
        "Type": row["type"],
        "Name": card_name(row["name"], language),
        "MaskedNumber": masked(row["pan"]),
        "ExpiryDate": row["expiry"],
        "Status": row["status"],
        "Limits": {
            "DailyPurchase": {"Amount": wire(row["purchase_limit_minor"], "CNY"), "Currency": "CNY"},
            "DailyCashWithdrawal": {"Amount": wire(row["cash_limit_minor"], "CNY"), "Currency": "CNY"},
            "OnlinePayments": bool(row["online"]),
        },
    }
    if row["type"] == "DEBIT":
        out["AccountId"] = row["account_id"]
    if row["replaces"]:
        out["Replaces"] = row["replaces"]
    return out


def list_cards(sandbox: Sandbox, customer_id: str, language: str = EN) -> dict[str, Any]:
    rows = sandbox.db.query(
        "SELECT * FROM cards WHERE customer_id = ? ORDER BY type = 'CREDIT', created_at, id", (customer_id,)
    )
    return {"Data": {"Card": [render_card(r, language) for r in rows]}}


def get_card(sandbox: Sandbox, customer_id: str, card_id: str, language: str = EN) -> dict[str, Any]:
    with sandbox.db.transaction() as conn:
        return {"Data": render_card(_card(conn, customer_id, card_id), language)}


# ---- freeze: one step, no code (it only protects) ------------------------------------------------------


def freeze(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, card_id: str, language: str = EN
) -> dict[str, Any]:
    card = _card(conn, customer_id, card_id)
    if card["status"] in ("BLOCKED", "INACTIVE"):
        raise bad_request(Code.CARD_STATE, f"A card that is {card['status'].lower()} cannot be frozen")
    conn.execute("UPDATE cards SET status = 'FROZEN' WHERE id = ?", (card_id,))
    return {"Data": render_card(_card(conn, customer_id, card_id), language)}


# ---- statement ------------------------------------------------------------------------------------------


def _statement_date(now: datetime) -> datetime:
    return datetime(now.year, now.month, 1, tzinfo=UTC)


def statement_figures(conn: sqlite3.Connection, card: sqlite3.Row, now: datetime) -> dict[str, int]:
    """Owed at the statement date, owed now, repaid since, and the minimum still due (minor units)."""
    account = card["account_id"]
    cut = iso(_statement_date(now))
    closing = -int(
        conn.execute(
            "SELECT COALESCE(SUM(amount_minor), 0) FROM postings WHERE account_id = ? AND booked_at < ?",
            (account, cut),
        ).fetchone()[0]
    )
    repaid = int(
        conn.execute(
            "SELECT COALESCE(SUM(amount_minor), 0) FROM postings WHERE account_id = ? AND booked_at >= ?"
            " AND amount_minor > 0",
            (account, cut),
        ).fetchone()[0]
    )
    current = -int(conn.execute("SELECT balance_minor FROM accounts WHERE id = ?", (account,)).fetchone()[0])
    minimum = 0
    if closing > 0:
        share = (from_minor(closing, "CNY") * MINIMUM_RATE).quantize(Decimal("0.01"), ROUND_UP)
        minimum = min(closing, max(MINIMUM_FLOOR_MINOR, to_minor(share, "CNY")))
    return {
        "closing": max(0, closing),
        "current": max(0, current),
        "minimum_due": max(0, min(minimum - repaid, current)),
    }


def _amount(minor: int) -> dict[str, str]:
    return {"Amount": wire(minor, "CNY"), "Currency": "CNY"}


def statement(sandbox: Sandbox, customer_id: str, card_id: str, language: str = EN) -> dict[str, Any]:
    now = sandbox.clock.now()
    with sandbox.db.transaction() as conn:
        card = _card(conn, customer_id, card_id)
        if card["type"] != "CREDIT":
            raise bad_request(Code.CARD_STATE, "Only credit cards have a statement")
        figures = statement_figures(conn, card, now)
        rows = conn.execute(
            "SELECT p.amount_minor, p.booked_at, e.description, e.kind FROM postings p"
            " JOIN entries e ON e.id = p.entry_id WHERE p.account_id = ?"
            " ORDER BY p.booked_at DESC, p.id DESC LIMIT 50",
            (card["account_id"],),
        ).fetchall()
    issued = _statement_date(now)
    return {
        "Data": {
            "CardId": card_id,
            "StatementDate": issued.date().isoformat(),
            "DueDate": (issued + DUE_AFTER).date().isoformat(),
            "StatementBalance": _amount(figures["closing"]),
            "CurrentBalance": _amount(figures["current"]),
            "MinimumPaymentDue": _amount(figures["minimum_due"]),
            "Transaction": [
                {
                    "BookingDateTime": r["booked_at"],
                    "Description": statement_line(r["description"], r["kind"], language),
                    "Amount": _amount(abs(r["amount_minor"])),
                    "CreditDebitIndicator": "Credit" if r["amount_minor"] > 0 else "Debit",
                }
                for r in rows
            ],
        }
    }


# ---- consents for actions and repayments --------------------------------------------------------------


def _limits(data: dict[str, Any]) -> dict[str, Any]:
    limits = v.require_object(data.get("Limits"), "Data.Limits")
    v.only_keys(limits, {"DailyPurchase", "DailyCashWithdrawal", "OnlinePayments"}, "Data.Limits")
    out: dict[str, Any] = {}
    for name in ("DailyPurchase", "DailyCashWithdrawal"):
        if name in limits:
            amount = v.require_object(limits[name], f"Data.Limits.{name}")
            minor = parse_amount(
                amount.get("Amount"), str(amount.get("Currency")), f"Data.Limits.{name}.Amount"
            )
            if minor > MAX_LIMIT_MINOR:
                raise bad_request(
                    Code.FIELD_INVALID, "The highest daily limit is 100000.00", f"Data.Limits.{name}"
                )
            out[name] = minor
    if "OnlinePayments" in limits:
        if not isinstance(limits["OnlinePayments"], bool):
            raise bad_request(
                Code.FIELD_INVALID, "OnlinePayments is true or false", "Data.Limits.OnlinePayments"
            )
        out["OnlinePayments"] = limits["OnlinePayments"]
    if not out:
        raise bad_request(Code.FIELD_MISSING, "Give at least one limit", "Data.Limits")
    return out


_ALLOWED_FROM = {
    "UNFREEZE": ("FROZEN",),
    "ACTIVATE": ("INACTIVE",),
    "REPORT_LOST": ("ACTIVE", "FROZEN", "INACTIVE"),
    "REPORT_STOLEN": ("ACTIVE", "FROZEN", "INACTIVE"),
    "SET_LIMITS": ("ACTIVE", "FROZEN", "INACTIVE"),
}


def _insert_consent(
    conn: sqlite3.Connection,
    now: datetime,
    customer_id: str,
    kind: str,
    request: dict[str, Any],
    *,
    account_id: str | None,
    amount_minor: int,
    card_id: str,
) -> str:
    consent_id = f"{'cac' if kind == ACTION_KIND else 'ccr'}-{uuid.uuid4().hex[:24]}"
    conn.execute(
        "INSERT INTO consents (id, customer_id, kind, status, created_at, status_at, request_json,"
        " debtor_account_id, amount_minor, currency, creditor_scheme, creditor_id, creditor_name)"
        " VALUES (?,?,?,'AWAU',?,?,?,?,?,'CNY',?,?,?)",
        (
            consent_id,
            customer_id,
            kind,
            iso(now),
            iso(now),
            json.dumps(request),
            account_id,
            amount_minor,
            CARD_SCHEME,
            card_id,
            request.get("Action") or "REPAYMENT",
        ),
    )
    return consent_id


def create_action_consent(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"CardId", "Action", "Limits"}, "Data")
    card_id = v.text(data, "CardId", "Data", max_len=40)
    assert card_id is not None
    action = data.get("Action")
    if action not in ACTIONS:
        raise bad_request(Code.FIELD_INVALID, f"Action must be one of {', '.join(ACTIONS)}", "Data.Action")
    card = _card(conn, customer_id, card_id)
    if card["status"] not in _ALLOWED_FROM[action]:
        raise bad_request(Code.CARD_STATE, f"This card is {card['status'].lower()}", "Data.Action")
    request: dict[str, Any] = {"Action": action}
    if action == "SET_LIMITS":
        request["Limits"] = _limits(data)
    elif "Limits" in data:
        raise bad_request(Code.FIELD_UNEXPECTED, "Limits only go with SET_LIMITS", "Data.Limits")
    consent_id = _insert_consent(
        conn,
        sandbox.clock.now(),
        customer_id,
        ACTION_KIND,
        request,
        account_id=None,
        amount_minor=0,
        card_id=card_id,
    )
    return _render_consent(conn, consent_id)


def create_repayment_consent(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"CardId", "FromAccountId", "Option", "Amount"}, "Data")
    card_id = v.text(data, "CardId", "Data", max_len=40)
    from_id = v.text(data, "FromAccountId", "Data", max_len=40)
    assert card_id is not None
    assert from_id is not None
    card = _card(conn, customer_id, card_id)
    if card["type"] != "CREDIT":
        raise bad_request(Code.CARD_STATE, "Only a credit card can be repaid", "Data.CardId")
    source = conn.execute(
        "SELECT currency FROM accounts WHERE id = ? AND customer_id = ?", (from_id, customer_id)
    ).fetchone()
    if source is None:
        raise bad_request(Code.ACCOUNT_INVALID, "That is not one of your accounts", "Data.FromAccountId")
    if source["currency"] != "CNY":
        raise bad_request(Code.CURRENCY_NOT_ALLOWED, "Repay from a CNY account", "Data.FromAccountId")
    figures = statement_figures(conn, card, sandbox.clock.now())
    amount = _repayment_amount(data, figures)
    request = {"Option": data.get("Option"), "FromAccountId": from_id}
    consent_id = _insert_consent(
        conn,
        sandbox.clock.now(),
        customer_id,
        REPAYMENT_KIND,
        request,
        account_id=from_id,
        amount_minor=amount,
        card_id=card_id,
    )
    return _render_consent(conn, consent_id)


def _repayment_amount(data: dict[str, Any], figures: dict[str, int]) -> int:
    option = data.get("Option")
    if option not in OPTIONS:
        raise bad_request(Code.FIELD_INVALID, "Option must be FULL, MINIMUM or AMOUNT", "Data.Option")
    if option == "AMOUNT":
        amount = v.require_object(data.get("Amount"), "Data.Amount")
        if amount.get("Currency") != "CNY":
            raise bad_request(Code.CURRENCY_NOT_ALLOWED, "Repay in CNY", "Data.Amount.Currency")
        chosen = parse_amount(amount.get("Amount"), "CNY", "Data.Amount.Amount")
        if chosen > figures["current"]:
            raise bad_request(Code.CARD_OVERPAY, "That is more than you owe", "Data.Amount.Amount")
        return chosen
    if "Amount" in data:
        raise bad_request(Code.FIELD_UNEXPECTED, "Amount only goes with AMOUNT", "Data.Amount")
    due = figures["current"] if option == "FULL" else figures["minimum_due"]
    if due <= 0:
        raise bad_request(Code.CARD_OVERPAY, "Nothing is due", "Data.Option")
    return due


def _consent(conn: sqlite3.Connection, customer_id: str, consent_id: str, kind: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM consents WHERE id = ? AND customer_id = ? AND kind = ?",
        (consent_id, customer_id, kind),
    ).fetchone()
    if row is None:
        raise forbidden("No such consent for this customer")
    return row


def _render_consent(conn: sqlite3.Connection, consent_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM consents WHERE id = ?", (consent_id,)).fetchone()
    request = json.loads(row["request_json"])
    data: dict[str, Any] = {
        "ConsentId": row["id"],
        "Status": row["status"],
        "StatusUpdateDateTime": row["status_at"],
        "CardId": row["creditor_id"],
    }
    if row["kind"] == ACTION_KIND:
        data["Action"] = request["Action"]
        if "Limits" in request:
            data["Limits"] = _render_limits(request["Limits"])
    else:
        data["Option"] = request["Option"]
        data["FromAccountId"] = request["FromAccountId"]
        data["Amount"] = _amount(row["amount_minor"])
    return {"Data": data}


def _render_limits(limits: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        k: _amount(limits[k]) for k in ("DailyPurchase", "DailyCashWithdrawal") if k in limits
    }
    if "OnlinePayments" in limits:
        out["OnlinePayments"] = limits["OnlinePayments"]
    return out


def _usable(conn: sqlite3.Connection, consent: sqlite3.Row) -> None:
    if conn.execute("SELECT 1 FROM card_operations WHERE consent_id = ?", (consent["id"],)).fetchone():
        raise bad_request(Code.CONSENT_CONSUMED, "This consent was already used", "Data.ConsentId")
    if consent["status"] != "AUTH":
        raise bad_request(Code.CONSENT_STATUS, f"The consent is {consent['status']}", "Data.ConsentId")


# ---- executing ------------------------------------------------------------------------------------------


def execute_action(
    sandbox: Sandbox,
    conn: sqlite3.Connection,
    customer_id: str,
    body: dict[str, Any],
    language: str = EN,
) -> dict[str, Any]:
    consent = _consent(conn, customer_id, _consent_id(body), ACTION_KIND)
    _usable(conn, consent)
    request = json.loads(consent["request_json"])
    card = _card(conn, customer_id, consent["creditor_id"])
    action = request["Action"]
    if card["status"] not in _ALLOWED_FROM[action]:
        raise bad_request(Code.CARD_STATE, f"This card is {card['status'].lower()}", "Data.ConsentId")
    now = sandbox.clock.now()
    replacement = None
    if action in {"UNFREEZE", "ACTIVATE"}:
        conn.execute("UPDATE cards SET status = 'ACTIVE' WHERE id = ?", (card["id"],))
    elif action == "SET_LIMITS":
        _apply_limits(conn, card["id"], request["Limits"])
    else:
        conn.execute("UPDATE cards SET status = 'BLOCKED' WHERE id = ?", (card["id"],))
        replacement = _replacement(conn, card, now)
    result = {"Action": action, "Card": render_card(_card(conn, customer_id, card["id"]), language)}
    if replacement is not None:
        result["ReplacementCard"] = render_card(_card(conn, customer_id, replacement), language)
    _record(conn, consent, customer_id=customer_id, kind="ACTION", amount=0, result=result, now=now)
    return {"Data": result}


def _apply_limits(conn: sqlite3.Connection, card_id: str, limits: dict[str, Any]) -> None:
    if "DailyPurchase" in limits:
        conn.execute(
            "UPDATE cards SET purchase_limit_minor = ? WHERE id = ?", (limits["DailyPurchase"], card_id)
        )
    if "DailyCashWithdrawal" in limits:
        conn.execute(
            "UPDATE cards SET cash_limit_minor = ? WHERE id = ?", (limits["DailyCashWithdrawal"], card_id)
        )
    if "OnlinePayments" in limits:
        conn.execute("UPDATE cards SET online = ? WHERE id = ?", (int(limits["OnlinePayments"]), card_id))


def _replacement(conn: sqlite3.Connection, card: sqlite3.Row, now: datetime) -> str:
    """A new card (new number, inactive until the customer activates it) on the same account."""
    new_id = f"card-{uuid.uuid4().hex[:16]}"
    digits = str(int(uuid.uuid4().int % 10**12)).zfill(12)
    expiry = f"{now.year + 5}-{now.month:02d}"
    conn.execute(
        "INSERT INTO cards VALUES (?,?,?,?,?,?,'INACTIVE',?,?,?,?,?,?)",
        (
            new_id,
            card["customer_id"],
            card["type"],
            card["name"],
            card["pan"][:4] + digits,
            expiry,
            card["account_id"],
            card["purchase_limit_minor"],
            card["cash_limit_minor"],
            card["online"],
            card["id"],
            iso(now),
        ),
    )
    return new_id


def _record(
    conn: sqlite3.Connection,
    consent: sqlite3.Row,
    *,
    customer_id: str,
    kind: str,
    amount: int,
    result: dict[str, Any],
    now: datetime,
) -> str:
    operation_id = f"cop-{uuid.uuid4().hex[:24]}"
    result["OperationId"] = operation_id
    result["ConsentId"] = consent["id"]
    result["CreationDateTime"] = iso(now)
    conn.execute(
        "INSERT INTO card_operations VALUES (?,?,?,?,?,?,?,?)",
        (
            operation_id,
            consent["id"],
            customer_id,
            consent["creditor_id"],
            kind,
            amount,
            json.dumps(result),
            iso(now),
        ),
    )
    conn.execute("UPDATE consents SET status = 'COND', status_at = ? WHERE id = ?", (iso(now), consent["id"]))
    return operation_id


def _consent_id(body: dict[str, Any]) -> str:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"ConsentId"}, "Data")
    consent_id = v.text(data, "ConsentId", "Data", max_len=128)
    assert consent_id is not None
    return consent_id


def execute_repayment(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    consent = _consent(conn, customer_id, _consent_id(body), REPAYMENT_KIND)
    _usable(conn, consent)
    card = _card(conn, customer_id, consent["creditor_id"])
    amount = int(consent["amount_minor"])
    source = consent["debtor_account_id"]
    balance = conn.execute("SELECT balance_minor FROM accounts WHERE id = ?", (source,)).fetchone()[0]
    if balance < amount:
        raise bad_request(Code.INSUFFICIENT_FUNDS, "Not enough money in the account", "Data.ConsentId")
    now = sandbox.clock.now()
    entry_id = f"ccr-{uuid.uuid4().hex[:24]}"
    post_entry(
        conn,
        entry_id=entry_id,
        booked_at=iso(now),
        kind="card-repayment",
        description=f"{REPAYMENT_LINE.en} {masked(card['pan'])}",
        debit=Posting(source, -amount, card["name"]),
        credit=Posting(card["account_id"], amount, None),
        payment_id=entry_id,
    )
    result: dict[str, Any] = {
        "CardId": card["id"],
        "FromAccountId": source,
        "Amount": _amount(amount),
        "Status": "Completed",
    }
    _record(conn, consent, customer_id=customer_id, kind="REPAYMENT", amount=amount, result=result, now=now)
    figures = statement_figures(conn, card, now)
    result["CurrentBalance"] = _amount(figures["current"])
    return {"Data": result}
