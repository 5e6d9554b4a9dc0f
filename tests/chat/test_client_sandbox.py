"""The chat client against the sandbox homeserver over real HTTP on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from a11y_bank.chat.client import MatrixClient, new_txn_id
from a11y_bank.chat.errors import ChatAuthExpired, ChatNotFound, ChatRejected
from a11y_bank.chat.models import ChatEvent, SyncBatch
from a11y_bank.sandbox.matrix.agent import GREETING, HANDOVER
from a11y_bank.sandbox.matrix.homeserver import SUPPORT_BOT
from tests.chat.conftest import ChatServer, bank_token

MakeClient = Callable[..., MatrixClient]


PASSWORDS = {"liwei": "Demo-1234", "alice": "Demo-1234", "staff1": "Staff-1234"}


def logged_in(make_client: MakeClient, user: str = "alice") -> MatrixClient:
    client = make_client()
    client.login_password(user, PASSWORDS[user])
    return client


def fresh_room(client: MatrixClient) -> str:
    return client.create_room(name="Support", invite=(SUPPORT_BOT,))


def wait_for(
    client: MatrixClient,
    since: str | None,
    room_id: str,
    predicate: Callable[[ChatEvent], bool],
    seconds: float = 5.0,
) -> tuple[ChatEvent, str]:
    deadline = time.monotonic() + seconds
    token = since
    while time.monotonic() < deadline:
        batch: SyncBatch = client.sync(token, timeout_ms=1_000)
        token = batch.next_batch
        for event in batch.room(room_id).events:
            if predicate(event):
                return event, token
    raise AssertionError("the expected event did not arrive through /sync")


def test_password_login_and_whoami(make_client: MakeClient) -> None:
    client = logged_in(make_client, "liwei")
    assert client.user_id == "@liwei:a11ybank.sandbox"
    assert client.whoami() == client.user_id
    assert "Demo" not in repr(client.credentials)


def test_wrong_password_is_rejected_without_secrets(make_client: MakeClient) -> None:
    client = make_client()
    with pytest.raises(ChatRejected) as info:
        client.login_password("liwei", "wrong-password-123")
    assert info.value.errcode == "M_FORBIDDEN"
    assert "wrong-password" not in str(info.value) + repr(info.value)


def test_bank_session_exchanges_for_chat_token(make_client: MakeClient, chat_server: ChatServer) -> None:
    client = make_client()
    credentials = client.login_bank_token(bank_token(chat_server.url), device_id="DEVTEST1")
    assert credentials.user_id == "@liwei:a11ybank.sandbox"
    assert credentials.device_id == "DEVTEST1"
    with pytest.raises(ChatRejected):
        make_client().login_bank_token("not-a-bank-token")


def test_unknown_token_is_auth_expired(make_client: MakeClient) -> None:
    client = logged_in(make_client)
    client.logout()
    with pytest.raises(ChatAuthExpired):
        client.whoami()


def test_support_room_is_found_again_not_recreated(make_client: MakeClient) -> None:
    first = logged_in(make_client, "liwei")
    room = first.support_room(SUPPORT_BOT)
    second = logged_in(make_client, "liwei")
    assert second.support_room(SUPPORT_BOT) == room
    assert room in second.joined_rooms()


def test_same_txn_id_twice_is_one_event(make_client: MakeClient) -> None:
    client = logged_in(make_client)
    room = fresh_room(client)
    txn = new_txn_id()
    first = client.send_message(room, "hello once", txn)
    again = client.send_message(room, "hello once", txn)
    assert first == again
    page = client.messages(room, limit=100)
    mine = [e for e in page.events if e.body == "hello once"]
    assert [e.event_id for e in mine] == [first]
    assert mine[0].txn_id == txn  # our own device sees its txn id


def test_txn_id_is_scoped_to_the_device(make_client: MakeClient) -> None:
    one = make_client()
    one.login_password("alice", "Demo-1234", device_id="DEV-A")
    room = fresh_room(one)
    other = make_client()
    other.login_password("alice", "Demo-1234", device_id="DEV-B")
    txn = new_txn_id()
    assert one.send_message(room, "from A", txn) != other.send_message(room, "from B", txn)
    same_device = make_client()
    same_device.login_password("alice", "Demo-1234", device_id="DEV-A")
    assert same_device.send_message(room, "from A", txn) == one.send_message(room, "from A", txn)


def test_agent_greets_and_answers_through_sync(make_client: MakeClient) -> None:
    client = logged_in(make_client, "liwei")
    room = fresh_room(client)
    greeting, token = wait_for(client, None, room, lambda e: e.body == GREETING)
    assert greeting.sender == SUPPORT_BOT
    client.send_message(room, "What is my balance?", new_txn_id())
    answer, _ = wait_for(client, token, room, lambda e: e.sender == SUPPORT_BOT and "balances" in e.body)
    assert "CNY" in answer.body


def test_typing_is_seen_before_the_answer(make_client: MakeClient) -> None:
    client = logged_in(make_client)
    room = fresh_room(client)
    batch = client.sync(None, timeout_ms=0)
    client.send_message(room, "what are your opening hours", new_txn_id())
    token, saw_typing = batch.next_batch, False
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        batch = client.sync(token, timeout_ms=1_000)
        token = batch.next_batch
        update = batch.room(room)
        saw_typing = saw_typing or SUPPORT_BOT in (update.typing or ())
        if any("Branches are open" in e.body for e in update.events):
            break
    assert saw_typing


def test_long_poll_waits_then_wakes_on_news(make_client: MakeClient) -> None:
    client = logged_in(make_client)
    room = fresh_room(client)
    wait_for(client, None, room, lambda e: e.body == GREETING)
    token = client.sync(None, timeout_ms=0).next_batch
    started = time.monotonic()
    quiet = client.sync(token, timeout_ms=300)
    assert time.monotonic() - started >= 0.25
    assert not quiet.room(room).events


def test_read_receipts_reach_the_other_side(make_client: MakeClient) -> None:
    client = logged_in(make_client)
    room = fresh_room(client)
    greeting, token = wait_for(client, None, room, lambda e: e.body == GREETING)
    client.send_read_receipt(room, greeting.event_id)
    batch = client.sync(token, timeout_ms=1_000)
    assert client.user_id in batch.room(room).receipts[greeting.event_id]


def test_back_pagination_walks_all_history(make_client: MakeClient) -> None:
    client = logged_in(make_client)
    room = fresh_room(client)
    sent = [client.send_message(room, f"note {i}", new_txn_id()) for i in range(12)]
    seen: list[str] = []
    token: str | None = None
    while True:
        page = client.messages(room, from_token=token, limit=5)
        seen.extend(e.event_id for e in page.events)
        if page.end is None:
            break
        token = page.end
    assert len(seen) == len(set(seen))
    assert [e for e in reversed(seen) if e in sent] == sent


def test_only_members_read_a_room(make_client: MakeClient) -> None:
    owner = logged_in(make_client, "alice")
    room = fresh_room(owner)
    stranger = logged_in(make_client, "liwei")
    with pytest.raises(ChatRejected) as info:
        stranger.messages(room)
    assert info.value.errcode == "M_FORBIDDEN"


def test_missing_account_data_is_not_found(make_client: MakeClient) -> None:
    client = logged_in(make_client)
    with pytest.raises(ChatNotFound):
        client.account_data("org.a11ybank.never-set")


def test_handover_invites_staff_who_can_answer(make_client: MakeClient) -> None:
    customer = logged_in(make_client, "alice")
    room = fresh_room(customer)
    staff = logged_in(make_client, "staff1")
    token = staff.sync(None, timeout_ms=0).next_batch
    _, ctoken = wait_for(customer, None, room, lambda e: e.body == GREETING)
    customer.send_message(room, "I want to talk to a person", new_txn_id())
    wait_for(customer, ctoken, room, lambda e: e.body == HANDOVER)
    deadline = time.monotonic() + 5
    while room not in staff.sync(token, timeout_ms=500).invites:
        assert time.monotonic() < deadline, "staff was not invited"
    staff.join_room(room)
    staff.send_message(room, "Hello, this is Wang from the bank.", new_txn_id())
    reply, _ = wait_for(customer, ctoken, room, lambda e: e.sender == staff.user_id and e.is_message)
    assert reply.body.startswith("Hello, this is Wang")


def test_rating_is_stored_once_and_confirmed(make_client: MakeClient, chat_server: ChatServer) -> None:
    from a11y_bank.sandbox.matrix.agent import RATING_TYPE, ratings

    client = logged_in(make_client)
    room = fresh_room(client)
    txn = new_txn_id()
    content = {"score": 3, "complaint": "The wait was long."}
    first = client.send_event(room, RATING_TYPE, content, txn)
    assert client.send_event(room, RATING_TYPE, content, txn) == first
    stored = [r for r in ratings(chat_server.service.hs) if r["event_id"] == first]
    assert len(stored) == 1
    assert (stored[0]["score"], stored[0]["complaint"]) == (3, "The wait was long.")
    thanks, _ = wait_for(client, None, room, lambda e: e.body.startswith("Thank you. Your rating of 3"))
    assert stored[0]["id"] in thanks.body
    with pytest.raises(ChatRejected):
        client.send_event(room, RATING_TYPE, {"score": 11}, new_txn_id())


def test_session_sets_aside_a_refused_message_and_keeps_going(
    make_client: MakeClient, tmp_path: Path
) -> None:
    from a11y_bank.chat.outbox import ChatOutbox
    from a11y_bank.chat.session import ChatSession

    session = ChatSession(
        make_client(),
        ChatOutbox(tmp_path / "o.db"),
        lambda c, d: c.login_password("alice", "Demo-1234", device_id=d),
    )
    session.connect()
    too_big = session.write("x" * 70_000)  # the homeserver refuses bodies over 64 KiB (413 M_TOO_LARGE)
    fine = session.write("a normal question")
    update = session.deliver()
    assert [i.txn_id for i in update.refused] == [too_big.txn_id]
    assert [i.txn_id for i in update.delivered] == [fine.txn_id]
    assert session.outbox.pending() == []
