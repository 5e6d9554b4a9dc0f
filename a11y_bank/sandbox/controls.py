"""Fault injection and rate limiting (pure ASGI pieces) used by the app.

Faults exist only with ``--test-controls``; the rate limiter always runs (generous by default).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

FAULT_KINDS = ("drop", "delay", "error", "ratelimit")

fault_log = logging.getLogger("a11y_bank.sandbox.faults")


@dataclass
class Fault:
    id: str
    kind: str
    path: re.Pattern[str]
    method: str
    count: int
    seconds: float = 0.0
    status: int = 500
    retry_after: int = 1

    def matches(self, method: str, path: str) -> bool:
        return self.count > 0 and self.method in ("*", method) and bool(self.path.search(path))


@dataclass
class FaultRegistry:
    faults: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, spec: dict[str, Any]) -> Fault:
        kind = spec.get("Kind")
        if kind not in FAULT_KINDS:
            raise ValueError(f"Kind must be one of {', '.join(FAULT_KINDS)}")
        fault = Fault(
            id=uuid.uuid4().hex[:12],
            kind=str(kind),
            path=re.compile(str(spec.get("Path", ".*"))),
            method=str(spec.get("Method", "*")).upper(),
            count=int(spec.get("Count", 1)),
            seconds=float(spec.get("Seconds", 0)),
            status=int(spec.get("Status", 500)),
            retry_after=int(spec.get("RetryAfter", 1)),
        )
        if not 500 <= fault.status <= 599:
            raise ValueError("Status must be a 5xx code")
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        """The first matching fault, its count used up by one."""
        with self._lock:
            for fault in self.faults:
                if fault.matches(method, path):
                    fault.count -= 1
                    return fault
        return None


class AbortAfterHead(Exception):
    """Raised after the response head is sent, so the server drops the connection mid-response (the
    drop fault). It passes through the app's error handler, which must not log it as a bug."""


class ResponseDropped(ConnectionAbortedError):
    """The deliberate "drop" fault: the server closes the connection after the response head.

    Raising out of the ASGI app is the only way to make the server cut the connection; the server logs
    such an exception with its traceback, which `QuietDropFilter` keeps out of the log for this one.
    """


class QuietDropFilter(logging.Filter):
    """Drops the server's "Exception in ASGI application" record for a deliberate drop (a JSON line on
    ``a11y_bank.sandbox.faults`` says it instead); every other error is logged as before."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ResponseDropped))


_QUIET_DROP = QuietDropFilter()


def install_quiet_drop(logger_name: str = "uvicorn.error") -> None:
    """Keep deliberate drops out of the server's error log (idempotent)."""
    logging.getLogger(logger_name).addFilter(_QUIET_DROP)  # a Filter is added once: addFilter checks


class FaultMiddleware:
    def __init__(self, app: ASGIApp, registry: FaultRegistry) -> None:
        self.app = app
        self.registry = registry
        install_quiet_drop()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/__sandbox__"):
            await self.app(scope, receive, send)
            return
        fault = self.registry.take(scope["method"], scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
        elif fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
            await self.app(scope, receive, send)
        elif fault.kind == "drop":
            await self._drop_after_commit(scope, receive, send)
        else:
            await _send_fault_response(scope, send, fault)

    async def _drop_after_commit(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The request runs to completion (its effects are committed); the client gets the status line and
        # headers, then the connection closes before the body: the "did my payment go through?" case.
        status = 0

        async def send_head_then_abort(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                await send(message)
                raise AbortAfterHead

        try:
            await self.app(scope, receive, send_head_then_abort)
        except AbortAfterHead:
            fault_log.info(
                json.dumps(
                    {"fault": "drop", "method": scope["method"], "path": scope["path"], "status": status}
                )
            )
            raise ResponseDropped("sandbox fault: response dropped after commit") from None


async def _send_fault_response(scope: Scope, send: Send, fault: Fault) -> None:
    interaction = _header(scope, b"x-fapi-interaction-id") or str(uuid.uuid4())
    headers = [(b"x-fapi-interaction-id", interaction.encode())]
    if fault.kind == "ratelimit":
        status, body = 429, b""
        headers.append((b"retry-after", str(fault.retry_after).encode()))
    else:
        status = fault.status
        body = json.dumps(
            {
                "Code": f"{status} Error",
                "Id": uuid.uuid4().hex,
                "Message": "Injected fault",
                "Errors": [{"ErrorCode": "U000", "Message": "Injected fault"}],
            }
        ).encode()
        headers.append((b"content-type", b"application/json"))
    if scope["path"].startswith("/open-banking/v4.0/pisp"):
        headers.append((b"x-jws-signature", b"eyJhbGciOiJIUzI1NiJ9..ZmF1bHQ"))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


@dataclass
class RateLimiter:
    """A token bucket per caller (access token hash, or client address before sign-in)."""

    rate: float
    burst: int
    _buckets: dict[bytes | str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def configure(self, rate: float, burst: int) -> None:
        with self._lock:
            self.rate, self.burst = rate, burst
            self._buckets.clear()

    def retry_after(self, key: bytes | str) -> int | None:
        """``None`` if the call may proceed, else whole seconds until a token is available."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return None
            self._buckets[key] = (tokens, now)
            return max(1, int((1 - tokens) / self.rate + 0.999))
