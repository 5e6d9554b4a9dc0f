"""The same chat client against a real Synapse: exactly-once sends, replies through sync, restarts."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from a11y_bank.chat.client import SUPPORT_ROOM_TAG, MatrixClient, new_txn_id
from a11y_bank.chat.config import ChatConfig
from a11y_bank.chat.errors import ChatTimeout
from a11y_bank.chat.models import Credentials
from a11y_bank.chat.outbox import ChatOutbox
from a11y_bank.chat.session import ChatRunner, ChatSession, ConnectionState
from tests.chat.faults import LoseFirstAnswer
from tests.synapse.conftest import SERVER_NAME, Synapse

pytestmark = pytest.mark.synapse

STAFF = f"@staff:{SERVER_NAME}"


@pytest.fixture
def clients(synapse: Synapse) -> Iterator[Callable[[str, str], MatrixClient]]:
    made: list[MatrixClient] = []

    def make(user: str, password: str) -> MatrixClient:
        client = MatrixClient(ChatConfig(synapse.url, timeout=10.0, sync_timeout_ms=2_000, backoff=0.05))
        client.login_password(user, password)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def staff_joins(staff: MatrixClient, room_id: str) -> None:
    deadline = time.monotonic() + 10
    token: str | None = None
    while room_id not in staff.joined_rooms():
        batch = staff.sync(token, timeout_ms=500)
        token = batch.next_batch
        if room_id in batch.invites:
            staff.join_room(room_id)
        assert time.monotonic() < deadline, "staff never saw the invite"


def test_same_txn_id_twice_is_one_event(clients: Callable[[str, str], MatrixClient]) -> None:
    customer = clients("customer", "Customer-pass-1")
    room = customer.create_room(name="Support", invite=(STAFF,))
    txn = new_txn_id()
    first = customer.send_message(room, "only once, please", txn)
    assert customer.send_message(room, "only once, please", txn) == first
    events = [e for e in customer.messages(room, limit=100).events if e.body == "only once, please"]
    assert [e.event_id for e in events] == [first]


def test_support_room_and_replies_arrive_through_sync(clients: Callable[[str, str], MatrixClient]) -> None:
    customer = clients("customer", "Customer-pass-1")
    room = customer.support_room(STAFF)
    assert customer.support_room(STAFF) == room  # found again through account data, not re-created
    staff = clients("staff", "Staff-pass-1")
    staff_joins(staff, room)
    token = customer.sync(None, timeout_ms=0).next_batch
    customer.send_message(room, "What are the fees?", new_txn_id())
    staff.send_message(room, "Transfers in China are free.", new_txn_id())
    deadline = time.monotonic() + 10
    seen: list[str] = []
    while "Transfers in China are free." not in seen:
        assert time.monotonic() < deadline, seen
        batch = customer.sync(token, timeout_ms=1_000)
        token = batch.next_batch
        seen.extend(e.body for e in batch.room(room).events if e.sender == STAFF)


def test_runner_recovers_after_homeserver_restart(
    synapse: Synapse, clients: Callable[[str, str], MatrixClient], tmp_path: Path
) -> None:
    def login(client: MatrixClient, device_id: str) -> Credentials:
        return client.login_password("customer", "Customer-pass-1", device_id=device_id)

    client = MatrixClient(ChatConfig(synapse.url, timeout=5.0, max_retries=1, backoff=0.05))
    session = ChatSession(client, ChatOutbox(tmp_path / "outbox.sqlite3"), login, agent_user_id=STAFF)
    received: list[str] = []
    runner = ChatRunner(
        session,
        lambda u: received.extend(e.body for e in u.events if e.sender == STAFF),
        lambda _s: None,
        poll_timeout_ms=1_000,
        first_backoff=0.2,
        max_backoff=1.0,
    )
    runner.start()
    try:
        deadline = time.monotonic() + 20
        while not session.connected:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        room = session.room_id
        assert room is not None
        staff = clients("staff", "Staff-pass-1")
        staff_joins(staff, room)

        synapse.stop()
        item = session.write("written while the server was down")
        runner.wake_sender()
        time.sleep(1.0)
        assert session.outbox.pending()  # nothing could be delivered
        synapse.start()

        deadline = time.monotonic() + 40
        while session.outbox.pending() or runner.state is not ConnectionState.ONLINE:
            assert time.monotonic() < deadline, "not delivered after the restart"
            time.sleep(0.1)
        staff = clients("staff", "Staff-pass-1")  # its old connection died with the server
        staff.send_message(room, "Got it, thank you.", new_txn_id())
        while "Got it, thank you." not in received:
            assert time.monotonic() < deadline, received
            time.sleep(0.1)
        bodies = [e.body for e in staff.messages(room, limit=100).events]
        assert bodies.count(item.body) == 1
    finally:
        runner.stop(3.0)
        client.close()


def test_campaign_on_synapse_no_message_lost_or_duplicated(
    synapse: Synapse, clients: Callable[[str, str], MatrixClient], tmp_path: Path
) -> None:
    """The fault campaign's small size against the real homeserver, with one restart in the middle."""
    import random
    from collections import Counter

    from tests.chat.faults import FlakyTransport

    def login(client: MatrixClient, device_id: str) -> Credentials:
        return client.login_password("customer", "Customer-pass-1", device_id=device_id)

    transport = FlakyTransport(random.Random(7))
    config = ChatConfig(synapse.url, timeout=3.0, max_retries=2, backoff=0.05, transport=transport)
    client = MatrixClient(config)
    session = ChatSession(client, ChatOutbox(tmp_path / "campaign.sqlite3"), login, agent_user_id=STAFF)
    runner = ChatRunner(
        session, lambda _u: None, lambda _s: None, poll_timeout_ms=500, first_backoff=0.1, max_backoff=0.5
    )
    runner.start()
    written: list[str] = []
    try:
        deadline = time.monotonic() + 30
        while not session.connected:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        for n in range(30):
            written.append(session.write(f"synapse campaign {n:03d}").body)
            runner.wake_sender()
            if n == 15:
                synapse.restart()
            time.sleep(0.02)
        deadline = time.monotonic() + 60
        while session.outbox.pending():
            assert time.monotonic() < deadline, f"{len(session.outbox.pending())} never delivered"
            runner.wake_sender()
            time.sleep(0.1)
        room = session.room_id
        assert room is not None
    finally:
        runner.stop(3.0)
        client.close()
    reader = clients("customer", "Customer-pass-1")
    counts = Counter(
        e.body for e in reader.messages(room, limit=100).events if e.body.startswith("synapse campaign")
    )
    lost = [b for b in written if counts[b] == 0]
    duplicated = [b for b in written if counts[b] > 1]
    print(f"synapse campaign: 30 messages, faults {dict(transport.injected)}, 1 restart", end=" ")
    print(f"-> lost {len(lost)}, duplicated {len(duplicated)}")
    assert sum(transport.injected.values()) > 0
    assert lost == []
    assert duplicated == []


def test_support_room_retry_after_lost_create_answer_makes_no_second_room(synapse: Synapse) -> None:
    synapse.register("lostanswer", "Lost-answer-pass-1")
    flaky = LoseFirstAnswer("/createRoom")
    config = ChatConfig(synapse.url, timeout=10.0, backoff=0.05, transport=flaky)
    client = MatrixClient(config)
    try:
        client.login_password("lostanswer", "Lost-answer-pass-1")
        with pytest.raises(ChatTimeout):
            client.support_room(STAFF)
        created = client.joined_rooms()
        assert len(created) == 1, "Synapse made the room although the client never heard"

        room = client.support_room(STAFF)

        assert room == created[0]
        assert client.joined_rooms() == created, "a second room was made"
        assert client.room_state(room, "m.room.create")[SUPPORT_ROOM_TAG] == client.user_id
    finally:
        client.close()
