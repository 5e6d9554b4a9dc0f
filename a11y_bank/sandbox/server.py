"""Run the sandbox on 127.0.0.1: in a background thread (app, tests) or as the console script."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from a11y_bank.sandbox.app import build_app
from a11y_bank.sandbox.clock import Clock
from a11y_bank.sandbox.sender import OffloadedHttpProtocol
from a11y_bank.sandbox.state import Sandbox, open_sandbox

LOOPBACK = "127.0.0.1"


def bind(host: str = LOOPBACK, port: int = 0) -> socket.socket:
    """Bind first, so port 0 gets a free port we can report before serving."""
    # IPPROTO_TCP explicitly: asyncio turns on TCP_NODELAY only for sockets whose proto says TCP, and without
    # it every response (head and body are two writes) waits ~40 ms for Nagle and delayed ACKs.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def make_server(sandbox: Sandbox) -> uvicorn.Server:
    sandbox.db.checkpoint_in_background()  # keeps checkpoints' disk syncs off the event loop
    config = uvicorn.Config(
        build_app(sandbox),
        http=OffloadedHttpProtocol,  # one send per response, made off the event loop (sandbox/sender.py)
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(config)


@dataclass
class RunningSandbox:
    url: str
    sandbox: Sandbox
    _server: uvicorn.Server
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.sandbox.db.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_in_thread(
    db_path: Path | str, *, test_controls: bool = False, port: int = 0, clock: Clock | None = None
) -> RunningSandbox:
    """Start the sandbox on 127.0.0.1 in a daemon thread and wait until it accepts connections."""
    sandbox = open_sandbox(Path(db_path), clock=clock, test_controls=test_controls)
    sock = bind(LOOPBACK, port)
    server = make_server(sandbox)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="a11y-sandbox", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox server did not start")
        time.sleep(0.01)
    host, bound_port = sock.getsockname()[:2]
    return RunningSandbox(f"http://{host}:{bound_port}", sandbox, server, thread)
