"""Typed, frozen views of the Matrix JSON the chat uses, parsed strictly (`ChatInvalidResponse` otherwise)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from a11y_bank.chat.errors import ChatInvalidResponse

__all__ = [
    "MESSAGE_TYPE",
    "RATING_TYPE",
    "ChatEvent",
    "Credentials",
    "JsonObject",
    "MessagesPage",
    "RoomUpdate",
    "SyncBatch",
    "parse_event",
    "parse_messages",
    "parse_sync",
]

JsonObject = dict[str, Any]
MESSAGE_TYPE = "m.room.message"
RATING_TYPE = "org.a11ybank.rating"
"""Custom room event carrying the end-of-chat rating (score 1-10) and an optional complaint."""


@dataclass(frozen=True, slots=True)
class Credentials:
    """What a login returns. The token never appears in `repr`."""

    user_id: str
    device_id: str
    access_token: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ChatEvent:
    """One room event of the timeline.

    Attributes:
        txn_id: ``unsigned.transaction_id``: present only on our own events, seen by the device that sent
            them; it is how a local echo is matched with the event the server stored.
    """

    event_id: str
    room_id: str
    sender: str
    type: str
    timestamp: datetime
    content: Mapping[str, Any]
    txn_id: str | None = None

    @property
    def body(self) -> str:
        """The text of an ``m.room.message``; "" for anything else."""
        value = self.content.get("body")
        return value if isinstance(value, str) else ""

    @property
    def is_message(self) -> bool:
        return self.type == MESSAGE_TYPE and isinstance(self.content.get("body"), str)


@dataclass(frozen=True, slots=True)
class RoomUpdate:
    """What one /sync says about one joined room.

    Attributes:
        typing: user ids typing now, or None when the batch said nothing about typing.
        receipts: event id -> user ids that have read up to it (``m.read``).
    """

    room_id: str
    events: tuple[ChatEvent, ...] = ()
    typing: tuple[str, ...] | None = None
    receipts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    limited: bool = False
    prev_batch: str | None = None


@dataclass(frozen=True, slots=True)
class SyncBatch:
    """One /sync answer: the token for the next call, joined-room updates and pending invites."""

    next_batch: str
    rooms: Mapping[str, RoomUpdate] = field(default_factory=dict)
    invites: tuple[str, ...] = ()

    def room(self, room_id: str) -> RoomUpdate:
        return self.rooms.get(room_id) or RoomUpdate(room_id)


@dataclass(frozen=True, slots=True)
class MessagesPage:
    """One /messages page: `events` in the direction asked; `end` is None when there is nothing further."""

    events: tuple[ChatEvent, ...]
    start: str
    end: str | None


def _str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ChatInvalidResponse(f"{what} is not a string")
    return value


def _obj(value: Any, what: str) -> JsonObject:
    if not isinstance(value, dict):
        raise ChatInvalidResponse(f"{what} is not an object")
    return value


def _sub(document: JsonObject, key: str) -> JsonObject:
    """`document[key]` when it is an object, else an empty one (optional sections of /sync)."""
    value = document.get(key)
    return value if isinstance(value, dict) else {}


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise ChatInvalidResponse(f"{what} is not a list")
    return value


def parse_event(document: Any, room_id: str) -> ChatEvent:
    """A room event; `room_id` fills in for /sync timelines, which leave it out."""
    event = _obj(document, "event")
    ts = event.get("origin_server_ts")
    if not isinstance(ts, int) or isinstance(ts, bool):
        raise ChatInvalidResponse("origin_server_ts is not an integer")
    txn = _sub(event, "unsigned").get("transaction_id")
    room = event.get("room_id")
    return ChatEvent(
        event_id=_str(event.get("event_id"), "event_id"),
        room_id=room if isinstance(room, str) else room_id,
        sender=_str(event.get("sender"), "sender"),
        type=_str(event.get("type"), "type"),
        timestamp=datetime.fromtimestamp(ts / 1000, UTC),
        content=_obj(event.get("content", {}), "content"),
        txn_id=txn if isinstance(txn, str) else None,
    )


def _ephemeral(room: JsonObject) -> tuple[tuple[str, ...] | None, dict[str, tuple[str, ...]]]:
    typing: tuple[str, ...] | None = None
    receipts: dict[str, tuple[str, ...]] = {}
    for item in _list(_sub(room, "ephemeral").get("events", []), "ephemeral"):
        if not isinstance(item, dict):
            continue
        content = item.get("content")
        if item.get("type") == "m.typing" and isinstance(content, dict):
            typing = tuple(u for u in _list(content.get("user_ids", []), "user_ids") if isinstance(u, str))
        elif item.get("type") == "m.receipt" and isinstance(content, dict):
            for event_id, kinds in content.items():
                read = kinds.get("m.read") if isinstance(kinds, dict) else None
                if isinstance(read, dict):
                    receipts[event_id] = receipts.get(event_id, ()) + tuple(read)
    return typing, receipts


def _room_update(room_id: str, document: Any) -> RoomUpdate:
    room = _obj(document, "joined room")
    timeline = _sub(room, "timeline")
    events = tuple(parse_event(e, room_id) for e in _list(timeline.get("events", []), "timeline.events"))
    typing, receipts = _ephemeral(room)
    prev = timeline.get("prev_batch")
    return RoomUpdate(
        room_id=room_id,
        events=events,
        typing=typing,
        receipts=receipts,
        limited=bool(timeline.get("limited", False)),
        prev_batch=prev if isinstance(prev, str) else None,
    )


def parse_sync(document: Any) -> SyncBatch:
    body = _obj(document, "sync")
    rooms = _sub(body, "rooms")
    joined = _sub(rooms, "join")
    invited = _sub(rooms, "invite")
    return SyncBatch(
        next_batch=_str(body.get("next_batch"), "next_batch"),
        rooms={room_id: _room_update(room_id, room) for room_id, room in joined.items()},
        invites=tuple(invited),
    )


def parse_messages(document: Any, room_id: str) -> MessagesPage:
    body = _obj(document, "messages")
    end = body.get("end")
    return MessagesPage(
        events=tuple(parse_event(e, room_id) for e in _list(body.get("chunk", []), "chunk")),
        start=_str(body.get("start"), "start"),
        end=end if isinstance(end, str) else None,
    )
