"""The typed errors of the bank client.

Every failure the facade (`api.bank.Bank`) can raise is a `BankApiError` subclass, so a screen needs one
``except BankApiError`` and then turns ``error.message_code`` (a key of the message catalogue in
`a11y_bank.domain.messages`) into a translated sentence, spoken and shown.

`str()` and `repr()` never contain a response body, a token, a one-time code or an account number: only the
class, the HTTP status and OB error codes, which are safe to log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "AuthExpired",
    "BankApiError",
    "CertificateRejected",
    "CredentialsUnavailable",
    "InvalidResponse",
    "ObError",
    "Offline",
    "OutcomeUnknown",
    "RateLimited",
    "Rejected",
    "ServerError",
    "Timeout",
]


class BankApiError(Exception):
    """Base class: something went wrong talking to the bank.

    Attributes:
        message_code: catalogue key of the sentence the user hears/reads.
    """

    message_code: str = "error.unexpected"

    def __init__(self, detail: str = "") -> None:
        # `detail` is for developers and logs; callers must never put secrets or bodies in it.
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:
        name = type(self).__name__
        return f"{name}: {self.detail}" if self.detail else name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message_code={self.message_code!r})"


class Offline(BankApiError):
    """The bank could not be reached at all (connection refused, no route, DNS)."""

    message_code = "api.offline"


class CertificateRejected(Offline):
    """The bank's TLS certificate did not verify (self-signed, expired, wrong host, unknown issuer).

    Never retried and never bypassable: there is no switch to accept the certificate. An `Offline`,
    so callers that handle "cannot reach the bank" still do; the sentence is its own.
    """

    message_code = "api.certificate"


class Timeout(BankApiError):
    """The bank did not answer in time (after the bounded retries)."""

    message_code = "api.timeout"


class AuthExpired(BankApiError):
    """The session is over: the access token was refused and refreshing it failed. Sign in again."""

    message_code = "api.auth_expired"


class CredentialsUnavailable(BankApiError):
    """The secure credential store (system keyring) failed or is locked, so the session's tokens cannot be
    read or kept. `message_code` is the store's own sentence (``credentials.unavailable`` / ``.locked``)."""

    def __init__(self, message_code: str, detail: str = "") -> None:
        super().__init__(detail)
        self._message_code = message_code

    @property
    def message_code(self) -> str:  # type: ignore[override]
        return self._message_code


class RateLimited(BankApiError):
    """The bank asked us to slow down (HTTP 429) for longer than we are willing to wait.

    Attributes:
        retry_after: seconds the bank asked us to wait, or None when it did not say.
    """

    message_code = "api.rate_limited"

    def __init__(self, retry_after: float | None, detail: str = "") -> None:
        super().__init__(detail)
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"RateLimited(retry_after={self.retry_after!r})"


class ServerError(BankApiError):
    """The bank failed (HTTP 5xx) on a request whose outcome does not matter (a read), after retries."""

    # Not "cannot reach the bank": it was reached, and checking the connection would not help.
    message_code = "api.server_error"

    def __init__(self, status: int, detail: str = "") -> None:
        super().__init__(detail)
        self.status = status

    def __repr__(self) -> str:
        return f"ServerError(status={self.status})"


@dataclass(frozen=True, slots=True)
class ObError:
    """One entry of `OBErrorResponse1.Errors`: an OB code (e.g. ``U008``), the bank's text, the JSON path."""

    error_code: str
    message: str = ""
    path: str | None = None


# OB error codes that deserve their own sentence; any other code says "rejected by the bank".
_MESSAGE_FOR_OB_CODE: dict[str, str] = {
    "U009": "consent.consumed",
    "U035": "consent.consumed",
    "U012": "payment.after_cut_off",
    # ISO 20022 status reasons the bank uses for money problems.
    "AM04": "payment.insufficient_funds",
    "AM02": "payment.limit_exceeded",
    # The extension's SCA codes (extension-openapi.yaml).
    "SC01": "sca.code_wrong",
    "SC02": "sca.code_expired",
    "SC03": "sca.code_locked",
    "SC04": "consent.consumed",
}


class Rejected(BankApiError):
    """The bank refused the request (HTTP 4xx with an `OBErrorResponse1`). Nothing changed at the bank.

    Attributes:
        status: the HTTP status.
        code: the first OB error code (``Errors[0].ErrorCode``), e.g. ``U008``; None if the body had none.
        ob_errors: every entry of ``Errors``.
        error_id: the bank's ``Id`` of this error instance (for support calls), if given.

    `message_code` follows the first OB code that has its own sentence (consumed consent, after cut-off,
    wrong one-time code...); a caller that knows better (e.g. sign-in) passes `message_code` explicitly.
    """

    def __init__(
        self,
        status: int,
        code: str | None,
        ob_errors: Iterable[ObError] = (),
        *,
        error_id: str | None = None,
        message_code: str | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(detail)
        self._message_code = message_code
        self.status = status
        self.code = code
        self.ob_errors = tuple(ob_errors)
        self.error_id = error_id

    @property
    def message_code(self) -> str:  # type: ignore[override]
        if self._message_code is not None:
            return self._message_code
        for error in self.ob_errors:
            specific = _MESSAGE_FOR_OB_CODE.get(error.error_code)
            if specific is not None:
                return specific
        return "api.rejected"

    def has_code(self, *codes: str) -> bool:
        """True when any entry of ``Errors`` carries one of `codes`."""
        return any(error.error_code in codes for error in self.ob_errors)

    def __str__(self) -> str:
        codes = ",".join(error.error_code for error in self.ob_errors) or "-"
        return f"Rejected: HTTP {self.status} {codes}"

    def __repr__(self) -> str:
        codes = tuple(error.error_code for error in self.ob_errors)
        return f"Rejected(status={self.status}, code={self.code!r}, codes={codes!r})"


class OutcomeUnknown(BankApiError):
    """A payment request may or may not have reached the bank, and we could not find out yet.

    The intent stays in the outbox; `Bank.reconcile_outbox()` (run at start-up and on demand) resolves it
    without ever paying twice. Tell the user "we are checking whether the payment went through".

    Attributes:
        intent_id: the outbox id of the payment whose outcome is unknown, if known.
    """

    message_code = "api.outcome_unknown"

    def __init__(self, detail: str = "", *, intent_id: str | None = None) -> None:
        super().__init__(detail)
        self.intent_id = intent_id

    def __repr__(self) -> str:
        return f"OutcomeUnknown(intent_id={self.intent_id!r})"


class InvalidResponse(BankApiError):
    """The bank broke the contract: wrong JSON types, a number where a string amount belongs, a missing field,
    a currency that is not the account's. We never guess: we refuse the response."""

    message_code = "api.invalid_response"
