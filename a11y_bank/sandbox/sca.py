"""Strong customer authentication: one-time codes for payment consents.

The code is never stored; the challenge keeps an HMAC over the code and the consent's amount, currency and
payee, so a code only works for the exact payment it was sent for. Codes expire after five minutes of
sandbox time and five wrong attempts lock the challenge (and reject the consent). "Sending" a code writes it
to the ``outbox`` table, which the ``/__sandbox__/outbox`` test control reads.
"""

from __future__ import annotations

import hmac
import sqlite3
import uuid
from typing import Any

from a11y_bank.sandbox import crypto
from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.errors import ApiError, Code, bad_request, forbidden
from a11y_bank.sandbox.money import wire
from a11y_bank.sandbox.state import Sandbox

CHANNELS = ("SMS", "EMAIL", "VOICE", "TOKEN")
# Consents a code can authorise: payments, and the extension's money-moving orders (same flow).
PAYMENT_KINDS = (
    "domestic",
    "domestic-scheduled",
    "wealth-subscribe",
    "wealth-redeem",
    "card-action",
    "card-repayment",
    "security-change",
)


def _binding(sandbox: Sandbox, code: str, consent: sqlite3.Row) -> bytes:
    return crypto.code_binding(
        sandbox.hmac_key,
        code,
        amount=wire(consent["amount_minor"], consent["currency"]),
        currency=consent["currency"],
        scheme=consent["creditor_scheme"],
        identification=consent["creditor_id"],
    )


def _masked(channel: str, customer: sqlite3.Row) -> str:
    if channel in ("SMS", "VOICE"):
        phone = customer["phone"]
        return f"{phone[:3]} *** **** {phone[-4:]}"
    if channel == "EMAIL":
        local, _, domain = customer["email"].partition("@")
        return f"{local[0]}***@{domain}"
    return "Security token"


def create_challenge(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    data = body.get("Data") if isinstance(body.get("Data"), dict) else None
    if data is None or not isinstance(data.get("ConsentId"), str):
        raise bad_request(Code.FIELD_MISSING, "Data.ConsentId is required", "Data.ConsentId")
    channel = data.get("Channel")
    if channel not in CHANNELS:
        raise bad_request(Code.FIELD_INVALID, "Channel must be SMS, EMAIL, VOICE or TOKEN", "Data.Channel")
    consent = conn.execute(
        "SELECT * FROM consents WHERE id = ? AND customer_id = ? AND kind IN (?, ?, ?, ?, ?, ?, ?)",
        (data["ConsentId"], customer_id, *PAYMENT_KINDS),
    ).fetchone()
    if consent is None:
        raise forbidden("No such payment consent for this customer")
    if consent["status"] != "AWAU":
        raise bad_request(
            Code.CONSENT_STATUS,
            f"The consent is {consent['status']}, not awaiting authorisation",
            "Data.ConsentId",
        )
    now = sandbox.clock.now()
    code = crypto.new_code()
    challenge_id = f"ch-{uuid.uuid4().hex[:24]}"
    expires = now + sandbox.rules.code_ttl
    customer = conn.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone()
    destination = _masked(channel, customer)
    # Any earlier open challenge for this consent stops working: only the newest code counts.
    conn.execute(
        "UPDATE challenges SET status = 'Superseded' WHERE consent_id = ? AND status = 'Open'",
        (consent["id"],),
    )
    conn.execute(
        "INSERT INTO challenges (id, consent_id, customer_id, channel, code_mac, expires_at, status)"
        " VALUES (?,?,?,?,?,?,'Open')",
        (challenge_id, consent["id"], customer_id, channel, _binding(sandbox, code, consent), iso(expires)),
    )
    conn.execute(
        "INSERT INTO outbox (challenge_id, customer_id, channel, destination, code, sent_at)"
        " VALUES (?,?,?,?,?,?)",
        (challenge_id, customer_id, channel, destination, code, iso(now)),
    )
    return {
        "Data": {
            "ChallengeId": challenge_id,
            "ConsentId": consent["id"],
            "Channel": channel,
            "MaskedDestination": destination,
            "ExpirationDateTime": iso(expires),
            "CodeLength": 6,
        }
    }


def verify(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, challenge_id: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """Check a code. A wrong code is returned as a 400 result rather than raised, so the caller's transaction
    commits the attempt count (raising would roll it back and allow unlimited guesses)."""
    data = body.get("Data") if isinstance(body.get("Data"), dict) else None
    code = data.get("Code") if data else None
    if not isinstance(code, str):
        raise bad_request(Code.FIELD_MISSING, "Data.Code is required", "Data.Code")
    challenge = conn.execute(
        "SELECT * FROM challenges WHERE id = ? AND customer_id = ?", (challenge_id, customer_id)
    ).fetchone()
    if challenge is None:
        raise forbidden("No such challenge for this customer")
    _check_open(sandbox, challenge)
    consent = conn.execute("SELECT * FROM consents WHERE id = ?", (challenge["consent_id"],)).fetchone()
    if consent["status"] != "AWAU":
        raise bad_request(Code.CONSENT_STATUS, f"The consent is {consent['status']}", "Data.Code")
    if not hmac.compare_digest(_binding(sandbox, code, consent), challenge["code_mac"]):
        error = _record_wrong_attempt(sandbox, conn, challenge)
        return error.status, error.body()
    now = iso(sandbox.clock.now())
    conn.execute("UPDATE challenges SET status = 'Verified' WHERE id = ?", (challenge_id,))
    conn.execute("UPDATE consents SET status = 'AUTH', status_at = ? WHERE id = ?", (now, consent["id"]))
    return 200, {
        "Data": {
            "ChallengeId": challenge_id,
            "ConsentId": consent["id"],
            "Status": "Verified",
            "ConsentStatus": "AUTH",
        }
    }


def _check_open(sandbox: Sandbox, challenge: sqlite3.Row) -> None:
    status = challenge["status"]
    if status == "Locked":
        raise bad_request(Code.SCA_LOCKED, "Too many wrong codes; start the payment again", "Data.Code")
    if status in ("Verified", "Superseded"):
        raise bad_request(Code.SCA_USED, "This code is no longer valid; ask for a new one", "Data.Code")
    if parse_iso(challenge["expires_at"]) <= sandbox.clock.now():
        raise bad_request(Code.SCA_EXPIRED, "The code has expired; ask for a new one", "Data.Code")


def _record_wrong_attempt(sandbox: Sandbox, conn: sqlite3.Connection, challenge: sqlite3.Row) -> ApiError:
    attempts = challenge["attempts"] + 1
    left = sandbox.rules.max_code_attempts - attempts
    if left <= 0:
        now = iso(sandbox.clock.now())
        conn.execute(
            "UPDATE challenges SET attempts = ?, status = 'Locked' WHERE id = ?", (attempts, challenge["id"])
        )
        conn.execute(
            "UPDATE consents SET status = 'RJCT', status_at = ? WHERE id = ?", (now, challenge["consent_id"])
        )
        return bad_request(Code.SCA_LOCKED, "Too many wrong codes; the payment was cancelled", "Data.Code")
    conn.execute("UPDATE challenges SET attempts = ? WHERE id = ?", (attempts, challenge["id"]))
    plural = "attempt" if left == 1 else "attempts"
    return bad_request(Code.SCA_WRONG_CODE, f"Wrong code; {left} {plural} left", "Data.Code")
