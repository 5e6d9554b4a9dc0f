"""The support conversation as a Qt list model (one row per message), and the Qt side of the chat runner.

Each row answers DisplayRole with "sender, time" and the text on the next line, and AccessibleTextRole
with one sentence: "Support assistant, 10:42: Your balances ... Read." (pitfalls §3.10: a list, never one
big document).
"""

from __future__ import annotations

import functools
import hashlib
import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
    Slot,
)

from a11y_bank.chat.client import MatrixClient
from a11y_bank.chat.config import ChatConfig
from a11y_bank.chat.errors import ChatAuthExpired, ChatError
from a11y_bank.chat.models import Credentials
from a11y_bank.chat.outbox import ChatOutbox
from a11y_bank.chat.session import SUPPORT_AGENT, ChatRunner, ChatSession, ChatUpdate, ConnectionState
from a11y_bank.chat.timeline import MessageStatus, Timeline, TimelineChange, TimelineMessage

if TYPE_CHECKING:
    from a11y_bank.api.bank import Bank
    from a11y_bank.ui.context import AppContext


__all__ = [
    "ChatBridge",
    "ChatListModel",
    "SessionFactory",
    "bank_customer",
    "bank_session_factory",
    "close_session",
    "message_line",
    "name_of",
    "outbox_file_for",
    "sender_name",
    "spoken_message",
    "status_text",
    "time_text",
]

SessionFactory = Callable[["AppContext"], ChatSession]
_AnyIndex = QModelIndex | QPersistentModelIndex
_CONTEXT = "ChatListModel"


def sender_name(message: TimelineMessage) -> str:
    if message.own:
        #: Who wrote a chat message: the customer themself.
        return QCoreApplication.translate("ChatListModel", "You")
    return name_of(message.sender)


def name_of(user_id: str) -> str:
    """Someone at the bank, in words."""
    if user_id == SUPPORT_AGENT:
        #: Who wrote a chat message: the bank's automatic support assistant.
        return QCoreApplication.translate("ChatListModel", "Support assistant")
    #: Who wrote a chat message: a person at the bank; {name} is their chat user name.
    return QCoreApplication.translate("ChatListModel", "Bank staff {name}").format(
        name=user_id.removeprefix("@").split(":", 1)[0]
    )


def status_text(status: MessageStatus) -> str:
    if status is MessageStatus.SENDING:
        #: Status of a chat message of ours that is waiting to be delivered (e.g. offline).
        return QCoreApplication.translate("ChatListModel", "Sending")
    if status is MessageStatus.SENT:
        #: Status of a chat message of ours that the bank has received.
        return QCoreApplication.translate("ChatListModel", "Sent")
    if status is MessageStatus.NOT_SENT:
        #: Status of a chat message of ours that the bank refused (it will not be sent again).
        return QCoreApplication.translate("ChatListModel", "Not sent")
    if status is MessageStatus.READ:
        #: Status of a chat message of ours that the bank has read.
        return QCoreApplication.translate("ChatListModel", "Read")
    return ""


def time_text(when: datetime) -> str:
    local = when.astimezone()
    clock = QTime(local.hour, local.minute, local.second)
    text: str = QLocale().toString(clock, QLocale.FormatType.ShortFormat)
    return text


def message_line(message: TimelineMessage) -> str:
    """The text of a message as shown; a rating reads as a sentence."""
    if message.rating is None:
        return message.body
    #: A rating the customer gave the chat; {score} is 1-10.
    rated = QCoreApplication.translate("ChatListModel", "Rated this chat {score} out of 10.").format(
        score=message.rating
    )
    return f"{rated} {message.body}".strip()


def spoken_message(message: TimelineMessage) -> str:
    """One sentence for screen readers and announcements: sender, time, text, status."""
    status = status_text(message.status)
    text = f"{sender_name(message)}, {time_text(message.timestamp)}: {message_line(message)}"
    return f"{text} {status}." if status else text


