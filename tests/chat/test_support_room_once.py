"""Finding the support room is idempotent: a creation whose answer was lost leaves no second room.

Each test runs its own sandbox so the customer starts with no room at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from a11y_bank.chat.client import SUPPORT_ROOM_DATA, SUPPORT_ROOM_TAG, MatrixClient
from a11y_bank.chat.config import ChatConfig
from a11y_bank.chat.errors import ChatTimeout
from a11y_bank.sandbox.matrix.homeserver import SUPPORT_BOT
from a11y_bank.sandbox.matrix.routes import MatrixService
from a11y_bank.sandbox.state import open_sandbox
from tests.chat.conftest import FAST_AGENT, ChatServer, serve
from tests.chat.faults import LoseFirstAnswer


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[ChatServer]:
    sandbox = open_sandbox(tmp_path / "bank.sqlite3")
    running = serve(sandbox, MatrixService(sandbox, FAST_AGENT))
    yield running
    running.stop()
    sandbox.db.close()


def client_for(server: ChatServer, user: str, transport: LoseFirstAnswer | None = None) -> MatrixClient:
    config = ChatConfig(server.url, timeout=5.0, backoff=0.01, transport=transport)
    client = MatrixClient(config)
    client.login_password(user, "Demo-1234")
    return client


def test_retry_after_a_lost_create_answer_finds_the_same_room(own_server: ChatServer) -> None:
    flaky = LoseFirstAnswer("/createRoom")
    client = client_for(own_server, "liwei", flaky)
    with pytest.raises(ChatTimeout):
        client.support_room(SUPPORT_BOT)
    assert flaky.lost == 1
    created = client.joined_rooms()
    assert len(created) == 1, "the server made the room although the client never heard"

    room = client.support_room(SUPPORT_BOT)

    assert room == created[0]
    assert client.joined_rooms() == created, "a second room was made"
    assert client.account_data(SUPPORT_ROOM_DATA) == {"room_id": room}
    assert client.room_state(room, "m.room.create")[SUPPORT_ROOM_TAG] == client.user_id
    # Another device of the same customer, with the account data now set, lands there too.
    other_device = client_for(own_server, "liwei")
    assert other_device.support_room(SUPPORT_BOT) == room
    for each in (client, other_device):
        each.close()


def test_a_room_tagged_for_someone_else_is_not_taken(own_server: ChatServer) -> None:
    alice = client_for(own_server, "alice")
    liwei = client_for(own_server, "liwei")
    alices = alice.create_room(
        name="Support", invite=(liwei.user_id or "",), creation_content={SUPPORT_ROOM_TAG: alice.user_id}
    )
    liwei.join_room(alices)

    own = liwei.support_room(SUPPORT_BOT)

    assert own != alices
    assert set(liwei.joined_rooms()) == {alices, own}
    assert alice.support_room(SUPPORT_BOT) == alices  # and alice's own lookup finds hers by the tag
    for client in (alice, liwei):
        client.close()
