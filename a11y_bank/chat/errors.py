"""The typed errors of the chat client.

Every failure `client.MatrixClient` raises is a `ChatError`. `str()`/`repr()` carry only the class, the
HTTP status and the Matrix ``errcode``: never a token, a password or a message body. `message_code` is a key
of the catalogue in `a11y_bank.domain.messages` (the bank's sentences fit: offline, timeout, session over).
"""

from __future__ import annotations

__all__ = [
    "ChatAuthExpired",
    "ChatError",
    "ChatInvalidResponse",
    "ChatNotFound",
    "ChatOffline",
    "ChatRateLimited",
    "ChatRejected",
    "ChatTimeout",
]


class ChatError(Exception):
    """Base class: something went wrong talking to the homeserver."""

    message_code: str = "error.unexpected"

    def __init__(self, detail: str = "") -> None:
        # `detail` is for developers and logs; never put a secret or a body in it.
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:
        name = type(self).__name__
        return f"{name}: {self.detail}" if self.detail else name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message_code={self.message_code!r})"


class ChatOffline(ChatError):
    """The homeserver could not be reached (connection refused, dropped, 5xx after retries)."""

    message_code = "api.offline"


class ChatTimeout(ChatError):
    """The homeserver did not answer in time (after the bounded retries)."""

    message_code = "api.timeout"


class ChatAuthExpired(ChatError):
    """The chat token was refused (``M_UNKNOWN_TOKEN`` / HTTP 401): log in again."""

    message_code = "api.auth_expired"


class ChatRateLimited(ChatError):
    """``M_LIMIT_EXCEEDED`` for longer than we wait ourselves.

    Attributes:
        retry_after: seconds the server asked us to wait, or None.
    """

    message_code = "api.rate_limited"

    def __init__(self, retry_after: float | None, detail: str = "") -> None:
        super().__init__(detail)
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"ChatRateLimited(retry_after={self.retry_after!r})"


class ChatRejected(ChatError):
    """The homeserver refused the request (HTTP 4xx with a Matrix error). Nothing changed there.

    Attributes:
        status: the HTTP status.
        errcode: the Matrix error code (``M_FORBIDDEN``, ``M_FORBIDDEN``...), or None.
    """

    message_code = "api.rejected"

    def __init__(self, status: int, errcode: str | None, detail: str = "") -> None:
        super().__init__(detail)
        self.status = status
        self.errcode = errcode

    def __str__(self) -> str:
        return f"ChatRejected: HTTP {self.status} {self.errcode or '-'}"

    def __repr__(self) -> str:
        return f"ChatRejected(status={self.status}, errcode={self.errcode!r})"


class ChatNotFound(ChatRejected):
    """HTTP 404 ``M_NOT_FOUND`` (e.g. account data that was never set)."""


class ChatInvalidResponse(ChatError):
    """The homeserver broke the protocol (not JSON, a missing or mistyped field)."""

    message_code = "api.invalid_response"
