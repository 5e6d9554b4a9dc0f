"""E-banking enrolment (identity check by account + ID document + code), the customer's profile (code
channels, the opt-in accessibility profile) and signed-in security changes (password, code channels).

Enrolment is for an existing customer, at home or with staff at a branch terminal: the account number and
the ID document number must belong to the same customer (a wrong pair gets one generic answer, so nothing
can be probed); a code then goes to the customer's phone or e-mail on file; completing it sets the
password (rules shown before typing, no hidden maximum), the code channels and, if the customer wants it,
the accessibility profile. Every earlier session is signed out.

A signed-in password or channel change is a consent (``security-change``) authorised with the existing
SCA challenge endpoints; the code is bound to the exact change. Applying it signs out every other session.
Only password hashes are stored, never a password.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from a11y_bank.sandbox import crypto, preferences
from a11y_bank.sandbox import validation as v
from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.db import Database
from a11y_bank.sandbox.errors import Code, bad_request, forbidden

if TYPE_CHECKING:
    from a11y_bank.sandbox.auth import Principal
    from a11y_bank.sandbox.state import Sandbox

SECURITY_KIND = "security-change"
SECURITY_SCHEME = "A11Y.SECURITY"
CHANNELS = ("SMS", "EMAIL", "VOICE", "TOKEN")
NEEDS = ("SCREEN_READER", "LARGE_TEXT", "HIGH_CONTRAST", "KEYBOARD_ONLY", "EXTRA_TIME", "PLAIN_LANGUAGE")
# The maximum is the sign-in endpoint's own limit, published with the rules (never a hidden cut).
PASSWORD_MIN, PASSWORD_MAX = 8, 128
PASSWORD_RULES_TEXT = (
    f"At least {PASSWORD_MIN} characters, with at least one letter and one digit. Spaces and any other "
    f"characters are allowed, and pasting is fine. Up to {PASSWORD_MAX} characters."
)
ENROLMENT_TTL = timedelta(minutes=10)
DEMO_DOCUMENTS = (("cust-liwei", "310101199001011234"), ("cust-alice", "310101199202022345"))

SCHEMA = """
CREATE TABLE IF NOT EXISTS identity_documents (
    customer_id TEXT PRIMARY KEY, document_hash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS profiles (
    customer_id TEXT PRIMARY KEY, channels TEXT NOT NULL, a11y_opt_in INTEGER NOT NULL,
    a11y_needs TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS enrolments (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, code_mac BLOB NOT NULL, channel TEXT NOT NULL,
    expires_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL
)
"""


def _document_hash(number: str) -> bytes:
    return hashlib.sha256(b"a11y-bank-id\x00" + number.strip().upper().encode()).digest()


def install(db: Database, now: datetime) -> None:
    with db.transaction() as conn:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        for customer_id, number in DEMO_DOCUMENTS:
            if conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,)).fetchone():
                conn.execute(
                    "INSERT OR IGNORE INTO identity_documents VALUES (?, ?)",
                    (customer_id, _document_hash(number)),
                )
                conn.execute(
                    "INSERT OR IGNORE INTO profiles VALUES (?, 'SMS,EMAIL', 0, '', ?)",
                    (customer_id, iso(now)),
                )


def password_rules() -> dict[str, Any]:
    return {
        "MinLength": PASSWORD_MIN,
        "MaxLength": PASSWORD_MAX,
        "RequireLetter": True,
        "RequireDigit": True,
        "Text": PASSWORD_RULES_TEXT,
    }


def check_password(password: object, path: str) -> str:
    """The server's own check of the published rules (the client checks the same ones first)."""
    if not isinstance(password, str):
        raise bad_request(Code.FIELD_MISSING, "A password is required", path)
    too_short = len(password) < PASSWORD_MIN
    if too_short or len(password) > PASSWORD_MAX or not any(c.isalpha() for c in password):
        raise bad_request(Code.PASSWORD_NOT_ALLOWED, PASSWORD_RULES_TEXT, path)
    if not any(c.isdigit() for c in password):
        raise bad_request(Code.PASSWORD_NOT_ALLOWED, PASSWORD_RULES_TEXT, path)
    return password


def _channels(value: object, path: str) -> list[str]:
    if (
        not isinstance(value, list)
        or not value
        or any(c not in CHANNELS for c in value)
        or len(set(value)) != len(value)
    ):
        raise bad_request(
            Code.FIELD_INVALID, "Choose one or more of SMS, EMAIL, VOICE, TOKEN, once each", path
        )
    return [c for c in CHANNELS if c in value]


def _profile_input(value: object, path: str) -> tuple[bool, list[str]]:
    obj = v.require_object(value, path)
    v.only_keys(obj, {"OptIn", "Needs"}, path)
    opt_in = obj.get("OptIn")
    if not isinstance(opt_in, bool):
        raise bad_request(Code.FIELD_INVALID, "OptIn is true or false", f"{path}.OptIn")
    needs = obj.get("Needs", [])
    if not isinstance(needs, list) or any(n not in NEEDS for n in needs):
        raise bad_request(Code.FIELD_INVALID, f"Needs are among {', '.join(NEEDS)}", f"{path}.Needs")
    if not opt_in and needs:
        raise bad_request(Code.FIELD_INVALID, "Needs only go with OptIn true", f"{path}.Needs")
    return opt_in, [n for n in NEEDS if n in needs]


def _render_profile(row: sqlite3.Row) -> dict[str, Any]:
    needs = [n for n in row["a11y_needs"].split(",") if n]
    return {
        "CodeChannels": [c for c in row["channels"].split(",") if c],
        "AccessibilityProfile": {"OptIn": bool(row["a11y_opt_in"]), "Needs": needs},
        "PasswordRules": password_rules(),
        "UpdateDateTime": row["updated_at"],
    }


def _profile_row(conn: sqlite3.Connection, customer_id: str) -> sqlite3.Row:
    """The customer's profile; one with SMS only (and no accessibility profile) if none was stored."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM profiles WHERE customer_id = ?", (customer_id,)
    ).fetchone()
    if row is None:
        conn.execute(
            "INSERT INTO profiles VALUES (?, 'SMS', 0, '', '2020-01-01T00:00:00+00:00')", (customer_id,)
        )
        row = conn.execute("SELECT * FROM profiles WHERE customer_id = ?", (customer_id,)).fetchone()
    assert row is not None
    return row


# ---- enrolment ------------------------------------------------------------------------------------------


def start_enrolment(sandbox: Sandbox, conn: sqlite3.Connection, body: dict[str, Any]) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"AccountNumber", "IdDocumentNumber", "Channel"}, "Data")
    account = v.text(data, "AccountNumber", "Data", max_len=34)
    document = v.text(data, "IdDocumentNumber", "Data", max_len=40)
    assert account is not None
    assert document is not None
    channel = data.get("Channel")
    if channel not in ("SMS", "EMAIL"):
        raise bad_request(Code.FIELD_INVALID, "Channel must be SMS or EMAIL", "Data.Channel")
    row = conn.execute(
        "SELECT c.* FROM customers c JOIN accounts a ON a.customer_id = c.id JOIN identity_documents d"
        " ON d.customer_id = c.id WHERE a.identification = ? AND d.document_hash = ?",
        (account.replace(" ", ""), _document_hash(document)),
    ).fetchone()
    if row is None:
        # One answer for every mismatch, so account numbers and documents cannot be probed.
        raise bad_request(Code.IDENTITY_NOT_CONFIRMED, "We could not confirm these details")
    now = sandbox.clock.now()
    enrolment_id = f"enr-{uuid.uuid4().hex[:24]}"
    code = crypto.new_code()
    conn.execute(
        "INSERT INTO enrolments (id, customer_id, code_mac, channel, expires_at, status)"
        " VALUES (?,?,?,?,?,'Open')",
        (enrolment_id, row["id"], _code_mac(sandbox, enrolment_id, code), channel, iso(now + ENROLMENT_TTL)),
    )
    destination = _masked(channel, row)
    conn.execute(
        "INSERT INTO outbox (challenge_id, customer_id, channel, destination, code, sent_at)"
        " VALUES (?,?,?,?,?,?)",
        (enrolment_id, row["id"], channel, destination, code, iso(now)),
    )
    return {
        "Data": {
            "EnrolmentId": enrolment_id,
            "Channel": channel,
            "MaskedDestination": destination,
            "ExpirationDateTime": iso(now + ENROLMENT_TTL),
            "CodeLength": 6,
            "PasswordRules": password_rules(),
        }
    }


def _masked(channel: str, customer: sqlite3.Row) -> str:
    if channel == "SMS":
        phone = customer["phone"]
        return f"{phone[:3]} *** **** {phone[-4:]}"
    local, _, domain = customer["email"].partition("@")
    return f"{local[0]}***@{domain}"


def _code_mac(sandbox: Sandbox, enrolment_id: str, code: str) -> bytes:
    return hmac.new(sandbox.hmac_key, f"enrol\x00{enrolment_id}\x00{code}".encode(), hashlib.sha256).digest()


def complete_enrolment(
    sandbox: Sandbox, conn: sqlite3.Connection, enrolment_id: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """Check the code (a wrong one is returned, not raised, so the attempt count commits), then set the
    password, channels and profile and sign out every session."""
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"Code", "Password", "CodeChannels", "AccessibilityProfile"}, "Data")
    enrolment = conn.execute("SELECT * FROM enrolments WHERE id = ?", (enrolment_id,)).fetchone()
    if enrolment is None:
        raise forbidden("No such enrolment")
    password = check_password(data.get("Password"), "Data.Password")
    channels = _channels(data.get("CodeChannels"), "Data.CodeChannels")
    opt_in, needs = _profile_input(
        data.get("AccessibilityProfile", {"OptIn": False}), "Data.AccessibilityProfile"
    )
    if enrolment["status"] != "Open":
        raise bad_request(Code.SCA_USED, "This enrolment is finished; start again", "Data.Code")
    if parse_iso(enrolment["expires_at"]) <= sandbox.clock.now():
        raise bad_request(Code.SCA_EXPIRED, "The code has expired; start again", "Data.Code")
    code = data.get("Code")
    if not isinstance(code, str) or not hmac.compare_digest(
        _code_mac(sandbox, enrolment_id, code), enrolment["code_mac"]
    ):
        attempts = enrolment["attempts"] + 1
        locked = attempts >= sandbox.rules.max_code_attempts
        status = "Locked" if locked else "Open"
        conn.execute(
            "UPDATE enrolments SET attempts = ?, status = ? WHERE id = ?", (attempts, status, enrolment_id)
        )
        left = sandbox.rules.max_code_attempts - attempts
        error = bad_request(
            Code.SCA_LOCKED if locked else Code.SCA_WRONG_CODE,
            "Too many wrong codes; start again" if locked else f"Wrong code; {left} attempts left",
            "Data.Code",
        )
        return error.status, error.body()
    customer_id = enrolment["customer_id"]
    now = sandbox.clock.now()
    _set_password(conn, customer_id, password)
    conn.execute(
        "UPDATE profiles SET channels = ?, a11y_opt_in = ?, a11y_needs = ?, updated_at = ?"
        " WHERE customer_id = ?",
        (",".join(channels), int(opt_in), ",".join(needs), iso(now), customer_id),
    )
    if not opt_in:
        preferences.forget(conn, customer_id)  # re-enrolling without the opt-in keeps nothing of it
    conn.execute("UPDATE enrolments SET status = 'Completed' WHERE id = ?", (enrolment_id,))
    conn.execute("UPDATE tokens SET revoked = 1 WHERE customer_id = ?", (customer_id,))
    username = conn.execute("SELECT username FROM customers WHERE id = ?", (customer_id,)).fetchone()[0]
    return 201, {
        "Data": {
            "CustomerId": customer_id,
            "Username": username,
            **_render_profile(_profile_row(conn, customer_id)),
        }
    }


def _set_password(conn: sqlite3.Connection, customer_id: str, password: str) -> None:
    salt = os.urandom(16)
    conn.execute(
        "UPDATE customers SET password_salt = ?, password_hash = ? WHERE id = ?",
        (salt, crypto.hash_password(password, salt), customer_id),
    )


# ---- profile (signed in) --------------------------------------------------------------------------------


def get_profile(sandbox: Sandbox, customer_id: str) -> dict[str, Any]:
    with sandbox.db.transaction() as conn:
        return {"Data": _render_profile(_profile_row(conn, customer_id))}


def set_accessibility(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Opt in or out at any time, in one step: it only changes how the bank serves the customer."""
    data = v.require_object(body.get("Data"), "Data")
    opt_in, needs = _profile_input(data, "Data")
    _profile_row(conn, customer_id)
    conn.execute(
        "UPDATE profiles SET a11y_opt_in = ?, a11y_needs = ?, updated_at = ? WHERE customer_id = ?",
        (int(opt_in), ",".join(needs), iso(sandbox.clock.now()), customer_id),
    )
    if not opt_in:
        preferences.forget(conn, customer_id)  # opting out removes the kept preferences too
    return {"Data": _render_profile(_profile_row(conn, customer_id))}


# ---- security changes (signed in, with the code) --------------------------------------------------------


def create_change(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"Type", "NewPassword", "CodeChannels"}, "Data")
    change = data.get("Type")
    if change == "PASSWORD":
        password = check_password(data.get("NewPassword"), "Data.NewPassword")
        salt = os.urandom(16)
        digest = crypto.hash_password(password, salt)
        request = {"Type": change, "Salt": salt.hex(), "Hash": digest.hex()}
        binding = hashlib.sha256(digest).hexdigest()[:32]  # the code is bound to this exact password
    elif change == "CODE_CHANNELS":
        channels = _channels(data.get("CodeChannels"), "Data.CodeChannels")
        request = {"Type": change, "CodeChannels": channels}
        binding = ",".join(channels)
    else:
        raise bad_request(Code.FIELD_INVALID, "Type must be PASSWORD or CODE_CHANNELS", "Data.Type")
    now = sandbox.clock.now()
    consent_id = f"sec-{uuid.uuid4().hex[:24]}"
    conn.execute(
        "INSERT INTO consents (id, customer_id, kind, status, created_at, status_at, request_json,"
        " amount_minor, currency, creditor_scheme, creditor_id, creditor_name)"
        " VALUES (?,?,?,'AWAU',?,?,?,0,'CNY',?,?,?)",
        (
            consent_id,
            customer_id,
            SECURITY_KIND,
            iso(now),
            iso(now),
            json.dumps(request),
            SECURITY_SCHEME,
            binding,
            change,
        ),
    )
    return _render_change(conn.execute("SELECT * FROM consents WHERE id = ?", (consent_id,)).fetchone())


def _render_change(row: sqlite3.Row) -> dict[str, Any]:
    request = json.loads(row["request_json"])
    data: dict[str, Any] = {
        "ConsentId": row["id"],
        "Type": request["Type"],
        "Status": row["status"],
        "StatusUpdateDateTime": row["status_at"],
    }
    if "CodeChannels" in request:
        data["CodeChannels"] = request["CodeChannels"]
    return {"Data": data}


def apply_change(
    sandbox: Sandbox, conn: sqlite3.Connection, principal: Principal, body: dict[str, Any]
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"ConsentId"}, "Data")
    consent_id = v.text(data, "ConsentId", "Data", max_len=128)
    row = conn.execute(
        "SELECT * FROM consents WHERE id = ? AND customer_id = ? AND kind = ?",
        (consent_id, principal.customer_id, SECURITY_KIND),
    ).fetchone()
    if row is None:
        raise forbidden("No such change for this customer")
    if row["status"] == "COND":
        raise bad_request(Code.CONSENT_CONSUMED, "This change was already made", "Data.ConsentId")
    if row["status"] != "AUTH":
        raise bad_request(Code.CONSENT_STATUS, f"The change is {row['status']}", "Data.ConsentId")
    request = json.loads(row["request_json"])
    now = iso(sandbox.clock.now())
    if request["Type"] == "PASSWORD":
        conn.execute(
            "UPDATE customers SET password_salt = ?, password_hash = ? WHERE id = ?",
            (bytes.fromhex(request["Salt"]), bytes.fromhex(request["Hash"]), principal.customer_id),
        )
    else:
        _profile_row(conn, principal.customer_id)
        conn.execute(
            "UPDATE profiles SET channels = ?, updated_at = ? WHERE customer_id = ?",
            (",".join(request["CodeChannels"]), now, principal.customer_id),
        )
    others = (principal.customer_id, principal.token_family)
    signed_out = conn.execute(
        "SELECT COUNT(DISTINCT family) FROM tokens WHERE customer_id = ? AND family != ? AND revoked = 0",
        others,
    ).fetchone()[0]
    conn.execute("UPDATE tokens SET revoked = 1 WHERE customer_id = ? AND family != ?", others)
    conn.execute("UPDATE consents SET status = 'COND', status_at = ? WHERE id = ?", (now, row["id"]))
    out = _render_change(conn.execute("SELECT * FROM consents WHERE id = ?", (row["id"],)).fetchone())
    out["Data"]["OtherSessionsSignedOut"] = int(signed_out)
    return out
