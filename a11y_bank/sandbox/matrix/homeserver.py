"""The homeserver's state and rules (synchronous, on the sandbox database; the routes make it HTTP).

Semantics kept from the Matrix spec because the client relies on them:
- a ``PUT /send/{type}/{txnId}`` repeated by the same device returns the first event id, stores nothing;
- /sync returns what happened after ``since`` (events, invites, typing, read receipts) and a new token;
- /messages pages backwards from a token; only joined members read a room;
- events carry ``unsigned.transaction_id`` only for the device that sent them.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from a11y_bank.sandbox import crypto
from a11y_bank.sandbox.db import Database
from a11y_bank.sandbox.matrix.errors import MatrixError, bad_json, forbidden, not_found, unknown_token
from a11y_bank.sandbox.matrix.notify import Notifier

SERVER_NAME = "a11ybank.sandbox"
SUPPORT_BOT = f"@support:{SERVER_NAME}"
TIMELINE_LIMIT = 50

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS mx_tokens (token_hash BLOB PRIMARY KEY, user_id TEXT NOT NULL,"
    " device_id TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS mx_rooms (room_id TEXT PRIMARY KEY, creator TEXT NOT NULL,"
    " name TEXT NOT NULL, created_ts INTEGER NOT NULL, handed_over INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS mx_members (room_id TEXT NOT NULL, user_id TEXT NOT NULL,"
    " membership TEXT NOT NULL, PRIMARY KEY (room_id, user_id))",
    "CREATE TABLE IF NOT EXISTS mx_events (pos INTEGER PRIMARY KEY AUTOINCREMENT,"
    " event_id TEXT UNIQUE NOT NULL, room_id TEXT NOT NULL, sender TEXT NOT NULL, type TEXT NOT NULL,"
    " state_key TEXT, content TEXT NOT NULL,"
    " ts INTEGER NOT NULL, device_id TEXT, txn_id TEXT)",
    "CREATE UNIQUE INDEX IF NOT EXISTS mx_events_txn ON mx_events (sender, device_id, txn_id)"
    " WHERE txn_id IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS mx_events_room ON mx_events (room_id, pos)",
    "CREATE TABLE IF NOT EXISTS mx_receipts (room_id TEXT NOT NULL, user_id TEXT NOT NULL,"
    " event_id TEXT NOT NULL, ts INTEGER NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY (room_id, user_id))",
    "CREATE TABLE IF NOT EXISTS mx_account_data (user_id TEXT NOT NULL, type TEXT NOT NULL,"
    " content TEXT NOT NULL, PRIMARY KEY (user_id, type))",
    "CREATE TABLE IF NOT EXISTS chat_ratings (id TEXT PRIMARY KEY, room_id TEXT NOT NULL,"
    " user_id TEXT NOT NULL, score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10), complaint TEXT,"
    " event_id TEXT UNIQUE NOT NULL, created_ts INTEGER NOT NULL)",
)


def user_id_for(username: str) -> str:
    return f"@{username}:{SERVER_NAME}"


def localpart(user_id: str) -> str:
    return user_id.removeprefix("@").split(":", 1)[0]


@dataclass(frozen=True)
class Device:
    """Who is calling: the user and the device the access token belongs to."""

    user_id: str
    device_id: str


@dataclass(frozen=True)
class StreamToken:
    """``s{event}_{receipt}_{typing}``: positions in the three streams a /sync covers."""

    events: int = 0
    receipts: int = 0
    typing: int = 0

    def __str__(self) -> str:
        return f"s{self.events}_{self.receipts}_{self.typing}"

    @classmethod
    def parse(cls, text: str | None) -> StreamToken | None:
        if not text:
            return None
        try:
            events, receipts, typing = (int(part) for part in text.removeprefix("s").split("_"))
        except ValueError:
            raise MatrixError(400, "M_INVALID_PARAM", "Unknown since token") from None
        return cls(events, receipts, typing)


@dataclass
class Typing:
    """Who is typing where (memory only, like every homeserver: typing is ephemeral)."""

    version: int = 0
    until: dict[str, dict[str, float]] = field(default_factory=dict)

    def users(self, room_id: str, now: float) -> list[str]:
        return sorted(user for user, end in self.until.get(room_id, {}).items() if end > now)


@dataclass(frozen=True)
class StoredEvent:
    event_id: str
    pos: int
    room_id: str
    sender: str
    type: str
    content: dict[str, Any]
    created: bool
    """False when the txn id had been used before: the event is the earlier one."""


EventHook = Callable[[StoredEvent], None]


class Homeserver:
    """All Matrix state of one sandbox. Thread-safe (the database serialises; typing has its own lock)."""

    def __init__(self, db: Database, *, clock_ms: Callable[[], int] | None = None) -> None:
        self.db = db
        self.notifier = Notifier()
        self.typing = Typing()
        self._typing_lock = threading.Lock()
        self._clock_ms = clock_ms or (lambda: int(time.time() * 1000))
        self.on_event: list[EventHook] = []
        self.event_checks: dict[
            str, Callable[[sqlite3.Connection, Device, str, dict[str, Any], str], None]
        ] = {}
        with db.transaction() as conn:
            for statement in SCHEMA:
                conn.execute(statement)

    # --- accounts -----------------------------------------------------------------------------

    def login_customer(self, customer_id: str, device_id: str | None) -> dict[str, Any]:
        row = self.db.one("SELECT username FROM customers WHERE id = ?", (customer_id,))
        if row is None:
            raise forbidden("No such customer")
        return self._issue(user_id_for(row["username"]), device_id)

    def login_password(self, user: str, password: str, device_id: str | None) -> dict[str, Any]:
        name = localpart(user) if user.startswith("@") else user
        row = self.db.one("SELECT * FROM customers WHERE username = ?", (name,))
        if row is None or not crypto.password_matches(password, row["password_salt"], row["password_hash"]):
            raise forbidden("Invalid username or password")
        return self._issue(user_id_for(name), device_id)

    def _issue(self, user_id: str, device_id: str | None) -> dict[str, Any]:
        device = device_id or "SBX" + secrets.token_hex(5).upper()
        token = crypto.new_token()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO mx_tokens (token_hash, user_id, device_id) VALUES (?,?,?)",
                (crypto.token_hash(token), user_id, device),
            )
        return {"user_id": user_id, "access_token": token, "device_id": device, "home_server": SERVER_NAME}

    def authenticate(self, authorization: str | None) -> Device:
        if not authorization or not authorization.startswith("Bearer "):
            raise MatrixError(401, "M_MISSING_TOKEN", "Missing access token")
        token = authorization.removeprefix("Bearer ").strip()
        row = self.db.one("SELECT * FROM mx_tokens WHERE token_hash = ?", (crypto.token_hash(token),))
        if row is None or row["revoked"]:
            raise unknown_token()
        return Device(row["user_id"], row["device_id"])

    def logout(self, authorization: str) -> None:
        token = authorization.removeprefix("Bearer ").strip()
        with self.db.transaction() as conn:
            conn.execute("UPDATE mx_tokens SET revoked = 1 WHERE token_hash = ?", (crypto.token_hash(token),))

    def is_staff(self, user_id: str) -> bool:
        row = self.db.one("SELECT is_staff FROM customers WHERE username = ?", (localpart(user_id),))
        return bool(row and row["is_staff"])

    def staff_users(self) -> list[str]:
        return [
            user_id_for(r["username"]) for r in self.db.query("SELECT username FROM customers WHERE is_staff")
        ]

    def customer_of(self, user_id: str) -> str | None:
        row = self.db.one("SELECT id FROM customers WHERE username = ?", (localpart(user_id),))
        return str(row["id"]) if row else None

    # --- account data -------------------------------------------------------------------------

    def account_data(self, device: Device, user_id: str, data_type: str) -> dict[str, Any]:
        self._own(device, user_id)
        row = self.db.one(
            "SELECT content FROM mx_account_data WHERE user_id = ? AND type = ?", (user_id, data_type)
        )
        if row is None:
            raise not_found("Account data not found")
        content: dict[str, Any] = json.loads(row["content"])
        return content

    def set_account_data(self, device: Device, user_id: str, data_type: str, content: dict[str, Any]) -> None:
        self._own(device, user_id)
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO mx_account_data (user_id, type, content) VALUES (?,?,?)",
                (user_id, data_type, json.dumps(content)),
            )

    @staticmethod
    def _own(device: Device, user_id: str) -> None:
        if device.user_id != user_id:
            raise forbidden("Cannot access another user's account data")

    # --- rooms --------------------------------------------------------------------------------

    def create_room(
        self, device: Device, name: str, invite: list[str], creation_content: dict[str, Any] | None = None
    ) -> str:
        """A new room; `creation_content` goes into its `m.room.create` event (the creator key is ours)."""
        room_id = f"!{secrets.token_urlsafe(12)}:{SERVER_NAME}"
        create_content = {**(creation_content or {}), "creator": device.user_id}
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO mx_rooms (room_id, creator, name, created_ts) VALUES (?,?,?,?)",
                (room_id, device.user_id, name, self._clock_ms()),
            )
            self._insert(conn, room_id, device.user_id, "m.room.create", create_content, state_key="")
            self._set_membership(conn, room_id, device.user_id, device.user_id, "join")
            self._insert(conn, room_id, device.user_id, "m.room.name", {"name": name}, state_key="")
            for user in invite:
                self._set_membership(conn, room_id, device.user_id, user, "invite")
        self.notifier.notify()
        return room_id

    def state_content(self, device: Device, room_id: str, event_type: str, state_key: str) -> dict[str, Any]:
        """The content of the room's current state event (`type`, `state_key`); members only."""
        self.require_joined(device.user_id, room_id)
        row = self.db.one(
            "SELECT content FROM mx_events WHERE room_id = ? AND type = ? AND state_key = ?"
            " ORDER BY pos DESC LIMIT 1",
            (room_id, event_type, state_key),
        )
        if row is None:
            raise not_found("Event not found")
        content: dict[str, Any] = json.loads(row["content"])
        return content

    def invite(self, sender: str, room_id: str, user_id: str) -> None:
        with self.db.transaction() as conn:
            if self._membership(conn, room_id, user_id) in {"join", "invite"}:
                return
            self._set_membership(conn, room_id, sender, user_id, "invite")
        self.notifier.notify()

    def join(self, device: Device, room_id: str) -> None:
        with self.db.transaction() as conn:
            membership = self._membership(conn, room_id, device.user_id)
            if membership == "join":
                return
            if membership != "invite":
                raise forbidden("You are not invited to this room")
            self._set_membership(conn, room_id, device.user_id, device.user_id, "join")
        self.notifier.notify()

    def joined_rooms(self, user_id: str) -> list[str]:
        rows = self.db.query(
            "SELECT room_id FROM mx_members WHERE user_id = ? AND membership = 'join' ORDER BY room_id",
            (user_id,),
        )
        return [r["room_id"] for r in rows]

    def members(self, room_id: str) -> list[str]:
        rows = self.db.query(
            "SELECT user_id FROM mx_members WHERE room_id = ? AND membership = 'join'", (room_id,)
        )
        return [r["user_id"] for r in rows]

    def require_joined(self, user_id: str, room_id: str) -> None:
        row = self.db.one(
            "SELECT membership FROM mx_members WHERE room_id = ? AND user_id = ?", (room_id, user_id)
        )
        if row is None or row["membership"] != "join":
            raise forbidden("You are not in this room")

    @staticmethod
    def _membership(conn: sqlite3.Connection, room_id: str, user_id: str) -> str | None:
        if conn.execute("SELECT 1 FROM mx_rooms WHERE room_id = ?", (room_id,)).fetchone() is None:
            raise not_found("No such room")
        row = conn.execute(
            "SELECT membership FROM mx_members WHERE room_id = ? AND user_id = ?", (room_id, user_id)
        ).fetchone()
        return str(row["membership"]) if row else None

    def _set_membership(
        self, conn: sqlite3.Connection, room_id: str, sender: str, user_id: str, state: str
    ) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO mx_members (room_id, user_id, membership) VALUES (?,?,?)",
            (room_id, user_id, state),
        )
        self._insert(conn, room_id, sender, "m.room.member", {"membership": state}, state_key=user_id)

    # --- events -------------------------------------------------------------------------------

    def send(
        self, device: Device, room_id: str, event_type: str, content: dict[str, Any], txn_id: str
    ) -> StoredEvent:
        """Store an event once per (sender, device, txn id); a repeat returns the first one."""
        self.require_joined(device.user_id, room_id)
        with self.db.transaction() as conn:
            earlier = conn.execute(
                "SELECT * FROM mx_events WHERE sender = ? AND device_id = ? AND txn_id = ?",
                (device.user_id, device.device_id, txn_id),
            ).fetchone()
            if earlier is not None:
                return _stored(earlier, created=False)
            check = self.event_checks.get(event_type)
            event_id = self._new_event_id()
            if check is not None:
                check(conn, device, room_id, content, event_id)
            pos = self._insert(
                conn,
                room_id,
                device.user_id,
                event_type,
                content,
                device=device,
                txn_id=txn_id,
                event_id=event_id,
            )
        stored = StoredEvent(event_id, pos, room_id, device.user_id, event_type, content, created=True)
        self._clear_typing(room_id, device.user_id)
        self.notifier.notify()
        for hook in self.on_event:
            hook(stored)
        return stored

    def _insert(
        self,
        conn: sqlite3.Connection,
        room_id: str,
        sender: str,
        event_type: str,
        content: dict[str, Any],
        *,
        state_key: str | None = None,
        device: Device | None = None,
        txn_id: str | None = None,
        event_id: str | None = None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO mx_events"
            " (event_id, room_id, sender, type, state_key, content, ts, device_id, txn_id)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (
                event_id or self._new_event_id(),
                room_id,
                sender,
                event_type,
                state_key,
                json.dumps(content, ensure_ascii=False),
                self._clock_ms(),
                device.device_id if device else None,
                txn_id,
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @staticmethod
    def _new_event_id() -> str:
        return "$" + secrets.token_urlsafe(18)

    def messages(
        self, device: Device, room_id: str, from_token: str | None, limit: int, backwards: bool
    ) -> dict[str, Any]:
        self.require_joined(device.user_id, room_id)
        limit = max(1, min(limit, 100))
        start = _page_pos(from_token)
        if backwards:
            bound = start if start is not None else self._max_pos() + 1
            rows = self.db.query(
                "SELECT * FROM mx_events WHERE room_id = ? AND pos < ? ORDER BY pos DESC LIMIT ?",
                (room_id, bound, limit + 1),
            )
        else:
            bound = start if start is not None else 0
            rows = self.db.query(
                "SELECT * FROM mx_events WHERE room_id = ? AND pos >= ? ORDER BY pos LIMIT ?",
                (room_id, bound, limit + 1),
            )
        more = len(rows) > limit
        rows = rows[:limit]
        answer: dict[str, Any] = {
            "start": f"t{bound}",
            "chunk": [self._client_event(r, device, with_room=True) for r in rows],
        }
        if more and rows:
            last = rows[-1]["pos"]
            answer["end"] = f"t{last}" if backwards else f"t{last + 1}"
        return answer

    def _max_pos(self) -> int:
        row = self.db.one("SELECT COALESCE(MAX(pos), 0) AS p FROM mx_events")
        return int(row["p"]) if row else 0

    def _max_receipt(self) -> int:
        row = self.db.one("SELECT COALESCE(MAX(pos), 0) AS p FROM mx_receipts")
        return int(row["p"]) if row else 0

    @staticmethod
    def _client_event(row: sqlite3.Row, device: Device, *, with_room: bool = False) -> dict[str, Any]:
        event: dict[str, Any] = {
            "event_id": row["event_id"],
            "sender": row["sender"],
            "type": row["type"],
            "origin_server_ts": row["ts"],
            "content": json.loads(row["content"]),
        }
        if with_room:
            event["room_id"] = row["room_id"]
        if row["state_key"] is not None:
            event["state_key"] = row["state_key"]
        if row["txn_id"] and row["sender"] == device.user_id and row["device_id"] == device.device_id:
            event["unsigned"] = {"transaction_id": row["txn_id"]}
        return event

    # --- ephemeral ----------------------------------------------------------------------------

    def set_typing(self, device: Device, room_id: str, user_id: str, typing: bool, timeout_ms: int) -> None:
        if device.user_id != user_id:
            raise forbidden("Cannot set typing for another user")
        self.require_joined(user_id, room_id)
        with self._typing_lock:
            room = self.typing.until.setdefault(room_id, {})
            if typing:
                room[user_id] = time.monotonic() + min(max(timeout_ms, 0), 120_000) / 1000
            elif room.pop(user_id, None) is None:
                return
            self.typing.version += 1
        self.notifier.notify()

    def _clear_typing(self, room_id: str, user_id: str) -> None:
        with self._typing_lock:
            if self.typing.until.get(room_id, {}).pop(user_id, None) is None:
                return
            self.typing.version += 1

    def receipt(self, device: Device, room_id: str, event_id: str) -> None:
        self.require_joined(device.user_id, room_id)
        with self.db.transaction() as conn:
            if (
                conn.execute(
                    "SELECT 1 FROM mx_events WHERE event_id = ? AND room_id = ?", (event_id, room_id)
                ).fetchone()
                is None
            ):
                raise not_found("No such event in this room")
            pos = conn.execute("SELECT COALESCE(MAX(pos), 0) + 1 FROM mx_receipts").fetchone()[0]
            conn.execute(
                "INSERT OR REPLACE INTO mx_receipts (room_id, user_id, event_id, ts, pos) VALUES (?,?,?,?,?)",
                (room_id, device.user_id, event_id, self._clock_ms(), pos),
            )
        self.notifier.notify()

    # --- sync ---------------------------------------------------------------------------------

    def current_token(self) -> StreamToken:
        return StreamToken(self._max_pos(), self._max_receipt(), self.typing.version)

    def sync(self, device: Device, since: StreamToken | None) -> tuple[dict[str, Any], bool]:
        """The /sync body for `device` after `since`, and whether it holds any news."""
        now = self.current_token()
        joined: dict[str, Any] = {}
        news = False
        for room_id in self.joined_rooms(device.user_id):
            room, room_news = self._room_sync(device, room_id, since, now)
            news = news or room_news
            joined[room_id] = room
        invites = self._invites(device.user_id, since)
        body = {"next_batch": str(now), "rooms": {"join": joined, "invite": invites, "leave": {}}}
        return body, news or bool(invites)

    def _room_sync(
        self, device: Device, room_id: str, since: StreamToken | None, now: StreamToken
    ) -> tuple[dict[str, Any], bool]:
        after = since.events if since else 0
        rows = self.db.query(
            "SELECT * FROM mx_events WHERE room_id = ? AND pos > ? AND pos <= ? ORDER BY pos DESC LIMIT ?",
            (room_id, after, now.events, TIMELINE_LIMIT + 1),
        )
        limited = len(rows) > TIMELINE_LIMIT
        rows = list(reversed(rows[:TIMELINE_LIMIT]))
        timeline: dict[str, Any] = {
            "events": [self._client_event(r, device) for r in rows],
            "limited": limited,
        }
        if rows:
            timeline["prev_batch"] = f"t{rows[0]['pos']}"
        ephemeral = []
        typing_changed = since is None or since.typing != now.typing
        if typing_changed:
            users = self.typing.users(room_id, time.monotonic())
            ephemeral.append({"type": "m.typing", "content": {"user_ids": users}})
        receipts = self._receipts(room_id, since.receipts if since else 0, now.receipts)
        if receipts:
            ephemeral.append({"type": "m.receipt", "content": receipts})
        news = bool(rows) or bool(receipts) or (since is not None and typing_changed)
        return {"timeline": timeline, "ephemeral": {"events": ephemeral}, "state": {"events": []}}, news

    def _receipts(self, room_id: str, after: int, upto: int) -> dict[str, Any]:
        rows = self.db.query(
            "SELECT * FROM mx_receipts WHERE room_id = ? AND pos > ? AND pos <= ?", (room_id, after, upto)
        )
        content: dict[str, Any] = {}
        for row in rows:
            content.setdefault(row["event_id"], {"m.read": {}})["m.read"][row["user_id"]] = {"ts": row["ts"]}
        return content

    def _invites(self, user_id: str, since: StreamToken | None) -> dict[str, Any]:
        rows = self.db.query(
            "SELECT m.room_id, r.name FROM mx_members m JOIN mx_rooms r ON r.room_id = m.room_id"
            " WHERE m.user_id = ? AND m.membership = 'invite'",
            (user_id,),
        )
        invites: dict[str, Any] = {}
        for row in rows:
            event = self.db.one(
                "SELECT pos FROM mx_events WHERE room_id = ? AND type = 'm.room.member' AND state_key = ?"
                " ORDER BY pos DESC LIMIT 1",
                (row["room_id"], user_id),
            )
            if since is None or (event is not None and event["pos"] > since.events):
                state = [{"type": "m.room.name", "state_key": "", "content": {"name": row["name"]}}]
                invites[row["room_id"]] = {"invite_state": {"events": state}}
        return invites


def _stored(row: sqlite3.Row, *, created: bool) -> StoredEvent:
    return StoredEvent(
        row["event_id"],
        row["pos"],
        row["room_id"],
        row["sender"],
        row["type"],
        json.loads(row["content"]),
        created,
    )


def _page_pos(token: str | None) -> int | None:
    if token is None:
        return None
    if token.startswith("t") and token[1:].isdigit():
        return int(token[1:])
    parsed = StreamToken.parse(token)  # a /sync token is a valid place to start paging back from
    assert parsed is not None
    return parsed.events + 1


def validate_content(content: Any) -> dict[str, Any]:
    if not isinstance(content, dict):
        raise bad_json("Content must be a JSON object")
    return content