class ChatListModel(QAbstractListModel):
    """The `Timeline` for a `QListView`."""

    def __init__(self, timeline: Timeline | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline or Timeline()
        # Rows the view has been told about: the timeline grows first, then `show` announces the new rows.
        self._shown = len(self.timeline)

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        message = self.timeline.messages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = status_text(message.status)
            head = f"{sender_name(message)}, {time_text(message.timestamp)}" + (
                f" ({status})" if status else ""
            )
            return f"{head}\n{message_line(message)}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return spoken_message(message)
        return None

    def message(self, row: int) -> TimelineMessage:
        return self.timeline.messages[row]

    def show(self, change: TimelineChange) -> None:
        """Tell the view what `Timeline.apply`/`add_local` changed (rows were already appended)."""
        if change.prepended:
            self.beginResetModel()  # rare (Load older); a reset keeps the code simple
            self._shown = len(self.timeline)
            self.endResetModel()
            return
        if len(self.timeline) > self._shown:  # rows are only ever appended at the end
            self.beginInsertRows(QModelIndex(), self._shown, len(self.timeline) - 1)
            self._shown = len(self.timeline)
            self.endInsertRows()
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole]
        for row in change.changed:
            self.dataChanged.emit(self.index(row), self.index(row), roles)  # roles listed: pitfalls §2.6

    def replace(self, timeline: Timeline) -> None:
        """Show another conversation (after a change of customer)."""
        self.beginResetModel()
        self.timeline = timeline
        self._shown = len(timeline)
        self.endResetModel()

    def refresh_all(self) -> None:
        """Times and words after a language change."""
        if self._shown:
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1), roles)


class _Relay(QObject):
    """Lives on the GUI thread for the life of the process; runs callables posted from other threads.

    The runner's threads never hold a Qt object: they post plain callables here, which hold only weak
    references to their receivers (so a widget can never be freed, or reached after deletion, on a worker
    thread; see the history of tasks.py for what that costs).

    Signals:
        posted(object): a callable to run on the GUI thread.
    """

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._run)

    @Slot(object)
    def _run(self, call: object) -> None:
        assert callable(call)
        call()


_RELAY: list[_Relay] = []


def _relay() -> _Relay:
    """The process-wide relay; the first call must come from the GUI thread (a screen's constructor)."""
    if not _RELAY:
        _RELAY.append(_Relay())
    return _RELAY[0]


def _deliver(receiver: weakref.WeakMethod[Callable[[Any], None]], value: object) -> None:
    method = receiver()
    if method is not None and shiboken6.isValid(getattr(method, "__self__", None)):
        method(value)


class ChatBridge:
    """Carries the runner's callbacks (on its threads) to two methods of a QObject, on the GUI thread.

    Only weak references to the receiver are kept, so a stopped or forgotten runner never keeps a
    widget alive, and a deleted widget is simply not called.
    """

    def __init__(
        self, on_update: Callable[[ChatUpdate], None], on_state: Callable[[ConnectionState], None]
    ) -> None:
        self._relay = _relay()
        self._on_update = weakref.WeakMethod(on_update)
        self._on_state = weakref.WeakMethod(on_state)

    def on_update(self, update: ChatUpdate) -> None:
        self._relay.posted.emit(functools.partial(_deliver, self._on_update, update))

    def on_state(self, state: ConnectionState) -> None:
        self._relay.posted.emit(functools.partial(_deliver, self._on_state, state))

    def runner(self, session: ChatSession, **kwargs: Any) -> ChatRunner:
        return ChatRunner(session, self.on_update, self.on_state, **kwargs)


def _bank_origin_and_token(bank: Bank) -> tuple[str, Callable[[], str | None]]:
    return bank.base_url, bank.chat_login_token


def bank_customer(ctx: AppContext) -> str | None:
    """Whose chat it is: the signed-in customer (None when signed out)."""
    session = ctx.bank.session
    return session.customer_id if session is not None else None


def outbox_file_for(customer_id: str) -> str:
    """One outbox per customer, so a message never goes out under another customer's name."""
    return f"chat-outbox-{hashlib.sha256(customer_id.encode()).hexdigest()[:16]}.sqlite3"


def bank_session_factory(ctx: AppContext) -> ChatSession:
    """The app's chat: the bank's own origin, logged in by exchanging the bank session (no 2nd password).

    Raises:
        ChatAuthExpired: nobody is signed in to the bank.
    """
    customer = bank_customer(ctx)
    if customer is None:
        raise ChatAuthExpired("not signed in to the bank")
    base_url, access_token = _bank_origin_and_token(ctx.bank)
    outbox_dir: Path = ctx.bank.outbox.path.parent

    def login(client: MatrixClient, device_id: str) -> Credentials:
        token = access_token()
        if token is None:
            raise ChatAuthExpired("not signed in to the bank")
        return client.login_bank_token(token, device_id=device_id)

    client = MatrixClient(ChatConfig(base_url))
    return ChatSession(client, ChatOutbox(outbox_dir / outbox_file_for(customer)), login)


def close_session(session: ChatSession) -> None:
    """End a chat for good (best effort): log the chat token out, close the connections and the outbox."""
    try:
        session.client.logout()
    except ChatError:
        pass  # the token dies with the homeserver's session anyway; nothing secret is left behind
    finally:
        session.client.close()
        session.outbox.close()
