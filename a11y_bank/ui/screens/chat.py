"""Support chat: a text conversation with the bank (the demo agent, then a person), keyboard first.

- The messages are a list, one item per message ("sender, time: text. status"); Up/Down, Home/End move
  through them, F8 jumps to the newest, F9 reads the newest aloud.
- New messages are announced (all / only when you are not in the chat / off) and counted as unread.
- "Support is typing" is shown as text and announced once per turn.
- Enter sends, Shift+Enter starts a new line; Tab leaves the box (pitfalls §3.2). Quick questions send
  with one key. A message written offline shows "Sending" and goes out once when the connection is back.
- The transcript can be copied or saved as text or HTML; a rating (1-10) and a complaint end the chat.

Network work runs on the chat runner's threads (`chat.session.ChatRunner`), never on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.chat.session import ChatRunner, ChatSession, ChatUpdate, ConnectionState
from a11y_bank.chat.timeline import Timeline, TimelineMessage
from a11y_bank.chat.transcript import to_html, to_text
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.ui.clipboard import copy_to_clipboard
from a11y_bank.ui.models.chat import (
    ChatBridge,
    ChatListModel,
    SessionFactory,
    bank_customer,
    bank_session_factory,
    close_session,
    message_line,
    name_of,
    sender_name,
    spoken_message,
    time_text,
)
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.shortcuts import shortcut_for
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import label_for, set_label_text

if TYPE_CHECKING:
    from a11y_bank.ui.context import AppContext

# How long a closed chat screen waits for its loops before closing their connection under them.
RELEASE_WAIT_S = 5.0

log = logging.getLogger(__name__)

# The chat's own keys come from the one shortcut table, which Help lists.
JUMP_TO_NEWEST = shortcut_for("chat_newest").keys[0]
READ_NEWEST = shortcut_for("chat_read_newest").keys[0]


class AnnounceMode(Enum):
    ALL = "all"
    UNFOCUSED = "unfocused"
    """Only while the customer is not looking at the chat (another screen, or another window)."""
    OFF = "off"


class Composer(QPlainTextEdit):
    """The message box: Enter (or Ctrl+Enter) sends, Shift+Enter makes a new line, Tab moves on."""

    def __init__(self, on_submit: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_submit = on_submit
        self.setTabChangesFocus(True)  # never trap Tab (pitfalls §3.2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self._on_submit()
            event.accept()
            return
        super().keyPressEvent(event)


class ChatScreen(Screen):
    section: ClassVar[str] = "support"
    session_factory: ClassVar[SessionFactory] = staticmethod(bank_session_factory)  # tests replace it
    session_owner: ClassVar[Callable[[AppContext], str | None]] = staticmethod(bank_customer)
    poll_timeout_ms: ClassVar[int] = 25_000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session: ChatSession | None = None
        self.runner: ChatRunner | None = None
        self.bridge = ChatBridge(self._apply, self._show_state)
        self.model = ChatListModel(Timeline(), self)
        self.unread = 0
        self.announce_mode = AnnounceMode.ALL
        self._typing_announced = False
        self._state = ConnectionState.CONNECTING
        self._told_offline = False
        self._stopped = False
        self._owner: str | None = None
        # Sessions are made on a worker thread (`start`); a result for an older start or a deleted
        # screen is closed, never used. `_gone` must not reference the screen (it is being destroyed).
        self._starts = 0
        self._making = False
        gone: list[bool] = []
        self._gone = gone
        self.destroyed.connect(lambda *_: gone.append(True))
        self._build()
        self.retranslate_ui()
        chain = self._tab_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.status = self._plain_label("chatStatus")
        self.typing = self._plain_label("chatTyping")
        self.typing.hide()

        self.list_view = QListView(self)
        self.list_view.setObjectName("chatMessages")
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setMinimumHeight(160)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_label = label_for(self.list_view, "", self)
        self.older_button = self._button("chatOlder", self._load_older)
        self.older_button.setEnabled(False)

        self.composer = Composer(self.send_composed, self)
        self.composer.setObjectName("chatComposer")
        self.composer.setMinimumHeight(60)
        self.composer.setMaximumHeight(140)
        self.composer_label = label_for(self.composer, "", self)
        self.send_button = self._button("chatSend", self.send_composed)

        self.quick_box = QGroupBox(self)
        quick = QVBoxLayout(self.quick_box)  # one column: long questions fit at 300 % text
        self.quick_buttons: list[QPushButton] = []
        for i in range(6):
            button = self._button(f"chatQuick{i}", lambda _=False, i=i: self._send_quick(i))
            quick.addWidget(button)
            self.quick_buttons.append(button)

        self.announce_combo = QComboBox(self)
        self.announce_combo.setObjectName("chatAnnounce")
        self.announce_combo.currentIndexChanged.connect(self._announce_mode_chosen)
        self.announce_label = label_for(self.announce_combo, "", self)

        self.copy_button = self._button("chatCopy", self.copy_transcript)
        self.save_button = self._button("chatSave", self.save_transcript)

        self._build_rating()
        self._build_shortcuts()
        self._lay_out()

    def _build_rating(self) -> None:
        self.rating_box = QGroupBox(self)
        self.rating_combo = QComboBox(self.rating_box)
        self.rating_combo.setObjectName("chatRating")
        self.rating_label = label_for(self.rating_combo, "", self.rating_box)
        self.complaint = QPlainTextEdit(self.rating_box)
        self.complaint.setObjectName("chatComplaint")
        self.complaint.setTabChangesFocus(True)
        self.complaint.setMinimumHeight(60)
        self.complaint.setMaximumHeight(120)
        self.complaint_label = label_for(self.complaint, "", self.rating_box)
        self.rate_button = self._button("chatRate", self.send_rating, self.rating_box)
        self.rating_result = self._plain_label("chatRatingResult", self.rating_box)
        layout = QVBoxLayout(self.rating_box)
        for widget in (
            self.rating_label,
            self.rating_combo,
            self.complaint_label,
            self.complaint,
            self.rate_button,
            self.rating_result,
        ):
            layout.addWidget(widget)

    def _build_shortcuts(self) -> None:
        for keys, slot in ((JUMP_TO_NEWEST, self.jump_to_newest), (READ_NEWEST, self.read_newest)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _lay_out(self) -> None:
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_button)
        send_row.addWidget(self.older_button)
        send_row.addStretch(1)
        transcript_row = QHBoxLayout()
        transcript_row.addWidget(self.copy_button)
        transcript_row.addWidget(self.save_button)
        transcript_row.addStretch(1)
        layout = QVBoxLayout(self)
        for item in (self.heading, self.status, self.list_label):
            layout.addWidget(item)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.typing)
        layout.addWidget(self.composer_label)
        layout.addWidget(self.composer)
        layout.addLayout(send_row)
        layout.addWidget(self.quick_box)
        layout.addWidget(self.announce_label)
        layout.addWidget(self.announce_combo)
        layout.addLayout(transcript_row)
        layout.addWidget(self.rating_box)

    def _tab_chain(self) -> list[QWidget]:
        return [
            self.list_view,
            self.composer,
            self.send_button,
            self.older_button,
            *self.quick_buttons,
            self.announce_combo,
            self.copy_button,
            self.save_button,
            self.rating_combo,
            self.complaint,
            self.rate_button,
        ]

    def _plain_label(self, name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _button(self, name: str, slot: Callable[..., object], parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(parent or self)
        button.setObjectName(name)
        button.setAutoDefault(True)
        button.clicked.connect(slot)
        return button

    # --- texts --------------------------------------------------------------------------------

    def title(self) -> str:
        #: Title of the support chat screen.
        return self.tr("Support chat")

    def quick_questions(self) -> list[str]:
        return [
            #: Quick question button in the support chat; the text is sent as the message.
            self.tr("What is my balance?"),
            #: Quick question button in the support chat; the text is sent as the message.
            self.tr("I lost my card."),
            #: Quick question button in the support chat; the text is sent as the message.
            self.tr("What are the fees?"),
            #: Quick question button in the support chat; the text is sent as the message.
            self.tr("How do I transfer money?"),
            #: Quick question button in the support chat; the text is sent as the message.
            self.tr("What are your opening hours?"),
            #: Quick question button in the support chat; asks for a person instead of the assistant.
            self.tr("I want to talk to a person."),
        ]

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        #: Label of the list of chat messages.
        set_label_text(self.list_label, self.list_view, self.tr("Messages"))
        self.list_view.setAccessibleDescription(
            #: Hint read with the chat message list; {newest} and {read} are keys (F8, F9).
            self.tr(
                "Up and Down move through the messages. {newest} goes to the newest, {read} reads it."
            ).format(newest=JUMP_TO_NEWEST, read=READ_NEWEST)
        )
        #: Button that loads chat messages from before the ones shown.
        self.older_button.setText(self.tr("Load earlier messages"))
        #: Label of the box where the customer writes a chat message.
        set_label_text(self.composer_label, self.composer, self.tr("Your message"))
        #: Hint of the chat message box: which keys send and make a new line.
        self.composer.setAccessibleDescription(self.tr("Enter sends. Shift+Enter starts a new line."))
        #: Button that sends the chat message.
        self.send_button.setText(self.tr("Send"))
        #: Title of the group of quick question buttons in the chat.
        self.quick_box.setTitle(self.tr("Quick questions"))
        for button, text in zip(self.quick_buttons, self.quick_questions(), strict=True):
            button.setText(text)
        #: Label of the choice of when new chat messages are read out.
        set_label_text(self.announce_label, self.announce_combo, self.tr("Announce new messages"))
        self._fill_combo(
            self.announce_combo,
            [
                #: Choice: announce every new chat message.
                self.tr("Always"),
                #: Choice: announce new chat messages only when the chat is not on screen.
                self.tr("Only when I am not in the chat"),
                #: Choice: never announce new chat messages.
                self.tr("Never"),
            ],
        )
        #: Button that copies the whole chat to the clipboard.
        self.copy_button.setText(self.tr("Copy transcript"))
        #: Button that saves the whole chat as a text or web page file.
        self.save_button.setText(self.tr("Save transcript"))
        self._retranslate_rating()
        self._show_state(self._state)
        self.model.refresh_all()

    def _retranslate_rating(self) -> None:
        #: Title of the box where the customer rates the chat at the end.
        self.rating_box.setTitle(self.tr("End of chat: rate us"))
        #: Label of the chat rating choice (1 to 10).
        set_label_text(self.rating_label, self.rating_combo, self.tr("How satisfied are you, from 1 to 10?"))
        #: First entry of the rating choice: nothing chosen yet.
        choices = [self.tr("Choose a rating")]
        for score in range(1, 11):
            #: One entry of the chat rating choice; {score} is 1 to 10.
            choices.append(self.tr("{score} out of 10").format(score=score))
        self._fill_combo(self.rating_combo, choices)
        #: Label of the optional complaint box at the end of the chat.
        set_label_text(self.complaint_label, self.complaint, self.tr("Complaint (optional)"))
        #: Button that sends the chat rating and complaint to the bank.
        self.rate_button.setText(self.tr("Send rating"))

    @staticmethod
    def _fill_combo(combo: QComboBox, texts: list[str]) -> None:
        current = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(texts)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    def first_focus(self) -> QWidget:
        return self.composer

    # --- connection ---------------------------------------------------------------------------

    def on_shown(self, **kwargs: object) -> None:
        """`draft="..."` (the emergency panel's "ask for help") puts that text in the message box, unsent."""
        if self.runner is not None and self._owner_changed():
            self.reset()
        if self.runner is None:
            self.start()
        draft = kwargs.get("draft")
        if isinstance(draft, str) and draft.strip():
            self.put_draft(draft.strip())

    def put_draft(self, draft: str) -> None:
        """Write `draft` into the message box for the customer to check and send: never sent by itself.
        Text already typed there is kept, the draft follows on a new line."""
        typed = self.composer.toPlainText().rstrip()
        if draft not in typed:
            self.composer.setPlainText(f"{typed}\n{draft}" if typed else draft)
        self.composer.moveCursor(QTextCursor.MoveOperation.End)
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)
        #: Said when the chat opens with a message written for the customer; {draft} is that message.
        self.announce(self.tr("Your message box holds: {draft} Press Enter to send it.").format(draft=draft))

    def _owner_changed(self) -> bool:
        try:
            return type(self).session_owner(self.ctx) != self._owner
        except Exception:  # cannot tell whose chat it is any more: treat it as someone else's
            return True

    def start(self) -> None:
        """Create the session of the signed-in customer on a worker thread, then start its runner.

        Creating it costs ~150 ms (its HTTP client's TLS context, its outbox's database): on the GUI
        thread that was a stall on every first visit of the chat (docs/performance.md, section 2).
        """
        self._stopped = False
        try:
            owner = type(self).session_owner(self.ctx)
        except Exception as exc:  # whatever keeps the chat from starting, the window stays usable
            self._cannot_start(exc)
            return
        if self._making and owner == self._owner:
            return  # shown again while its session is being made
        self._owner = owner
        self._starts += 1
        self._making = True
        start, factory, ctx, gone = self._starts, type(self).session_factory, self.ctx, self._gone

        def made(session: ChatSession) -> None:
            if gone or start != self._starts:  # the screen was deleted, or started again since
                _release_unused(session)
                return
            self._making = False
            if self._stopped:  # stopped while it was made
                _release_unused(session)
                return
            self._run_session(session)

        def failed(exc: BaseException) -> None:
            if not gone and start == self._starts:
                self._cannot_start(exc)

        self.ctx.tasks.run(lambda: factory(ctx), made, failed)

    def _cannot_start(self, exc: BaseException) -> None:
        self._making = False
        self.session = None
        log.warning("chat could not start: %s", type(exc).__name__)
        self._show_state(ConnectionState.OFFLINE)

    def _run_session(self, session: ChatSession) -> None:
        self.session = session
        self.model.timeline.user_id = self.session.user_id
        for item in self.session.outbox.pending():  # written offline last time: show them as "Sending"
            self.model.show(self.model.timeline.add_local(item, ""))
        self.runner = self.bridge.runner(self.session, poll_timeout_ms=self.poll_timeout_ms)
        runner, session = self.runner, self.session
        self.destroyed.connect(lambda *_: _release_when_stopped(runner, session))
        self.runner.start()

    def reset(self) -> None:
        """Forget the conversation: signed out, or another customer signed in. Its token is logged out."""
        self.stop()
        self._making = False  # a session being made now is closed when it arrives (`_stopped`)
        session, self.session, self.runner = self.session, None, None
        if session is not None:
            self.ctx.tasks.run(lambda: close_session(session), lambda _r: None, lambda _e: None)
        self.model.replace(Timeline())
        self.unread = 0
        self._hide_typing()
        self.rating_result.clear()
        self._state = ConnectionState.CONNECTING
        self._show_state(self._state)

    def stop(self, wait: float = 0.0) -> None:
        """End the chat's background loops (waiting up to `wait` seconds for them)."""
        self._stopped = True
        if self.runner is not None:
            self.runner.stop(wait)

    def _show_state(self, state: object) -> None:
        assert isinstance(state, ConnectionState)
        previous, self._state = self._state, state
        if state is ConnectionState.OFFLINE:
            #: Chat status while the bank cannot be reached.
            text = self.tr("Offline. What you write is kept and sent when the connection is back.")
            if not self._told_offline:
                self._told_offline = True
                self.announce(text)
        elif state is ConnectionState.ONLINE:
            #: Chat status when connected.
            text = self.tr("Connected.")
            if previous is ConnectionState.OFFLINE:
                #: Announced when the chat reconnects after being offline.
                self.announce(self.tr("Chat connected again."))
                self._told_offline = False
        else:
            #: Chat status while connecting for the first time.
            text = self.tr("Connecting...")
        if self.unread:
            #: Added to the chat status: how many new messages were not read yet.
            text = join_sentences(text, self.tr("%n unread message(s).", "", self.unread))
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # --- incoming -----------------------------------------------------------------------------

    def _apply(self, update: object) -> None:
        assert isinstance(update, ChatUpdate)
        if self._stopped:
            return
        if self._owner_changed():  # signed out while the chat ran: show nothing more of it
            self.reset()
            return
        if self.session is not None and self.model.timeline.user_id is None:
            self.model.timeline.user_id = self.session.user_id
        at_newest = self._reading_newest()
        change = self.model.timeline.apply(update)
        self.model.show(change)
        if update.first and self.session is not None:
            self.older_button.setEnabled(self.session.has_older)
        if update.typing is not None:
            self._show_typing(update.typing)
        if change.incoming:
            self._incoming(change.incoming, at_newest)

    def _incoming(self, messages: list[TimelineMessage], at_newest: bool) -> None:
        self._hide_typing()
        if at_newest:
            self.jump_to_newest()  # the customer is following the conversation: keep them on it
        else:
            self.unread += len(messages)
            self._show_state(self._state)
        if self._should_announce():
            for message in messages:
                self.announce(spoken_message(message))

    def _should_announce(self) -> bool:
        if self.announce_mode is AnnounceMode.OFF:
            return False
        if self.announce_mode is AnnounceMode.ALL:
            return True
        return not (self.isVisible() and self.window().isActiveWindow())

    def _show_typing(self, users: tuple[str, ...]) -> None:
        others = [u for u in users if u != self.model.timeline.user_id]
        if not others:
            self._hide_typing()
            return
        name = name_of(others[0])
        #: Shown (and said once) while someone at the bank writes; {name} is who.
        text = self.tr("{name} is typing...").format(name=name)
        self.typing.setText(text)
        self.typing.setAccessibleName(text)
        self.typing.show()
        if not self._typing_announced:
            self._typing_announced = True
            if self._should_announce():
                self.announce(text)

    def _hide_typing(self) -> None:
        self.typing.hide()
        self._typing_announced = False

    # --- reading ------------------------------------------------------------------------------

    def _reading_newest(self) -> bool:
        rows = self.model.rowCount()
        return self.list_view.hasFocus() and rows > 0 and self.list_view.currentIndex().row() == rows - 1

    def _current_changed(self) -> None:
        if self.list_view.currentIndex().row() == self.model.rowCount() - 1:
            self._mark_all_read()

    def jump_to_newest(self) -> None:
        rows = self.model.rowCount()
        self.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if rows:
            self.list_view.setCurrentIndex(self.model.index(rows - 1))
            self.list_view.scrollToBottom()
        self._mark_all_read()

    def read_newest(self) -> None:
        rows = self.model.rowCount()
        if not rows:
            #: Said by "read the newest message" when the chat is still empty.
            self.announce(self.tr("No messages yet."), Priority.NOW)
            return
        self.announce(spoken_message(self.model.message(rows - 1)), Priority.NOW)
        self._mark_all_read()

    def _mark_all_read(self) -> None:
        if self.unread:
            self.unread = 0
            self._show_state(self._state)
        newest = next((m for m in reversed(self.model.timeline.messages) if not m.own and m.event_id), None)
        session = self.session
        if newest is not None and session is not None and session.connected and newest.event_id:
            event_id = newest.event_id
            self.ctx.tasks.run(lambda: session.mark_read(event_id), lambda _r: None, lambda _e: None)

    def _load_older(self) -> None:
        session = self.session
        if session is None:
            return
        self.ctx.tasks.run(session.older, self._show_older, lambda _e: None)

    def _show_older(self, events: object) -> None:
        assert isinstance(events, tuple)
        self.model.show(self.model.timeline.prepend(events))
        self.older_button.setEnabled(self.session is not None and self.session.has_older)
        #: Said after earlier chat messages were loaded at the top of the list.
        self.announce(self.tr("Earlier messages loaded."))

    # --- writing ------------------------------------------------------------------------------

    def send_composed(self) -> None:
        text = self.composer.toPlainText().strip()
        if not text:
            #: Said when the customer presses Send with an empty message box.
            self.announce(self.tr("Write a message first."))
            return
        if self.send_text(text):
            self.composer.clear()

    def _send_quick(self, index: int) -> None:
        self.send_text(self.quick_questions()[index])

    def send_text(self, text: str) -> bool:
        session = self.session
        if session is None:
            #: Said when the chat could not start (e.g. signed out) and a message cannot be queued.
            self.announce(self.tr("The chat is not available. Sign in again."))
            return False
        item = session.write(text)
        self.model.show(self.model.timeline.add_local(item, session.user_id or ""))
        if self.runner is not None:
            self.runner.wake_sender()
        if self._state is ConnectionState.OFFLINE:
            #: Said after writing a message while offline.
            self.announce(self.tr("Offline: your message will be sent when the connection is back."))
        return True

    def send_rating(self) -> None:
        score = self.rating_combo.currentIndex()
        if score < 1:
            #: Said when Send rating is pressed before a rating was chosen.
            self.announce(self.tr("Choose a rating from 1 to 10 first."))
            self.rating_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        session = self.session
        if session is None:
            self.announce(self.tr("The chat is not available. Sign in again."))
            return
        item = session.rate(score, self.complaint.toPlainText())
        self.model.show(self.model.timeline.add_local(item, session.user_id or ""))
        if self.runner is not None:
            self.runner.wake_sender()
        #: Confirmation after sending the chat rating; the bank's reply with a reference follows in the list.
        text = self.tr("Thank you. Your rating of {score} out of 10 is being sent to the bank.").format(
            score=score
        )
        self.rating_result.setText(text)
        self.rating_result.setAccessibleName(text)
        self.complaint.clear()
        self.rating_combo.setCurrentIndex(0)
        self.announce(text)

    def _announce_mode_chosen(self, index: int) -> None:
        self.announce_mode = list(AnnounceMode)[max(index, 0)]

    # --- transcript ---------------------------------------------------------------------------

    def transcript_text(self) -> str:
        messages = self.model.timeline.messages
        return to_text(messages, self.title(), name=sender_name, stamp=time_text, text=message_line)

    def transcript_html(self) -> str:
        lang = self.locale().name().split("_")[0] or "en"
        messages = self.model.timeline.messages
        return to_html(
            messages, self.title(), name=sender_name, stamp=time_text, text=message_line, lang=lang
        )

    def copy_transcript(self) -> None:
        copy_to_clipboard(self.transcript_text())  # cleared after 60 s if it holds an account number
        #: Said after the chat transcript was copied to the clipboard.
        self.announce(self.tr("Transcript copied."))

    def save_transcript(self) -> None:
        #: Title of the dialog that saves the chat transcript.
        caption = self.tr("Save transcript")
        #: File types offered when saving the chat transcript.
        filters = self.tr("Text file (*.txt);;Web page (*.html)")
        path, chosen = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / "support-chat.txt"), filters
        )
        self.setFocus()
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)  # pitfalls §3.4
        if not path:
            return
        target = Path(path)
        as_html = target.suffix.lower() in {".html", ".htm"} or ("html" in chosen and not target.suffix)
        if as_html and not target.suffix:
            target = target.with_suffix(".html")
        try:
            target.write_text(self.transcript_html() if as_html else self.transcript_text(), encoding="utf-8")
        except OSError:
            #: Said when the transcript file could not be written; {name} is the file name.
            self.announce(self.tr("Could not save {name}.").format(name=target.name), Priority.NEXT)
            return
        #: Said after the chat transcript was saved; {name} is the file name.
        self.announce(self.tr("Transcript saved as {name}.").format(name=target.name))


def _release_unused(session: ChatSession) -> None:
    """A session made for a start that no longer counts: close it, off the GUI thread (never logged in)."""

    def release() -> None:
        session.client.close()
        session.outbox.close()

    threading.Thread(target=release, name="chat-release", daemon=True).start()


def _release_when_stopped(runner: ChatRunner, session: ChatSession) -> None:
    """The screen is gone: stop its loops, then close the connections and the outbox once they are done.

    A long-poll may be in flight, so the closing happens on a short-lived thread after the loops end,
    never under a request that is still using the connection.
    """

    def release() -> None:
        runner.stop(RELEASE_WAIT_S)
        session.client.close()
        session.outbox.close()

    threading.Thread(target=release, name="chat-release", daemon=True).start()
