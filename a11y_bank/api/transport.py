"""One HTTP exchange with bounded retries, and the mapping of failures to `api.errors`.

Retries happen on timeouts, dropped connections, 5xx and 429 (honouring ``Retry-After`` up to a bound).
Every attempt gets a fresh ``x-fapi-interaction-id`` but reuses the SAME ``x-idempotency-key`` and the
SAME body bytes, so for the bank a retried POST is the same request, and it answers with the same resource.
"""

from __future__ import annotations

import email.utils
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from a11y_bank.api.auth import fresh_interaction_id
from a11y_bank.api.config import ApiConfig
from a11y_bank.api.errors import (
    AuthExpired,
    CertificateRejected,
    InvalidResponse,
    ObError,
    Offline,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    ServerError,
    Timeout,
)

__all__ = ["Call", "Exchanger", "parse_retry_after", "rejection_from"]

Sleep = Callable[[float], None]
BODY_DEADLINE_FACTOR = 3
"""An attempt's whole answer must arrive within this many read timeouts."""
_CONNECT_FAILURES = (httpx.ConnectError, httpx.ConnectTimeout)


def _certificate_failure(error: BaseException) -> bool:
    """True if a TLS certificate check is what failed (httpx wraps the `ssl` error it caught)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


# Failures after which the request may have reached the bank (it was sent, the answer was lost).
_AMBIGUOUS_FAILURES = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.CloseError,
)


@dataclass(frozen=True, slots=True)
class Call:
    """One logical request. `content` is sent byte for byte on every attempt.

    Attributes:
        payment: True for a request that moves money: if its outcome stays unknown after the retries
            we raise `OutcomeUnknown` rather than `Timeout`, so the caller resolves it and never re-pays.
    """

    method: str
    url: str
    params: Mapping[str, str] | None = None
    content: bytes | None = None
    idempotency_key: str | None = None
    authenticated: bool = True
    payment: bool = False
    jws_signature: str | None = None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); None if absent/bad."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def rejection_from(response: httpx.Response) -> Rejected:
    """A `Rejected` from a 4xx response carrying an `OBErrorResponse1` (or not: then without codes)."""
    try:
        document: Any = response.json()
    except ValueError:
        document = None
    errors: list[ObError] = []
    error_id = None
    if isinstance(document, dict):
        error_id = document.get("Id") if isinstance(document.get("Id"), str) else None
        for item in document.get("Errors") or ():
            if isinstance(item, dict) and isinstance(item.get("ErrorCode"), str):
                message = item.get("Message")
                path = item.get("Path")
                errors.append(
                    ObError(
                        item["ErrorCode"],
                        message if isinstance(message, str) else "",
                        path if isinstance(path, str) else None,
                    )
                )
    code = errors[0].error_code if errors else None
    return Rejected(response.status_code, code, errors, error_id=error_id)


@dataclass(slots=True)
class _Attempts:
    """What the attempts of one call have shown so far."""

    maybe_sent: bool = False
    """An attempt may have reached the bank (its answer was lost, or it got a 5xx)."""


class Exchanger:
    """Sends `Call`s through one shared `httpx.Client` with the retry policy of `ApiConfig`.

    Thread-safe: it holds no per-call state.
    """

    def __init__(self, http: httpx.Client, config: ApiConfig, sleep: Sleep = time.sleep) -> None:
        self._http = http
        self._config = config
        self._sleep = sleep

    def send(self, call: Call) -> httpx.Response:
        """Send `call`, retrying what is safe to retry; return the first non-retryable response (2xx).

        For a payment, any failure after an attempt that may have reached the bank (a lost answer, a
        5xx) is `OutcomeUnknown`, whatever the later attempts got (429, 401, connection refused): only
        the bank can say whether that attempt paid.

        Raises:
            BankApiError: a subclass for every failure (see `api.errors`).
        """
        attempts = _Attempts()
        try:
            return self._send(call, attempts)
        except (Offline, Timeout, ServerError, RateLimited, AuthExpired) as error:
            if call.payment and attempts.maybe_sent:
                raise OutcomeUnknown(f"{type(error).__name__} after a send that may have arrived") from error
            raise

    def _send(self, call: Call, attempts: _Attempts) -> httpx.Response:
        count = self._config.max_retries + 1
        for attempt in range(count):
            last = attempt == count - 1
            try:
                response = self._receive(call)
            except _CONNECT_FAILURES as exc:
                if _certificate_failure(exc):
                    raise CertificateRejected("certificate verify failed") from exc
                if last:
                    raise Offline("cannot connect") from exc
            except _AMBIGUOUS_FAILURES as exc:
                attempts.maybe_sent = True
                if last:
                    raise Timeout(type(exc).__name__) from exc
            except httpx.TransportError as exc:
                raise Offline(type(exc).__name__) from exc
            else:
                wait = self._retry_wait(response, call, last=last)
                if wait is None:
                    return self._accept(response)
                attempts.maybe_sent |= response.status_code >= httpx.codes.INTERNAL_SERVER_ERROR
                self._sleep(wait)
                continue
            self._sleep(self._config.backoff * 2**attempt)
        raise AssertionError("unreachable: the last attempt always returns or raises")  # pragma: no cover

    def _receive(self, call: Call) -> httpx.Response:
        """One attempt: send, then read the body within a deadline (the read timeout bounds each read
        only, so a bank dripping a byte just under it could hold a worker for as long as it likes)."""
        response = self._http.send(
            self._build(call), auth=None if not call.authenticated else httpx.USE_CLIENT_DEFAULT, stream=True
        )
        deadline = time.monotonic() + self._config.timeout * BODY_DEADLINE_FACTOR
        try:
            chunks = []
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout(
                        "the answer kept arriving past its deadline", request=response.request
                    )
            response._content = b"".join(chunks)  # what Response.read() does; our loop adds the deadline
        finally:
            response.close()
        return response

    def _build(self, call: Call) -> httpx.Request:
        headers = {
            "x-fapi-interaction-id": fresh_interaction_id(),
            "Accept": "application/json",
            # Read per attempt: a retry after a language switch asks in the new language.
            "Accept-Language": self._config.language.tag,
        }
        if call.idempotency_key is not None:
            headers["x-idempotency-key"] = call.idempotency_key
        if call.jws_signature is not None:
            headers["x-jws-signature"] = call.jws_signature
        if call.content is not None:
            headers["Content-Type"] = "application/json"
        return self._http.build_request(
            call.method, call.url, params=call.params, content=call.content, headers=headers
        )

    def _retry_wait(self, response: httpx.Response, call: Call, *, last: bool) -> float | None:
        """Seconds to sleep before retrying `response`, None to stop retrying; raises when hopeless."""
        status = response.status_code
        if status == httpx.codes.TOO_MANY_REQUESTS:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if last or (retry_after is not None and retry_after > self._config.max_retry_after):
                raise RateLimited(retry_after, f"HTTP 429 on {call.method}")
            return retry_after if retry_after is not None else self._config.backoff
        if status >= httpx.codes.INTERNAL_SERVER_ERROR:
            if last:
                raise ServerError(status, f"HTTP {status} on {call.method}")
            return self._config.backoff
        return None

    def _accept(self, response: httpx.Response) -> httpx.Response:
        status = response.status_code
        if status == httpx.codes.UNAUTHORIZED:
            raise AuthExpired("HTTP 401")
        if 400 <= status < 500:
            raise rejection_from(response)
        if not 200 <= status < 300:
            raise InvalidResponse(f"unexpected HTTP {status}")
        # OB: the bank echoes our x-fapi-interaction-id; an answer to another request is not ours to use.
        sent = response.request.headers.get("x-fapi-interaction-id")
        if response.headers.get("x-fapi-interaction-id") != sent:
            raise InvalidResponse("the answer carries another x-fapi-interaction-id")
        return response
