"""The 24-hour idempotency store, keyed by (customer, x-idempotency-key) with a hash of route and body.

The check, the operation and the stored response commit in one transaction, so a retry after a lost
response gets exactly the first response and never a second resource.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from typing import Any

from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.errors import Code, bad_request
from a11y_bank.sandbox.state import Sandbox

Operation = Callable[[sqlite3.Connection], tuple[int, dict[str, Any]]]


def _body_hash(route: str, body: bytes) -> bytes:
    try:
        canonical = json.dumps(json.loads(body or b"null"), sort_keys=True, separators=(",", ":")).encode()
    except json.JSONDecodeError:
        canonical = body
    return hashlib.sha256(route.encode() + b"\x00" + canonical).digest()


def run_once(
    sandbox: Sandbox, owner: str, key: str, *, route: str, body: bytes, operation: Operation
) -> tuple[int, dict[str, Any]]:
    """Run ``operation`` once per (owner, key); replay its stored 2xx response for the same request."""
    digest = _body_hash(route, body)
    now = sandbox.clock.now()
    with sandbox.db.transaction() as conn:
        row = conn.execute("SELECT * FROM idempotency WHERE owner = ? AND key = ?", (owner, key)).fetchone()
        if row is not None and parse_iso(row["created_at"]) + sandbox.rules.idempotency_ttl <= now:
            conn.execute("DELETE FROM idempotency WHERE owner = ? AND key = ?", (owner, key))
            row = None
        if row is not None:
            if row["body_hash"] != digest:
                raise bad_request(
                    Code.IDEMPOTENCY_CONFLICT,
                    "This x-idempotency-key was already used with a different request",
                    "x-idempotency-key",
                )
            stored: dict[str, Any] = json.loads(row["response"])
            return int(row["status"]), stored
        status, response = operation(conn)
        if status >= 300:
            # A failure the operation chose to commit (e.g. a wrong SCA code is counted); not replayed.
            return status, response
        conn.execute(
            "INSERT INTO idempotency VALUES (?,?,?,?,?,?,?)",
            (owner, key, route, digest, status, json.dumps(response).encode(), iso(now)),
        )
        return status, response
