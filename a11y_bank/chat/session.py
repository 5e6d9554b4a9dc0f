"""`ChatSession`: one customer's support conversation; `ChatRunner`: the two background loops that keep
it live (a /sync long-poll and an outbox sender), Qt-free so the app, the staff console and the fault
campaign share them. The app bridges the runner's callbacks to Qt signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from a11y_bank.chat.client import MatrixClient
from a11y_bank.chat.errors import ChatAuthExpired, ChatError, ChatRejected
from a11y_bank.chat.models import RATING_TYPE, ChatEvent, Credentials
from a11y_bank.chat.outbox import ChatOutbox, OutboxItem

__all__ = ["SUPPORT_AGENT", "ChatRunner", "ChatSession", "ChatUpdate", "ConnectionState", "Login"]

log = logging.getLogger(__name__)

SUPPORT_AGENT = "@support:a11ybank.sandbox"
"""The sandbox's demo agent; a real bank configures its own support account."""
UNKNOWN_ROOM = ""
"""Room of a message written before the support room was ever known: it goes to the room found later."""

Login = Callable[[MatrixClient, str], Credentials]
"""(client, device_id) -> credentials: how this app logs in (bank token exchange, or a password)."""


class ConnectionState(Enum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class ChatUpdate:
    """What changed: new timeline events (oldest first), typing users (None: unchanged), read receipts,
    and messages of ours the server now has (`delivered`, with their event ids)."""

    events: tuple[ChatEvent, ...] = ()
    typing: tuple[str, ...] | None = None
    receipts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    delivered: tuple[OutboxItem, ...] = ()
    refused: tuple[OutboxItem, ...] = ()
    """Messages the server refused for good (4xx): shown as not sent, no longer retried."""
    first: bool = False
    """True for the batch right after (re)connecting: `events` is the recent history, not news."""


class ChatSession:
    """The support room of the logged-in user: connect, poll, write, deliver, page back, rate.

    `write` and `rate` only queue (quick, any thread); `deliver` and `poll` talk to the server (worker
    threads). Methods that need the room raise `ChatAuthExpired` before `connect` succeeded.
    """

    def __init__(
        self,
        client: MatrixClient,
        outbox: ChatOutbox,
        login: Login,
        *,
        agent_user_id: str = SUPPORT_AGENT,
        room_name: str = "Support",
    ) -> None:
        self.client = client
        self.outbox = outbox
        self._login = login
        self.agent_user_id = agent_user_id
        self._room_name = room_name
        self._room_id: str | None = None
        self._since: str | None = None
        self._older: str | None = None
        self._lock = threading.Lock()

    @property
    def room_id(self) -> str | None:
        return self._room_id

    @property
    def user_id(self) -> str | None:
        credentials = self.client.credentials
        return credentials.user_id if credentials else None

    @property
    def connected(self) -> bool:
        return self._since is not None

    @property
    def has_older(self) -> bool:
        return self._older is not None

    def connect(self) -> ChatUpdate:
        """Log in (same device every time: txn ids are per device), find the room, take recent history."""
        self._since = None
        self._login(self.client, self.outbox.device_id())
        room_id = self.client.support_room(self.agent_user_id, name=self._room_name)
        batch = self.client.sync(None, timeout_ms=0)
        room = batch.room(room_id)
        with self._lock:
            self._room_id = room_id
            self._older = room.prev_batch if room.limited else None
            self._since = batch.next_batch
        return ChatUpdate(room.events, room.typing, room.receipts, first=True)

    def disconnect(self) -> None:
        """Forget the sync position, so the next turn connects (logs in) again; the outbox stays."""
        self._since = None

    def poll(self, timeout_ms: int | None = None) -> ChatUpdate:
        """One long-poll: what happened in the room since the last poll (empty after a quiet timeout)."""
        room_id = self._room()
        batch = self.client.sync(self._since, timeout_ms=timeout_ms)
        self._since = batch.next_batch
        room = batch.room(room_id)
        return ChatUpdate(room.events, room.typing, room.receipts)

    def older(self, limit: int = 30) -> tuple[ChatEvent, ...]:
        """The page before what we have, oldest first; empty when the start of the room was reached."""
        if self._older is None:
            return ()
        page = self.client.messages(self._room(), from_token=self._older, limit=limit)
        self._older = page.end
        return tuple(reversed(page.events))

    def write(self, text: str) -> OutboxItem:
        """Queue a message; it is delivered by `deliver` (at once when online, after reconnect if not)."""
        return self.outbox.add(self._room_id or UNKNOWN_ROOM, text)

    def rate(self, score: int, complaint: str = "") -> OutboxItem:
        """Queue the end-of-chat rating (1-10) with an optional complaint; delivered exactly once."""
        if not 1 <= score <= 10:
            raise ValueError("score must be from 1 to 10")
        content: dict[str, Any] = {"score": score, "complaint": complaint.strip()}
        return self.outbox.add(self._room_id or UNKNOWN_ROOM, "", event_type=RATING_TYPE, content=content)

    def deliver(self) -> ChatUpdate:
        """Send what is queued, in order. Raises the first failure that may pass (what is left stays
        queued); a message the server refuses for good (4xx other than auth or rate limit) is set aside."""
        room_id = self._room()
        refused: list[OutboxItem] = []

        def send(room: str, event_type: str, content: Mapping[str, Any], txn_id: str) -> str:
            return self.client.send_event(room or room_id, event_type, content, txn_id)

        def final(item: OutboxItem, error: Exception) -> bool:
            if isinstance(error, ChatRejected):
                refused.append(item)
                return True
            return False

        delivered = tuple(self.outbox.flush(send, final))
        return ChatUpdate(delivered=delivered, refused=tuple(refused))

    def set_typing(self, typing: bool) -> None:
        self.client.set_typing(self._room(), typing, timeout_ms=15_000)

    def mark_read(self, event_id: str) -> None:
        self.client.send_read_receipt(self._room(), event_id)

    def _room(self) -> str:
        if self._room_id is None or self._since is None:
            raise ChatAuthExpired("not connected")
        return self._room_id


class ChatRunner:
    """Keeps a `ChatSession` live on two daemon threads.

    - sync: connect (retrying with back-off while offline), then long-poll; on any failure it reconnects.
    - sender: delivers the outbox whenever woken (`wake_sender`) or, after a failure, on back-off.

    Callbacks run on those threads: `on_update(ChatUpdate)` and `on_state(ConnectionState)`.
    """

    def __init__(
        self,
        session: ChatSession,
        on_update: Callable[[ChatUpdate], None],
        on_state: Callable[[ConnectionState], None],
        *,
        poll_timeout_ms: int = 25_000,
        max_backoff: float = 10.0,
        first_backoff: float = 0.5,
    ) -> None:
        self.session = session
        self._on_update = on_update
        self._on_state = on_state
        self._poll_timeout_ms = poll_timeout_ms
        self._max_backoff = max_backoff
        self._first_backoff = first_backoff
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self.state = ConnectionState.CONNECTING

    def start(self) -> None:
        for name, target in (("chat-sync", self._sync_loop), ("chat-send", self._send_loop)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            self._threads.append(thread)
            thread.start()

    def stop(self, timeout: float = 0.0) -> None:
        """Ask both loops to end (a long-poll in flight ends when it returns); wait up to `timeout`."""
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def wake_sender(self) -> None:
        self._wake.set()

    def _set_state(self, state: ConnectionState) -> None:
        if state is not self.state:
            self.state = state
            self._on_state(state)

    def _sync_loop(self) -> None:
        backoff = self._first_backoff
        while not self._stop.is_set():
            try:
                update = (
                    self.session.poll(self._poll_timeout_ms) if self.session.connected else self._connect()
                )
            except Exception as exc:
                if self._stop.is_set():
                    return
                if not isinstance(exc, ChatError):
                    log.exception("chat sync: unexpected failure")
                log.info("chat sync failed: %s", type(exc).__name__)
                self.session.disconnect()  # log in and find the room again on the next turn
                self._set_state(ConnectionState.OFFLINE)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff)
                continue
            backoff = self._first_backoff
            self._set_state(ConnectionState.ONLINE)
            if not self._stop.is_set():
                self._on_update(update)

    def _connect(self) -> ChatUpdate:
        update = self.session.connect()
        self.wake_sender()  # anything written while offline goes out now
        return update

    def _send_loop(self) -> None:
        backoff: float | None = None
        while not self._stop.is_set():
            self._wake.wait(backoff)
            self._wake.clear()
            if self._stop.is_set():
                return
            if not self.session.connected:
                backoff = None  # the sync loop wakes us once connected
                continue
            try:
                delivered = self.session.deliver()
            except Exception as exc:
                if self._stop.is_set():
                    return
                if not isinstance(exc, ChatError):
                    log.exception("chat send: unexpected failure")
                log.info("chat send failed: %s", type(exc).__name__)
                backoff = min((backoff or self._first_backoff / 2) * 2, self._max_backoff)
                continue
            backoff = None
            if delivered.delivered or delivered.refused:
                self._on_update(delivered)
