"""OB-style errors: one exception type that every handler raises, rendered as ``OBErrorResponse1``.

The codes follow the OB UK ``OBExternalStatusReason1Code`` set where OB has one (``U0xx``) and ISO 20022
status reasons for money problems (``AM04`` insufficient funds, ``AM02`` over a limit, ``AM03`` currency).
The ``SC0x`` codes are ours, for SCA challenges (documented in the extension spec and docs/sandbox.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Code(StrEnum):
    FIELD_INVALID = "U001"
    FIELD_MISSING = "U002"
    FIELD_UNEXPECTED = "U003"
    HEADER_INVALID = "U004"
    HEADER_MISSING = "U005"
    ACCOUNT_INVALID = "U007"
    CONSENT_MISMATCH = "U008"
    CONSENT_CONSUMED = "U009"
    AFTER_CUT_OFF = "U012"
    IDEMPOTENCY_CONFLICT = "U016"
    RESOURCE_NOT_FOUND = "U028"
    CONSENT_STATUS = "U035"
    INSUFFICIENT_FUNDS = "AM04"
    LIMIT_EXCEEDED = "AM02"
    CURRENCY_NOT_ALLOWED = "AM03"
    SCA_WRONG_CODE = "SC01"
    SCA_EXPIRED = "SC02"
    SCA_LOCKED = "SC03"
    SCA_USED = "SC04"
    WEALTH_REFUSED = "WM01"
    WEALTH_ACK_REQUIRED = "WM02"
    WEALTH_ASSESSMENT = "WM03"
    WEALTH_MINIMUM = "WM04"
    WEALTH_UNITS = "WM05"
    CARD_STATE = "CD01"
    CARD_OVERPAY = "CD02"
    IDENTITY_NOT_CONFIRMED = "EN01"
    PASSWORD_NOT_ALLOWED = "EN02"  # noqa: S105 - an error code, not a password
    PREFERENCES_NOT_OPTED_IN = "PF01"
    QUEUE_EMPTY = "BQ01"
    INTERNAL = "U000"


@dataclass
class ApiError(Exception):
    """An error response. ``status`` 401/404/405/429 carry no body (as the OB specs define them)."""

    status: int
    code: Code = Code.FIELD_INVALID
    message: str = "Bad request"
    path: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.code.value}: {self.message}"

    @property
    def has_body(self) -> bool:
        return self.status in (400, 403, 409, 500)

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"ErrorCode": self.code.value, "Message": self.message[:500]}
        if self.path:
            error["Path"] = self.path
        return {
            "Id": uuid.uuid4().hex[:40],
            "Code": _STATUS_TEXT.get(self.status, str(self.status)),
            "Message": self.message[:500],
            "Errors": [error],
        }


_STATUS_TEXT = {400: "400 BadRequest", 403: "403 Forbidden", 409: "409 Conflict", 500: "500 InternalError"}


def bad_request(code: Code, message: str, path: str | None = None) -> ApiError:
    return ApiError(400, code, message, path)


def forbidden(message: str = "The resource does not exist or is not yours") -> ApiError:
    # Unknown and other customers' ids get the same answer so ids cannot be probed.
    return ApiError(403, Code.RESOURCE_NOT_FOUND, message)


def unauthorised() -> ApiError:
    return ApiError(401, Code.HEADER_INVALID, "Missing, expired or revoked access token")


def not_found() -> ApiError:
    return ApiError(404, Code.RESOURCE_NOT_FOUND, "Not found")
