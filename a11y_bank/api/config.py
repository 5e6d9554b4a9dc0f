"""`ApiConfig`: everything needed to build the HTTP client, frozen so it can be shared between threads.

The transport is injectable (the githubkit pattern): tests pass `httpx.MockTransport(handler)` or the
spec-validating transport; production leaves it None and httpx uses its default connection pool.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from a11y_bank.api.language import APP_LANGUAGE, BankLanguage

__all__ = ["DEFAULT_USER_AGENT", "ApiConfig", "require_tls_unless_loopback"]

DEFAULT_USER_AGENT = "a11y_bank/0.1"


@dataclass(frozen=True, slots=True)
class ApiConfig:
    """Connection settings of the bank client.

    Attributes:
        base_url: origin of the bank, e.g. ``http://127.0.0.1:8080`` (all three API prefixes live there).
        timeout: seconds for connect/read/write of one attempt.
        max_retries: extra attempts after the first for timeouts, dropped connections, 5xx and 429.
        transport: an httpx transport to use instead of the network (tests).
        user_agent: sent as ``User-Agent``.
        max_retry_after: longest ``Retry-After`` we wait out ourselves; longer ones raise `RateLimited`.
        backoff: first pause between retries in seconds, doubled each attempt.
        language: what every request's ``Accept-Language`` says (the running app's language by default).
    """

    base_url: str
    timeout: float = 10.0
    max_retries: int = 3
    transport: httpx.BaseTransport | None = None
    user_agent: str = DEFAULT_USER_AGENT
    max_retry_after: float = 10.0
    backoff: float = 0.25
    language: BankLanguage = APP_LANGUAGE

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        if self.transport is None:  # the real network (tests inject a transport)
            require_tls_unless_loopback(self.base_url)


def require_tls_unless_loopback(url: str) -> None:
    """Tokens and account data travel over TLS (certificates always verified: httpx's default, which
    nothing here can turn off); plain http only to the demo bank on this machine.

    Raises:
        ValueError: any other scheme, or http to a host that is not loopback.
    """
    parts = urlsplit(url)
    if parts.scheme == "https":
        return
    if parts.scheme == "http" and _is_loopback(parts.hostname or ""):
        return
    raise ValueError("the bank must be reached over https; plain http only for a bank on this machine")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
