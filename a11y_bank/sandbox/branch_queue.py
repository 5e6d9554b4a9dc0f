"""Branch queue tickets (`/branch/queue-tickets`): a number as text, for customers who cannot hear one
called aloud (guideline art. 15(1)).

A customer at an assisted terminal asks for a ticket; the bank gives the next number of the day at that
branch ("A027": the letter says why they queue), says how many people are ahead, and sends the number
by SMS to the phone it has on record, in the customer's language. Staff call the next ticket to a desk:
the ticket becomes Called (with the desk) and the customer gets a second SMS; the desk's previous ticket
becomes Done. There is no estimated wait: a number of minutes would read as a countdown, and none is
promised. Nothing here is secret: the number is shown at the branch anyway; the phone is masked.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from a11y_bank.sandbox import validation as v
from a11y_bank.sandbox.clock import iso
from a11y_bank.sandbox.db import Database
from a11y_bank.sandbox.errors import ApiError, Code, bad_request, forbidden
from a11y_bank.sandbox.language import EN, Text

if TYPE_CHECKING:
    from a11y_bank.sandbox.state import Sandbox

BRANCHES = {"br-demo-1": "a11y bank demo branch"}
"""Known branches (the demo bank has one; a terminal says which branch it stands in)."""
REASON_PREFIX = {"HELP_AT_TERMINAL": "A", "COUNTER_SERVICE": "B"}
"""Why the customer queues -> the letter of their number (as printed tickets do)."""
WAITING, CALLED, DONE = "Waiting", "Called", "Done"
MAX_DESK = 99

SCHEMA = """
CREATE TABLE IF NOT EXISTS queue_tickets (
    id TEXT PRIMARY KEY, branch_id TEXT NOT NULL, day TEXT NOT NULL, serial INTEGER NOT NULL,
    prefix TEXT NOT NULL, seq INTEGER NOT NULL, customer_id TEXT NOT NULL, reason TEXT NOT NULL,
    language TEXT NOT NULL, status TEXT NOT NULL, desk INTEGER, created_at TEXT NOT NULL,
    status_at TEXT NOT NULL, sms_destination TEXT,
    UNIQUE (branch_id, day, serial), UNIQUE (branch_id, day, prefix, seq)
);
CREATE INDEX IF NOT EXISTS queue_tickets_open ON queue_tickets (branch_id, day, status, serial);
"""

TAKEN_SMS = Text(
    "a11y bank: your queue number is {number}. People ahead of you: {ahead}. "
    "Your number will show on the terminal's screen when a desk is free.",
    "a11y 银行：您的排队号码是 {number}。您前面还有 {ahead} 人。轮到您时，号码会显示在终端屏幕上。",
)
CALLED_SMS = Text(
    "a11y bank: number {number}, please go to desk {desk}.",
    "a11y 银行：{number} 号，请到 {desk} 号窗口办理。",
)


def install(db: Database) -> None:
    with db.transaction() as conn:
        for statement in _statements():
            conn.execute(statement)
        columns = {row["name"] for row in conn.execute("PRAGMA table_info(outbox)")}
        if "text" not in columns:  # the outbox carried only codes; a queue SMS is a whole sentence
            conn.execute("ALTER TABLE outbox ADD COLUMN text TEXT")


def _statements() -> list[str]:
    return [s.strip() for s in SCHEMA.split(";") if s.strip()]


# ---- reading ----------------------------------------------------------------------------------------


def _day(now: datetime) -> str:
    return now.date().isoformat()


def _people_ahead(conn: sqlite3.Connection, row: sqlite3.Row) -> int:
    if row["status"] != WAITING:
        return 0
    found = conn.execute(
        "SELECT COUNT(*) FROM queue_tickets WHERE branch_id = ? AND day = ? AND status = ? AND serial < ?",
        (row["branch_id"], row["day"], WAITING, row["serial"]),
    ).fetchone()
    return int(found[0])


def _render(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    data: dict[str, Any] = {
        "TicketId": row["id"],
        "BranchId": row["branch_id"],
        "TicketNumber": _number(row["prefix"], row["seq"]),
        "Reason": row["reason"],
        "Status": row["status"],
        "PeopleAhead": _people_ahead(conn, row),
        "CreationDateTime": row["created_at"],
        "StatusUpdateDateTime": row["status_at"],
    }
    if row["desk"] is not None:
        data["Desk"] = row["desk"]
    if row["sms_destination"]:
        data["TextMessage"] = {"Channel": "SMS", "MaskedDestination": row["sms_destination"]}
    return {"Data": data}


def _number(prefix: str, seq: int) -> str:
    return f"{prefix}{seq:03d}"


def get_ticket(sandbox: Sandbox, customer_id: str, ticket_id: str) -> dict[str, Any]:
    """The customer's own ticket; another customer's or an unknown id gets the same 403."""
    with sandbox.db.transaction() as conn:
        row = conn.execute(
            "SELECT * FROM queue_tickets WHERE id = ? AND customer_id = ?", (ticket_id, customer_id)
        ).fetchone()
        if row is None:
            raise forbidden("No such queue ticket for this customer")
        return _render(conn, row)


# ---- taking a ticket --------------------------------------------------------------------------------


def _branch(data: dict[str, Any]) -> str:
    branch = v.text(data, "BranchId", "Data.BranchId", max_len=40)
    if branch not in BRANCHES:
        raise bad_request(Code.FIELD_INVALID, "No such branch", "Data.BranchId")
    return branch


def _reason(data: dict[str, Any]) -> str:
    reason = data.get("Reason")
    if reason not in REASON_PREFIX:
        raise bad_request(Code.FIELD_INVALID, f"Reason is one of {', '.join(REASON_PREFIX)}", "Data.Reason")
    return str(reason)


def _masked_phone(phone: str) -> str:
    return f"{phone[:3]} *** **** {phone[-4:]}"


def _send_sms(conn: sqlite3.Connection, ticket: sqlite3.Row, text: str, now: datetime) -> str:
    """Write the SMS to the bank's outbox (what `/__sandbox__/outbox` shows); return the masked phone."""
    customer = conn.execute("SELECT phone FROM customers WHERE id = ?", (ticket["customer_id"],)).fetchone()
    destination = _masked_phone(customer["phone"])
    conn.execute(
        "INSERT INTO outbox (challenge_id, customer_id, channel, destination, code, sent_at, text)"
        " VALUES (?,?,?,?,?,?,?)",
        (
            ticket["id"],
            ticket["customer_id"],
            "SMS",
            destination,
            _number(ticket["prefix"], ticket["seq"]),
            iso(now),
            text,
        ),
    )
    return destination


