"""The accessibility preferences the bank keeps for the signed-in customer (extension API).

`BankPreferences(bank).get()` / `.keep(document)` / `.remove()` on
``/a11y-ext/v1/profile/accessibility/preferences``. The document is the app's exported profile file
(`a11y.profile.export_document`); this module only checks that the bank's answer has that shape and size
(the app checks every value when it applies it). The bank keeps it only for a customer who opted in
(`Rejected` with code ``PF01`` otherwise); opting out removes it. Sync: run on a worker thread.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from a11y_bank.api.bank import Bank
from a11y_bank.api.client import encode_body, new_idempotency_key
from a11y_bank.api.errors import InvalidResponse, Rejected

__all__ = ["MAX_PREFERENCES_BYTES", "NOT_OPTED_IN", "BankPreferences", "KeptPreferences"]

PATH = "/profile/accessibility/preferences"
MAX_PREFERENCES_BYTES = 16 * 1024
"""The bank's published cap (canonical JSON); checked here first so a too-big one is never sent."""
NOT_OPTED_IN = "PF01"
_NOT_FOUND = 404


@dataclass(frozen=True, slots=True)
class KeptPreferences:
    document: dict[str, Any]
    updated: datetime


def _size(document: Mapping[str, Any]) -> int:
    return len(json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode())


def _parse(answer: Mapping[str, Any]) -> KeptPreferences:
    data = answer.get("Data")
    if not isinstance(data, dict):
        raise InvalidResponse("Data is not an object")
    document = data.get("Preferences")
    if not isinstance(document, dict) or not isinstance(document.get("profile"), dict):
        raise InvalidResponse("Data.Preferences is not a profile document")
    if _size(document) > MAX_PREFERENCES_BYTES:
        raise InvalidResponse("Data.Preferences is larger than the published cap")
    try:
        updated = datetime.fromisoformat(str(data.get("UpdateDateTime")))
    except ValueError:
        raise InvalidResponse("Data.UpdateDateTime is not a date-time") from None
    return KeptPreferences(document, updated)


class BankPreferences:
    """The signed-in customer's kept preferences."""

    def __init__(self, bank: Bank) -> None:
        self._client = bank.client

    def get(self) -> KeptPreferences | None:
        """What the bank keeps, or None when it keeps nothing (never kept, removed, or opted out)."""
        try:
            return _parse(self._client.extension_get(PATH))
        except Rejected as exc:
            if exc.status == _NOT_FOUND:
                return None
            raise

    def keep(self, document: Mapping[str, Any]) -> KeptPreferences:
        """Keep `document` with the bank, replacing what it kept (raises ValueError above the cap)."""
        if _size(document) > MAX_PREFERENCES_BYTES:
            raise ValueError("preferences are larger than the bank keeps")
        body = encode_body({"Data": {"Preferences": dict(document)}})
        return _parse(self._client.extension_put(PATH, body, idempotency_key=new_idempotency_key()))

    def remove(self) -> None:
        """Remove what the bank keeps (harmless when it keeps nothing)."""
        self._client.extension_delete(PATH, idempotency_key=new_idempotency_key())
