"""Chat fixtures: a sandbox with only the bank sign-in and the Matrix routes, served on 127.0.0.1.

The app is composed here (not the full sandbox app) so the chat tests do not depend on how or when the
sandbox mounts the Matrix routes. The agent answers after tiny pauses so tests stay fast.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette

from a11y_bank.chat.client import MatrixClient
from a11y_bank.chat.config import ChatConfig
from a11y_bank.sandbox import routes_ext
from a11y_bank.sandbox.app import _api_error
from a11y_bank.sandbox.errors import ApiError
from a11y_bank.sandbox.matrix.agent import AgentTiming
from a11y_bank.sandbox.matrix.routes import MatrixService, build_routes
from a11y_bank.sandbox.server import LOOPBACK, bind
from a11y_bank.sandbox.state import Sandbox, open_sandbox

FAST_AGENT = AgentTiming(think=0.02, typing=0.05)


@dataclass
class ChatServer:
    """A running composed sandbox: its URL, the sandbox state and the Matrix service (for inspection)."""

    url: str
    sandbox: Sandbox
    service: MatrixService
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def compose_app(sandbox: Sandbox, service: MatrixService) -> Starlette:
    app = Starlette(
        routes=routes_ext.ROUTES + build_routes(service), exception_handlers={ApiError: _api_error}
    )
    app.state.sandbox = sandbox
    from a11y_bank.sandbox.controls import RateLimiter

    app.state.limiter = RateLimiter(sandbox.rules.rate_per_second, sandbox.rules.rate_burst)
    return app


def serve(sandbox: Sandbox, service: MatrixService, port: int = 0) -> ChatServer:
    sock = bind(LOOPBACK, port)
    config = uvicorn.Config(
        compose_app(sandbox, service),
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("chat sandbox did not start")
        time.sleep(0.01)
    host, bound = sock.getsockname()[:2]
    return ChatServer(f"http://{host}:{bound}", sandbox, service, server, thread)


@pytest.fixture(scope="session")
def chat_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("chat") / "bank.sqlite3"


@pytest.fixture(scope="session")
def chat_server(chat_db: Path) -> Iterator[ChatServer]:
    sandbox = open_sandbox(chat_db)
    running = serve(sandbox, MatrixService(sandbox, FAST_AGENT))
    yield running
    running.stop()
    sandbox.db.close()


@pytest.fixture
def make_client(chat_server: ChatServer) -> Iterator[Callable[..., MatrixClient]]:
    made: list[MatrixClient] = []

    def make(**kwargs: object) -> MatrixClient:
        config = ChatConfig(chat_server.url, timeout=5.0, sync_timeout_ms=2_000, backoff=0.01, **kwargs)  # type: ignore[arg-type]
        client = MatrixClient(config)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def bank_token(url: str, username: str = "liwei", password: str = "Demo-1234") -> str:
    response = httpx.post(
        f"{url}/a11y-ext/v1/auth/sign-in", json={"Data": {"Username": username, "Password": password}}
    )
    response.raise_for_status()
    token: str = response.json()["Data"]["AccessToken"]
    return token
