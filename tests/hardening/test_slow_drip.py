"""Slow-drip and cut bodies over a real loopback socket (MockTransport cannot stall a read)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from a11y_bank.api.bank import Bank
from a11y_bank.api.client import ObClient
from a11y_bank.api.config import ApiConfig
from a11y_bank.api.errors import Offline, Timeout
from a11y_bank.api.outbox import Outbox
from tests.api.fakes import DictStore, FakeSleep


class DripServer:
    """Answers every request with a JSON 200 whose body arrives one byte per `pause` seconds, then cuts."""

    def __init__(self, pause: float, body_bytes: int, cut_after: int | None = None) -> None:
        self.pause, self.body_bytes, self.cut_after = pause, body_bytes, cut_after
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()
        return f"http://{host}:{port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            with connection:
                self._drip(connection)

    def _drip(self, connection: socket.socket) -> None:
        connection.recv(65536)
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            f"Content-Length: {self.body_bytes}\r\nConnection: close\r\n\r\n"
        )
        try:
            connection.sendall(head.encode())
            for sent in range(self.body_bytes):
                if (self.cut_after is not None and sent >= self.cut_after) or self._stop.is_set():
                    return
                connection.sendall(b" ")
                time.sleep(self.pause)
        except OSError:
            return  # the client gave up: what we want

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._listener.close()


@pytest.fixture
def drip(request: pytest.FixtureRequest) -> Iterator[DripServer]:
    server = DripServer(*request.param)
    yield server
    server.close()


def _bank(url: str, tmp: Path) -> Bank:
    client = ObClient(ApiConfig(url, timeout=0.3, max_retries=1, backoff=0.0), DictStore(), sleep=FakeSleep())
    return Bank(client, Outbox(tmp / "o.db"), sleep=FakeSleep())


@pytest.mark.parametrize("drip", [(1.0, 1000)], indirect=True)
def test_a_body_that_stalls_is_a_timeout(drip: DripServer, tmp_path: Path) -> None:
    bank = _bank(drip.url, tmp_path)
    started = time.monotonic()
    with pytest.raises(Timeout):
        bank.sign_in("liwei", "Demo-1234")
    bank.close()
    assert time.monotonic() - started < 5  # two attempts of one read timeout each, not the whole body


@pytest.mark.parametrize("drip", [(0.0, 1000, 10)], indirect=True)
def test_a_body_cut_short_is_a_typed_error(drip: DripServer, tmp_path: Path) -> None:
    bank = _bank(drip.url, tmp_path)
    with pytest.raises((Timeout, Offline)):
        bank.sign_in("liwei", "Demo-1234")
    bank.close()


@pytest.mark.parametrize("drip", [(0.05, 1000)], indirect=True)
def test_a_body_dripping_under_the_read_timeout_is_cut_at_the_deadline(
    drip: DripServer, tmp_path: Path
) -> None:
    bank = _bank(
        drip.url, tmp_path
    )  # each byte comes well within the 0.3 s read timeout; all of it takes 50 s
    started = time.monotonic()
    with pytest.raises(Timeout):
        bank.sign_in("liwei", "Demo-1234")
    bank.close()
    assert time.monotonic() - started < 5  # two attempts of 3 x 0.3 s, not 50 s
