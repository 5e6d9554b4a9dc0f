"""`Timeline`: the conversation as the customer sees it, merging three sources without duplicates:
local echoes of what they wrote (from the outbox), events from /sync and /messages, and read receipts.

A message of ours is one entry from the moment it is written: "sending" while queued, "sent" once the
server has it (matched by txn id or event id, whichever arrives first), "read" once someone else's read
receipt covers it. Qt-free; `ui.models.chat.ChatListModel` shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum

from a11y_bank.chat.models import RATING_TYPE, ChatEvent
from a11y_bank.chat.outbox import OutboxItem
from a11y_bank.chat.session import ChatUpdate

__all__ = ["MessageStatus", "Timeline", "TimelineChange", "TimelineMessage"]


class MessageStatus(Enum):
    SENDING = "sending"
    SENT = "sent"
    READ = "read"
    NOT_SENT = "not_sent"
    """The server refused it for good (it will not be retried)."""
    RECEIVED = "received"
    """A message from someone else."""


@dataclass(frozen=True, slots=True)
class TimelineMessage:
    sender: str
    own: bool
    timestamp: datetime
    body: str
    status: MessageStatus
    event_id: str | None = None
    txn_id: str | None = None
    rating: int | None = None
    """The score, for the end-of-chat rating (its `body` is the complaint, possibly empty)."""


@dataclass
class TimelineChange:
    """Rows inserted (indexes after the change), rows whose data changed, and new messages from others."""

    inserted: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)
    incoming: list[TimelineMessage] = field(default_factory=list)
    prepended: int = 0


class Timeline:
    def __init__(self, user_id: str | None = None) -> None:
        self.user_id = user_id
        self.messages: list[TimelineMessage] = []

    def __len__(self) -> int:
        return len(self.messages)

    def _index(self, *, event_id: str | None = None, txn_id: str | None = None) -> int | None:
        for row in range(len(self.messages) - 1, -1, -1):
            message = self.messages[row]
            if (event_id and message.event_id == event_id) or (txn_id and message.txn_id == txn_id):
                return row
        return None

    def add_local(self, item: OutboxItem, sender: str) -> TimelineChange:
        """Show a message the moment it is written (status "sending")."""
        if self._index(txn_id=item.txn_id) is not None:
            return TimelineChange()
        score = item.content.get("score") if item.event_type == RATING_TYPE else None
        body = str(item.content.get("complaint", "")) if score is not None else item.body
        message = TimelineMessage(
            sender,
            True,
            item.created_at,
            body,
            MessageStatus.SENDING,
            item.event_id,
            item.txn_id,
            score if isinstance(score, int) else None,
        )
        if item.event_id is not None:
            message = replace(message, status=MessageStatus.SENT)
        self.messages.append(message)
        return TimelineChange(inserted=[len(self.messages) - 1])

    def apply(self, update: ChatUpdate) -> TimelineChange:
        change = TimelineChange()
        reconnect = update.first and bool(self.messages)
        for item in update.delivered:
            self._delivered(item.txn_id, item.event_id, change)
        for item in update.refused:
            row = self._index(txn_id=item.txn_id)
            if row is not None:
                self.messages[row] = replace(self.messages[row], status=MessageStatus.NOT_SENT)
                change.changed.append(row)
        for event in update.events:
            self._event(event, change, announce=not update.first or reconnect)
        for event_id, readers in update.receipts.items():
            if any(reader != self.user_id for reader in readers):
                self._read_up_to(event_id, change)
        change.changed = sorted(set(change.changed) - set(change.inserted))
        return change

    def prepend(self, events: tuple[ChatEvent, ...]) -> TimelineChange:
        """Older history (oldest first) goes before what is shown; rows already there are skipped."""
        older = [m for m in (self._message(e) for e in events) if m is not None and not self._known(m)]
        self.messages[:0] = older
        return TimelineChange(prepended=len(older))

    def _known(self, message: TimelineMessage) -> bool:
        return self._index(event_id=message.event_id, txn_id=message.txn_id) is not None

    def _delivered(self, txn_id: str, event_id: str | None, change: TimelineChange) -> None:
        row = self._index(txn_id=txn_id)
        if row is None or event_id is None:
            return
        message = self.messages[row]
        if message.status is MessageStatus.SENDING:
            self.messages[row] = replace(message, event_id=event_id, status=MessageStatus.SENT)
            change.changed.append(row)

    def _event(self, event: ChatEvent, change: TimelineChange, *, announce: bool) -> None:
        message = self._message(event)
        if message is None:
            return
        row = self._index(event_id=event.event_id, txn_id=event.txn_id)
        if row is not None:  # our own echo (or a repeat): it is on the server now
            self._delivered(self.messages[row].txn_id or "", event.event_id, change)
            return
        self.messages.append(message)
        change.inserted.append(len(self.messages) - 1)
        if announce and not message.own:
            change.incoming.append(message)

    def _message(self, event: ChatEvent) -> TimelineMessage | None:
        own = event.sender == self.user_id
        status = MessageStatus.SENT if own else MessageStatus.RECEIVED
        if event.type == RATING_TYPE:
            score = event.content.get("score")
            complaint = event.content.get("complaint", "")
            if not isinstance(score, int):
                return None
            return TimelineMessage(
                event.sender,
                own,
                event.timestamp,
                str(complaint),
                status,
                event.event_id,
                event.txn_id,
                score,
            )
        if not event.is_message:
            return None
        return TimelineMessage(
            event.sender, own, event.timestamp, event.body, status, event.event_id, event.txn_id
        )

    def _read_up_to(self, event_id: str, change: TimelineChange) -> None:
        last = self._index(event_id=event_id)
        if last is None:
            return
        for row in range(last + 1):
            message = self.messages[row]
            if message.own and message.status is MessageStatus.SENT:
                self.messages[row] = replace(message, status=MessageStatus.READ)
                change.changed.append(row)
