"""Fault injection for the chat campaign: a transport that loses requests or answers, and a restartable
homeserver (the composed chat sandbox, reopened from its database on the same port)."""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from a11y_bank.sandbox.matrix.routes import MatrixService
from a11y_bank.sandbox.state import open_sandbox
from tests.chat.conftest import FAST_AGENT, ChatServer, serve


@dataclass
class FaultRates:
    """Chance per request of each fault. `lost_answer` is the dangerous one: the server acted, the
    client never heard (so it must retry with the same txn id and not duplicate)."""

    refused: float = 0.08
    lost_answer: float = 0.10
    timeout_after_send: float = 0.05


@dataclass
class FlakyTransport(httpx.BaseTransport):
    rng: random.Random
    rates: FaultRates = field(default_factory=FaultRates)
    inner: httpx.BaseTransport = field(default_factory=httpx.HTTPTransport)
    injected: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _roll(self) -> str | None:
        with self._lock:
            value = self.rng.random()
        if value < self.rates.refused:
            return "refused"
        value -= self.rates.refused
        if value < self.rates.lost_answer:
            return "lost_answer"
        value -= self.rates.lost_answer
        if value < self.rates.timeout_after_send:
            return "timeout_after_send"
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._roll()
        if fault == "refused":
            self.injected[fault] += 1
            raise httpx.ConnectError("injected: connection refused", request=request)
        response = self.inner.handle_request(request)
        if fault is None:
            return response
        response.read()  # the server has fully acted on it
        response.close()
        self.injected[fault] += 1
        if fault == "lost_answer":
            raise httpx.ReadError("injected: connection dropped before the answer", request=request)
        raise httpx.ReadTimeout("injected: answer too late", request=request)

    def close(self) -> None:
        self.inner.close()


class RestartableServer:
    """The chat sandbox on a fixed port; `restart()` stops it and reopens it from the same database."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.port = 0
        self.restarts = 0
        self.running: ChatServer | None = None
        self._start()

    def _start(self) -> None:
        sandbox = open_sandbox(self.db_path)
        self.running = serve(sandbox, MatrixService(sandbox, FAST_AGENT), port=self.port)
        self.port = int(self.running.url.rsplit(":", 1)[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running.sandbox.db.close()
            self.running = None

    def restart(self) -> None:
        self.stop()
        self.restarts += 1
        self._start()


@dataclass
class LoseFirstAnswer(httpx.BaseTransport):
    """Lets the server act on the first request whose path ends with `path_suffix`, then times out
    before its answer (the client cannot tell whether it happened); every other request passes."""

    path_suffix: str
    inner: httpx.BaseTransport = field(default_factory=httpx.HTTPTransport)
    lost: int = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.lost == 0 and request.url.path.endswith(self.path_suffix):
            response.read()  # the server has fully acted on it
            response.close()
            self.lost += 1
            raise httpx.ReadTimeout("injected: answer too late", request=request)
        return response

    def close(self) -> None:
        self.inner.close()