def _open_ticket(conn: sqlite3.Connection, customer_id: str, branch: str, day: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM queue_tickets WHERE customer_id = ? AND branch_id = ? AND day = ?"
        " AND status IN (?, ?) ORDER BY serial LIMIT 1",
        (customer_id, branch, day, WAITING, CALLED),
    ).fetchone()
    return row


def take_ticket(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any], language: str = EN
) -> dict[str, Any]:
    """The next number of the day at the branch, texted to the customer. A customer who already holds
    an open ticket there gets that one again (a second press of "Call staff" never queues twice)."""
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"BranchId", "Reason"}, "Data")
    branch, reason = _branch(data), _reason(data)
    now = sandbox.clock.now()
    day = _day(now)
    held = _open_ticket(conn, customer_id, branch, day)
    if held is not None:
        return _render(conn, held)
    prefix = REASON_PREFIX[reason]
    serial, seq = conn.execute(
        "SELECT COALESCE(MAX(serial), 0) + 1,"
        " COALESCE(MAX(CASE WHEN prefix = ? THEN seq END), 0) + 1"
        " FROM queue_tickets WHERE branch_id = ? AND day = ?",
        (prefix, branch, day),
    ).fetchone()
    ticket_id = f"qt-{uuid.uuid4().hex[:24]}"
    conn.execute(
        "INSERT INTO queue_tickets (id, branch_id, day, serial, prefix, seq, customer_id, reason, language,"
        " status, created_at, status_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            ticket_id,
            branch,
            day,
            serial,
            prefix,
            seq,
            customer_id,
            reason,
            language,
            WAITING,
            iso(now),
            iso(now),
        ),
    )
    row = _ticket(conn, ticket_id)
    text = TAKEN_SMS.in_(language).format(number=_number(prefix, seq), ahead=_people_ahead(conn, row))
    destination = _send_sms(conn, row, text, now)
    conn.execute("UPDATE queue_tickets SET sms_destination = ? WHERE id = ?", (destination, ticket_id))
    return _render(conn, _ticket(conn, ticket_id))


def _ticket(conn: sqlite3.Connection, ticket_id: str) -> sqlite3.Row:
    row: sqlite3.Row = conn.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket_id,)).fetchone()
    return row


# ---- staff: calling the next ticket -----------------------------------------------------------------


def nobody_waiting() -> ApiError:
    return bad_request(Code.QUEUE_EMPTY, "Nobody is waiting at this branch", "Data.BranchId")


def require_staff(conn: sqlite3.Connection, customer_id: str) -> None:
    row = conn.execute("SELECT is_staff FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if row is None or not row["is_staff"]:
        raise forbidden("Only branch staff can call queue tickets")


def _desk(data: dict[str, Any]) -> int:
    desk = data.get("Desk")
    if not (isinstance(desk, int) and not isinstance(desk, bool) and 1 <= desk <= MAX_DESK):
        raise bad_request(Code.FIELD_INVALID, f"Desk is a whole number from 1 to {MAX_DESK}", "Data.Desk")
    return desk


def call_next(sandbox: Sandbox, conn: sqlite3.Connection, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """Staff at `Desk` are free: their previous ticket is Done and the longest-waiting ticket of the day
    is Called to that desk (and texted). Nobody waiting is a 400 result, not raised, so the desk's
    previous ticket still becomes Done."""
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"BranchId", "Desk"}, "Data")
    branch, desk = _branch(data), _desk(data)
    now = sandbox.clock.now()
    conn.execute(
        "UPDATE queue_tickets SET status = ?, status_at = ? WHERE branch_id = ? AND desk = ? AND status = ?",
        (DONE, iso(now), branch, desk, CALLED),
    )
    row = conn.execute(
        "SELECT * FROM queue_tickets WHERE branch_id = ? AND day = ? AND status = ? ORDER BY serial LIMIT 1",
        (branch, _day(now), WAITING),
    ).fetchone()
    if row is None:
        error = nobody_waiting()
        return error.status, error.body()
    conn.execute(
        "UPDATE queue_tickets SET status = ?, desk = ?, status_at = ? WHERE id = ?",
        (CALLED, desk, iso(now), row["id"]),
    )
    called = _ticket(conn, row["id"])
    number = _number(called["prefix"], called["seq"])
    _send_sms(conn, called, CALLED_SMS.in_(called["language"]).format(number=number, desk=desk), now)
    return 200, _render(conn, called)
