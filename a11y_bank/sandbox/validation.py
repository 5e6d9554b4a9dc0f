"""Server-side input checks, independent of the client and of the OpenAPI files.

The client validates too, but a bank must never trust it: every field that reaches the ledger is checked
here for presence, type, length, allowed characters and format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from a11y_bank.sandbox.errors import Code, bad_request

BBAN = "UK.OBIE.BBAN"
SORT_CODE = "UK.OBIE.SortCodeAccountNumber"
IBAN = "UK.OBIE.IBAN"
_IDENTIFIER_FORMATS = {
    BBAN: re.compile(r"^\d{10,30}$"),
    SORT_CODE: re.compile(r"^\d{14}$"),
    IBAN: re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$"),
}
_IDEMPOTENCY_KEY = re.compile(r"^(?!\s)(.*)(\S)$")


@dataclass(frozen=True)
class AccountRef:
    scheme: str
    identification: str
    name: str | None


def require_object(value: object, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad_request(
            Code.FIELD_MISSING if value is None else Code.FIELD_INVALID, f"{path} must be an object", path
        )
    return value


def only_keys(obj: dict[str, Any], allowed: set[str], path: str) -> None:
    unexpected = sorted(set(obj) - allowed)
    if unexpected:
        raise bad_request(
            Code.FIELD_UNEXPECTED, f"Unexpected field {unexpected[0]}", f"{path}.{unexpected[0]}"
        )


def text(obj: dict[str, Any], key: str, path: str, *, max_len: int, required: bool = True) -> str | None:
    """A string field: present (if required), 1..max_len characters, no control characters."""
    value = obj.get(key)
    where = f"{path}.{key}"
    if value is None:
        if required:
            raise bad_request(Code.FIELD_MISSING, f"{key} is required", where)
        return None
    if not isinstance(value, str) or not value.strip():
        raise bad_request(Code.FIELD_INVALID, f"{key} must be a non-empty string", where)
    if len(value) > max_len:
        raise bad_request(Code.FIELD_INVALID, f"{key} is longer than {max_len} characters", where)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in value):
        raise bad_request(Code.FIELD_INVALID, f"{key} contains control or invalid characters", where)
    return value


def account_ref(value: object, path: str, *, name_required: bool) -> AccountRef:
    obj = require_object(value, path)
    only_keys(obj, {"SchemeName", "Identification", "Name", "SecondaryIdentification", "Proxy"}, path)
    scheme = text(obj, "SchemeName", path, max_len=40)
    identification = text(obj, "Identification", path, max_len=256)
    name = text(obj, "Name", path, max_len=350, required=name_required)
    text(obj, "SecondaryIdentification", path, max_len=34, required=False)
    assert scheme is not None
    assert identification is not None
    pattern = _IDENTIFIER_FORMATS.get(scheme)
    if pattern is None:
        raise bad_request(Code.FIELD_INVALID, f"SchemeName {scheme} is not supported", f"{path}.SchemeName")
    if not pattern.match(identification) or (scheme == IBAN and not _iban_checksum_ok(identification)):
        raise bad_request(
            Code.FIELD_INVALID, "Identification is not a valid account number", f"{path}.Identification"
        )
    return AccountRef(scheme, identification, name)


def _iban_checksum_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def idempotency_key(headers: dict[str, str] | Any) -> str:
    key = headers.get("x-idempotency-key")
    if not key:
        raise bad_request(Code.HEADER_MISSING, "x-idempotency-key header is required", "x-idempotency-key")
    if len(key) > 40 or not _IDEMPOTENCY_KEY.match(key):
        raise bad_request(
            Code.HEADER_INVALID,
            "x-idempotency-key must be 1-40 characters, no outer spaces",
            "x-idempotency-key",
        )
    return str(key)


def remittance(value: object, path: str) -> str | None:
    """OB RemittanceInformation: we accept the Unstructured lines (the reference the payee sees)."""
    if value is None:
        return None
    obj = require_object(value, path)
    only_keys(obj, {"Unstructured"}, path)
    lines = obj.get("Unstructured")
    if lines is None:
        return None
    if not isinstance(lines, list) or not 1 <= len(lines) <= 3:
        raise bad_request(
            Code.FIELD_INVALID, "Unstructured must be a list of 1 to 3 lines", f"{path}.Unstructured"
        )
    texts = [text({"line": line}, "line", f"{path}.Unstructured", max_len=140) for line in lines]
    return " ".join(t for t in texts if t)
