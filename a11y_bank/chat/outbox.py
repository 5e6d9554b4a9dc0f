"""`ChatOutbox`: messages the customer wrote, kept on disk until the homeserver has them, exactly once.

Each message gets its transaction id when it is written, before any attempt, and keeps it for ever. A
delivery attempt PUTs it under that id; whatever happens to the connection, trying again later with the
same id (and the same device, which scopes txn ids) can only return the event already stored. So a message
written offline, or whose answer was lost, is delivered once when the connection comes back, and a crash
between "server stored it" and "we marked it sent" costs one harmless repeat, never a duplicate.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from a11y_bank.chat.client import new_txn_id
from a11y_bank.chat.models import MESSAGE_TYPE

__all__ = ["ChatOutbox", "OutboxItem"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, txn_id TEXT UNIQUE NOT NULL, room_id TEXT NOT NULL,
    event_type TEXT NOT NULL, content TEXT NOT NULL, created_at TEXT NOT NULL, event_id TEXT,
    refused INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS chat_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

Send = Callable[[str, str, Mapping[str, Any], str], str]
"""(room_id, event_type, content, txn_id) -> event_id, e.g. `MatrixClient.send_event`."""


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One message waiting for (or past) delivery. `event_id` is None until the server has it."""

    txn_id: str
    room_id: str
    event_type: str
    content: Mapping[str, Any] = field(hash=False)
    created_at: datetime
    event_id: str | None = None

    @property
    def body(self) -> str:
        value = self.content.get("body")
        return value if isinstance(value, str) else ""


class ChatOutbox:
    """SQLite-backed queue (a file per app data dir; ``":memory:"`` in tests). Thread-safe."""

    def __init__(self, path: Path | str) -> None:
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.executescript(_SCHEMA)
        self._lock = threading.RLock()
        # One sender at a time, so two flushes never PUT the same txn concurrently and then disagree.
        self._flushing = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def device_id(self) -> str:
        """A device id made once and kept with the queue: txn ids are scoped to the device, so re-logins
        after a restart must come back as the same device for a repeated txn id to be recognised."""
        with self._tx() as conn:
            row = conn.execute("SELECT value FROM chat_meta WHERE key = 'device_id'").fetchone()
            if row is not None:
                return str(row["value"])
            value = "A11Y" + uuid.uuid4().hex[:12].upper()
            conn.execute("INSERT INTO chat_meta (key, value) VALUES ('device_id', ?)", (value,))
            return value

    def add(
        self,
        room_id: str,
        body: str,
        *,
        event_type: str = MESSAGE_TYPE,
        content: Mapping[str, Any] | None = None,
    ) -> OutboxItem:
        """Queue a message (its txn id is fixed now). `content` overrides the plain-text body."""
        payload = dict(content) if content is not None else {"msgtype": "m.text", "body": body}
        item = OutboxItem(new_txn_id(), room_id, event_type, payload, datetime.now(UTC))
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO chat_outbox (txn_id, room_id, event_type, content, created_at)"
                " VALUES (?,?,?,?,?)",
                (item.txn_id, room_id, event_type, json.dumps(payload), item.created_at.isoformat()),
            )
        return item

    def pending(self) -> list[OutboxItem]:
        """Undelivered messages, oldest first."""
        return self._items("WHERE event_id IS NULL AND refused = 0")

    def all(self) -> list[OutboxItem]:
        return self._items("")

    def _items(self, where: str) -> list[OutboxItem]:
        with self._lock:
            rows = self._conn.execute(f"SELECT * FROM chat_outbox {where} ORDER BY seq").fetchall()  # noqa: S608 - fixed fragments
        return [
            OutboxItem(
                row["txn_id"],
                row["room_id"],
                row["event_type"],
                json.loads(row["content"]),
                datetime.fromisoformat(row["created_at"]),
                row["event_id"],
            )
            for row in rows
        ]

    def mark_sent(self, txn_id: str, event_id: str) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE chat_outbox SET event_id = ? WHERE txn_id = ?", (event_id, txn_id))

    def mark_refused(self, txn_id: str) -> None:
        """The server will never take this one (it said so with a 4xx): stop trying, keep the rest moving."""
        with self._tx() as conn:
            conn.execute("UPDATE chat_outbox SET refused = 1 WHERE txn_id = ?", (txn_id,))

    def flush(
        self, send: Send, refused: Callable[[OutboxItem, Exception], bool] | None = None
    ) -> list[OutboxItem]:
        """Deliver pending messages in order; stop at the first failure (it propagates, the rest stay queued).

        `refused(item, error)` says whether a failure is final for that item (then it is marked refused and
        the next one is tried). Returns the items delivered by this call, with their event ids.
        """
        delivered: list[OutboxItem] = []
        with self._flushing:
            for item in self.pending():
                try:
                    event_id = send(item.room_id, item.event_type, item.content, item.txn_id)
                except Exception as exc:
                    if refused is None or not refused(item, exc):
                        raise
                    self.mark_refused(item.txn_id)
                    continue
                self.mark_sent(item.txn_id, event_id)
                delivered.append(
                    OutboxItem(
                        item.txn_id, item.room_id, item.event_type, item.content, item.created_at, event_id
                    )
                )
        return delivered
