"""Sign-in, opaque bearer tokens (hashed at rest, expiring, refresh rotation) and request authentication."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from a11y_bank.sandbox import crypto
from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.errors import ApiError, Code, unauthorised
from a11y_bank.sandbox.state import Sandbox


@dataclass(frozen=True)
class Principal:
    customer_id: str
    token_family: str
    token_hash: bytes


def sign_in(sandbox: Sandbox, username: str, password: str) -> dict[str, Any]:
    row = sandbox.db.one("SELECT * FROM customers WHERE username = ?", (username,))
    if row is None or not crypto.password_matches(password, row["password_salt"], row["password_hash"]):
        raise ApiError(401, Code.FIELD_INVALID, "Wrong username or password")
    with sandbox.db.transaction() as conn:
        return _issue(sandbox, conn, row, family=uuid.uuid4().hex)


def mint(sandbox: Sandbox, *, customer_id: str | None = None, username: str | None = None) -> dict[str, Any]:
    """Tokens without a password, for the ``/__sandbox__/token`` test control only."""
    row = sandbox.db.one(
        "SELECT * FROM customers WHERE id = ? OR username = ?", (customer_id or "", username or "")
    )
    if row is None:
        raise ApiError(400, Code.FIELD_INVALID, "No such customer", "Data")
    with sandbox.db.transaction() as conn:
        return _issue(sandbox, conn, row, family=uuid.uuid4().hex)


def refresh(sandbox: Sandbox, refresh_token: str) -> dict[str, Any]:
    hashed = crypto.token_hash(refresh_token)
    now = sandbox.clock.now()
    with sandbox.db.transaction() as conn:
        row = conn.execute(
            "SELECT * FROM tokens WHERE token_hash = ? AND kind = 'refresh'", (hashed,)
        ).fetchone()
        if row is None or parse_iso(row["expires_at"]) <= now:
            raise unauthorised()
        if row["revoked"]:
            # A rotated refresh token came back: someone holds a copy, so end the whole family.
            conn.execute("UPDATE tokens SET revoked = 1 WHERE family = ?", (row["family"],))
            return_error = unauthorised()
        else:
            conn.execute("UPDATE tokens SET revoked = 1 WHERE family = ?", (row["family"],))
            customer = conn.execute("SELECT * FROM customers WHERE id = ?", (row["customer_id"],)).fetchone()
            return _issue(sandbox, conn, customer, family=row["family"])
    raise return_error


def sign_out(sandbox: Sandbox, principal: Principal) -> None:
    with sandbox.db.transaction() as conn:
        conn.execute("UPDATE tokens SET revoked = 1 WHERE family = ?", (principal.token_family,))


def authenticate(sandbox: Sandbox, authorization: str | None) -> Principal:
    if not authorization or not authorization.startswith("Bearer "):
        raise unauthorised()
    hashed = crypto.token_hash(authorization.removeprefix("Bearer ").strip())
    row = sandbox.db.one("SELECT * FROM tokens WHERE token_hash = ? AND kind = 'access'", (hashed,))
    if row is None or row["revoked"] or parse_iso(row["expires_at"]) <= sandbox.clock.now():
        raise unauthorised()
    return Principal(row["customer_id"], row["family"], hashed)


def _issue(sandbox: Sandbox, conn: sqlite3.Connection, customer: sqlite3.Row, family: str) -> dict[str, Any]:
    now = sandbox.clock.now()
    access, refresh_token = crypto.new_token(), crypto.new_token()
    rules = sandbox.rules
    conn.executemany(
        "INSERT INTO tokens (token_hash, customer_id, kind, family, expires_at) VALUES (?,?,?,?,?)",
        [
            (crypto.token_hash(access), customer["id"], "access", family, iso(now + rules.access_token_ttl)),
            (
                crypto.token_hash(refresh_token),
                customer["id"],
                "refresh",
                family,
                iso(now + rules.refresh_token_ttl),
            ),
        ],
    )
    return {
        "Data": {
            "AccessToken": access,
            "RefreshToken": refresh_token,
            "ExpiresIn": int(rules.access_token_ttl.total_seconds()),
            "TokenType": "Bearer",
            "CustomerId": customer["id"],
            "DisplayName": customer["display_name"],
            "IsStaff": bool(customer["is_staff"]),
        }
    }
