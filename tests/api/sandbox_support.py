"""Helpers for tests that drive the real sandbox over 127.0.0.1 with every exchange spec-validated."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from a11y_bank.api.bank import Bank
from a11y_bank.api.client import ObClient
from a11y_bank.api.config import ApiConfig
from a11y_bank.api.models import Challenge, PaymentConsent, PaymentIntent
from a11y_bank.api.outbox import Outbox
from tests.api.fakes import DictStore
from tests.support.oas import VALIDATION_COUNTS, ValidatingTransport

DEMO_USER = ("liwei", "Demo-1234")
# Well before the sandbox's 22:00 UTC cut-off, whatever the wall clock says when CI runs.
MORNING = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)


class CountingTransport(httpx.BaseTransport):
    """Counts the requests that reach the (validating) transport below it."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.count = 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.count += 1
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def validated_transport() -> CountingTransport:
    return CountingTransport(ValidatingTransport(httpx.HTTPTransport()))


@contextmanager
def all_validated(transport: CountingTransport) -> Iterator[None]:
    """Assert that every request sent through `transport` in the block, and its response, was validated.

    A request whose response never came (a dropped connection) is validated but has no response."""
    before_requests, before_responses = VALIDATION_COUNTS["request"], VALIDATION_COUNTS["response"]
    before_sent = transport.count
    yield
    sent = transport.count - before_sent
    assert sent > 0
    assert VALIDATION_COUNTS["request"] - before_requests == sent
    assert VALIDATION_COUNTS["response"] - before_responses <= sent


class Controls:
    """The sandbox's /__sandbox__ test controls."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=10)

    def close(self) -> None:
        self.http.close()

    def _ok(self, response: httpx.Response) -> Any:
        assert response.status_code < 300, (response.status_code, response.text)
        return response.json() if response.content else None

    def set_clock(self, when: datetime) -> None:
        self._ok(self.http.post("/__sandbox__/clock", json={"Set": when.isoformat()}))

    def advance(self, seconds: float) -> None:
        self._ok(self.http.post("/__sandbox__/clock", json={"AdvanceSeconds": seconds}))

    def fault(self, kind: str, path: str, method: str = "POST", count: int = 1, **extra: Any) -> None:
        spec = {"Kind": kind, "Path": path, "Method": method, "Count": count, **extra}
        self._ok(self.http.post("/__sandbox__/faults", json=spec))

    def clear_faults(self) -> None:
        self._ok(self.http.delete("/__sandbox__/faults"))

    def code_for(self, challenge: Challenge) -> str:
        document = self._ok(
            self.http.get("/__sandbox__/outbox", params={"ChallengeId": challenge.challenge_id})
        )
        code: str = document["Data"]["Message"][-1]["Code"]
        return code

    def ledger(self) -> dict[str, Any]:
        data: dict[str, Any] = self._ok(self.http.get("/__sandbox__/ledger/check"))["Data"]
        return data


def make_bank(
    url: str,
    data_dir: Path,
    transport: httpx.BaseTransport,
    *,
    sleep: Callable[[float], None],
    timeout: float = 5.0,
    max_retries: int = 3,
    outbox: Outbox | None = None,
) -> Bank:
    config = ApiConfig(url, timeout=timeout, max_retries=max_retries, transport=transport, backoff=0.01)
    client = ObClient(config, DictStore(), sleep=sleep)
    return Bank(client, outbox or Outbox(data_dir / "outbox.sqlite3"), sleep=sleep)


def authorise(bank: Bank, controls: Controls, intent: PaymentIntent) -> PaymentConsent:
    """prepare -> send a code -> read it from the sandbox's outbox -> confirm."""
    consent = bank.prepare_payment(intent)
    challenge = bank.send_code(consent, "SMS")
    bank.confirm_code(challenge, controls.code_for(challenge))
    return consent
