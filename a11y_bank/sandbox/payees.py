"""Saved payees with a Confirmation-of-Payee-style name check, and the biller list."""

from __future__ import annotations

import difflib
import re
import sqlite3
import unicodedata
import uuid
from typing import Any

from a11y_bank.sandbox import validation as v
from a11y_bank.sandbox.clock import iso
from a11y_bank.sandbox.errors import ApiError, Code, bad_request
from a11y_bank.sandbox.state import Sandbox

CLOSE_RATIO = 0.8
_TITLES = {"mr", "mrs", "ms", "miss", "dr"}


def _normalise(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKC", name).casefold()
    words = re.sub(r"[^\w\s]", " ", plain).split()
    return [w for w in words if w not in _TITLES]


def name_check(holder: str | None, given: str) -> dict[str, Any]:
    """MATCH, CLOSE_MATCH (with the real name), NO_MATCH, or UNAVAILABLE when the account is unknown."""
    if holder is None:
        return {"Result": "UNAVAILABLE"}
    a, b = _normalise(holder), _normalise(given)
    if a == b:
        return {"Result": "MATCH"}
    same_words = sorted(a) == sorted(b)
    ratio = difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio()
    if same_words or ratio >= CLOSE_RATIO or _initials_match(a, b):
        return {"Result": "CLOSE_MATCH", "MatchedName": holder}
    return {"Result": "NO_MATCH"}


def _initials_match(holder: list[str], given: list[str]) -> bool:
    """'L Wei' for 'Li Wei': same surname and the other words reduced to initials."""
    if len(holder) != len(given) or len(holder) < 2 or holder[-1] != given[-1]:
        return False
    return all(h[0] == g[0] and (len(g) == 1 or h == g) for h, g in zip(holder[:-1], given[:-1], strict=True))


def create_beneficiary(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"Reference", "CreditorAccount"}, "Data")
    reference = v.text(data, "Reference", "Data", max_len=35, required=False)
    creditor = v.account_ref(data.get("CreditorAccount"), "Data.CreditorAccount", name_required=True)
    assert creditor.name is not None
    own = conn.execute(
        "SELECT 1 FROM accounts WHERE customer_id = ? AND scheme = ? AND identification = ?",
        (customer_id, creditor.scheme, creditor.identification),
    ).fetchone()
    if own is not None:
        raise bad_request(Code.ACCOUNT_INVALID, "That is one of your own accounts", "Data.CreditorAccount")
    holder = conn.execute(
        "SELECT holder_name FROM directory WHERE scheme = ? AND identification = ?",
        (creditor.scheme, creditor.identification),
    ).fetchone()
    check = name_check(holder["holder_name"] if holder else None, creditor.name)
    beneficiary_id = f"ben-{uuid.uuid4().hex[:24]}"
    conn.execute(
        "INSERT INTO beneficiaries (id, customer_id, scheme, identification, name, reference, name_check,"
        " created_at)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (
            beneficiary_id,
            customer_id,
            creditor.scheme,
            creditor.identification,
            creditor.name,
            reference,
            check["Result"],
            iso(sandbox.clock.now()),
        ),
    )
    result: dict[str, Any] = {
        "BeneficiaryId": beneficiary_id,
        "CreditorAccount": {
            "SchemeName": creditor.scheme,
            "Identification": creditor.identification,
            "Name": creditor.name,
        },
        "NameCheck": check,
    }
    if reference:
        result["Reference"] = reference
    return {"Data": result}


def delete_beneficiary(sandbox: Sandbox, customer_id: str, beneficiary_id: str) -> None:
    with sandbox.db.transaction() as conn:
        row = conn.execute(
            "SELECT deleted FROM beneficiaries WHERE id = ? AND customer_id = ?",
            (beneficiary_id, customer_id),
        ).fetchone()
        if row is None:
            raise ApiError(404, Code.RESOURCE_NOT_FOUND, "No such payee")
        conn.execute("UPDATE beneficiaries SET deleted = 1 WHERE id = ?", (beneficiary_id,))


def billers(sandbox: Sandbox) -> list[dict[str, Any]]:
    rows = sandbox.db.query(
        "SELECT b.*, a.scheme, a.identification FROM billers b JOIN accounts a ON a.id = b.account_id"
        " ORDER BY b.rowid"
    )
    return [
        {
            "BillerId": row["id"],
            "Name": row["name"],
            "Category": row["category"],
            "CreditorAccount": {
                "SchemeName": row["scheme"],
                "Identification": row["identification"],
                "Name": row["name"],
            },
            "ReferenceLabel": row["reference_label"],
            "ReferencePattern": row["reference_pattern"],
        }
        for row in rows
    ]
