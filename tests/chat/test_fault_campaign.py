"""Fault campaign: a customer writes messages at random moments while the connection drops, answers are
lost after the server acted, requests time out and the homeserver restarts. Every message must reach the
room exactly once: 0 lost, 0 duplicated. The size is small by default (CI); set A11Y_CHAT_CAMPAIGN to
run more messages, e.g. ``A11Y_CHAT_CAMPAIGN=400 pytest tests/chat/test_fault_campaign.py -s``.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from a11y_bank.chat.client import MatrixClient
from a11y_bank.chat.config import ChatConfig
from a11y_bank.chat.models import Credentials
from a11y_bank.chat.outbox import ChatOutbox
from a11y_bank.chat.session import ChatRunner, ChatSession, ChatUpdate, ConnectionState
from a11y_bank.chat.timeline import Timeline
from tests.chat.faults import FlakyTransport, RestartableServer

MESSAGES = int(os.environ.get("A11Y_CHAT_CAMPAIGN", "40"))
SEED = int(os.environ.get("A11Y_CHAT_CAMPAIGN_SEED", "20261123"))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RestartableServer]:
    running = RestartableServer(tmp_path / "bank.sqlite3")
    yield running
    running.stop()


def login(client: MatrixClient, device_id: str) -> Credentials:
    return client.login_password("alice", "Demo-1234", device_id=device_id)


def room_bodies(url: str, room_id: str) -> list[str]:
    """Every message body in the room, read with a clean client (no faults)."""
    client = MatrixClient(ChatConfig(url))
    try:
        client.login_password("alice", "Demo-1234")
        bodies: list[str] = []
        token: str | None = None
        while True:
            page = client.messages(room_id, from_token=token, limit=100)
            bodies.extend(e.body for e in page.events if e.is_message)
            if page.end is None:
                return bodies
            token = page.end
    finally:
        client.close()


def test_campaign_no_message_lost_or_duplicated(server: RestartableServer, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    transport = FlakyTransport(random.Random(SEED + 1))
    client = MatrixClient(
        ChatConfig(server.url, timeout=1.0, max_retries=2, backoff=0.01, transport=transport)
    )
    session = ChatSession(client, ChatOutbox(tmp_path / "outbox.sqlite3"), login)
    timeline = Timeline()
    lock = threading.Lock()

    def on_update(update: ChatUpdate) -> None:
        with lock:
            timeline.user_id = session.user_id
            timeline.apply(update)

    runner = ChatRunner(
        session, on_update, lambda _s: None, poll_timeout_ms=300, first_backoff=0.02, max_backoff=0.2
    )
    runner.start()
    written: list[str] = []
    try:
        deadline = time.monotonic() + 20
        while not session.connected:
            assert time.monotonic() < deadline, "never connected"
            time.sleep(0.02)
        for n in range(MESSAGES):
            item = session.write(f"campaign message {n:04d}")
            written.append(item.body)
            with lock:
                timeline.add_local(item, session.user_id or "")
            runner.wake_sender()
            if rng.random() < 0.06:
                server.restart()
            time.sleep(rng.uniform(0, 0.03))
        deadline = time.monotonic() + 60
        while session.outbox.pending() or runner.state is not ConnectionState.ONLINE:
            assert time.monotonic() < deadline, f"{len(session.outbox.pending())} never delivered"
            runner.wake_sender()
            time.sleep(0.05)
        room_id = session.room_id
        assert room_id is not None
    finally:
        runner.stop(5.0)
        client.close()

    counts = Counter(b for b in room_bodies(server.url, room_id) if b.startswith("campaign message"))
    lost = [b for b in written if counts[b] == 0]
    duplicated = {b: c for b, c in counts.items() if c > 1}
    shown = Counter(m.body for m in timeline.messages if m.own)
    print(
        f"chat campaign: {MESSAGES} messages, faults {dict(transport.injected)}, "
        f"{server.restarts} restarts -> lost {len(lost)}, duplicated {len(duplicated)}"
    )
    assert sum(transport.injected.values()) > 0, "the campaign injected no fault"
    assert lost == []
    assert duplicated == {}
    assert all(shown[b] == 1 for b in written), "the customer's own view shows a message twice or not at all"
