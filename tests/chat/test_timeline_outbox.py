"""Timeline merging, the outbox's exactly-once bookkeeping, and the transcript formats (no server)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from a11y_bank.chat.errors import ChatOffline
from a11y_bank.chat.models import ChatEvent, parse_sync
from a11y_bank.chat.outbox import ChatOutbox
from a11y_bank.chat.session import ChatUpdate
from a11y_bank.chat.timeline import MessageStatus, Timeline, TimelineMessage
from a11y_bank.chat.transcript import to_html, to_text

ME, AGENT = "@me:test", "@agent:test"
WHEN = datetime(2026, 11, 23, 10, 42, tzinfo=UTC)


def event(event_id: str, sender: str, body: str, txn: str | None = None) -> ChatEvent:
    return ChatEvent(
        event_id, "!r:test", sender, "m.room.message", WHEN, {"msgtype": "m.text", "body": body}, txn
    )


def test_local_echo_becomes_sent_then_read_without_duplicates(tmp_path: Path) -> None:
    outbox = ChatOutbox(tmp_path / "o.db")
    timeline = Timeline(ME)
    item = outbox.add("!r:test", "hello")
    timeline.add_local(item, ME)
    assert timeline.messages[0].status is MessageStatus.SENDING
    change = timeline.apply(
        ChatUpdate(events=(event("$1", ME, "hello", item.txn_id), event("$2", AGENT, "hi!")))
    )
    assert [m.body for m in timeline.messages] == ["hello", "hi!"]
    assert timeline.messages[0].status is MessageStatus.SENT
    assert [m.body for m in change.incoming] == ["hi!"]
    timeline.apply(ChatUpdate(receipts={"$1": (AGENT,)}))
    assert timeline.messages[0].status is MessageStatus.READ
    # A reconnect brings the same history again: nothing is added or announced twice.
    again = timeline.apply(
        ChatUpdate(events=(event("$1", ME, "hello"), event("$2", AGENT, "hi!")), first=True)
    )
    assert len(timeline) == 2
    assert again.incoming == []


def test_delivery_before_echo_matches_by_event_id(tmp_path: Path) -> None:
    outbox = ChatOutbox(tmp_path / "o.db")
    timeline = Timeline(ME)
    item = outbox.add("!r:test", "hello")
    timeline.add_local(item, ME)
    outbox.mark_sent(item.txn_id, "$9")
    delivered = next(i for i in outbox.all() if i.txn_id == item.txn_id)
    timeline.apply(ChatUpdate(delivered=(delivered,)))
    timeline.apply(ChatUpdate(events=(event("$9", ME, "hello"),)))  # another device: no txn id
    assert len(timeline) == 1
    assert timeline.messages[0].status is MessageStatus.SENT


def test_first_connect_history_is_not_announced() -> None:
    timeline = Timeline(ME)
    change = timeline.apply(ChatUpdate(events=(event("$1", AGENT, "Welcome"),), first=True))
    assert change.incoming == []
    assert change.inserted == [0]


def test_outbox_keeps_txn_and_stops_at_first_failure(tmp_path: Path) -> None:
    outbox = ChatOutbox(tmp_path / "o.db")
    first, second = outbox.add("!r:test", "one"), outbox.add("!r:test", "two")
    sent: list[str] = []

    def failing(room: str, kind: str, content: Mapping[str, Any], txn: str) -> str:
        if txn == second.txn_id:
            raise ChatOffline("down")
        sent.append(txn)
        return "$" + txn

    with pytest.raises(ChatOffline):
        outbox.flush(failing)
    assert [i.txn_id for i in outbox.pending()] == [second.txn_id]
    reopened = ChatOutbox(tmp_path / "o.db")  # survives a restart of the app
    delivered = reopened.flush(lambda room, kind, content, txn: "$" + txn)
    assert [i.txn_id for i in delivered] == [second.txn_id]
    assert sent == [first.txn_id]
    assert reopened.device_id() == outbox.device_id()


def test_transcripts_escape_and_list_every_message() -> None:
    messages = [
        TimelineMessage(ME, True, WHEN, "Is <b>this</b> safe?\nSecond line", MessageStatus.READ, "$1"),
        TimelineMessage(AGENT, False, WHEN, "Yes & no", MessageStatus.RECEIVED, "$2"),
    ]
    kwargs: dict[str, Any] = {
        "name": lambda m: "You" if m.own else "Support",
        "stamp": lambda w: w.strftime("%H:%M"),
        "text": lambda m: m.body,
    }
    text = to_text(messages, "Support chat", **kwargs)
    assert "You, 10:42\n    Is <b>this</b> safe?\n    Second line" in text
    page = to_html(messages, "Support chat", lang="zh", **kwargs)
    assert '<html lang="zh">' in page
    assert "Is &lt;b&gt;this&lt;/b&gt; safe?<br>Second line" in page
    assert page.count("<li>") == 2
    assert "Yes &amp; no" in page


def test_sync_parsing_is_strict() -> None:
    batch = parse_sync(
        {
            "next_batch": "s9",
            "rooms": {
                "join": {
                    "!r:test": {
                        "timeline": {"events": [], "limited": True, "prev_batch": "t1"},
                        "ephemeral": {"events": [{"type": "m.typing", "content": {"user_ids": [AGENT]}}]},
                    }
                },
                "invite": {"!x:test": {}},
            },
        }
    )
    assert batch.room("!r:test").typing == (AGENT,)
    assert batch.room("!r:test").prev_batch == "t1"
    assert batch.invites == ("!x:test",)
    from a11y_bank.chat.errors import ChatInvalidResponse

    with pytest.raises(ChatInvalidResponse):
        parse_sync({"next_batch": 5})
