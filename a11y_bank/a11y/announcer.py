"""The one way to tell the user something: screen reader, voice and the visible status line.

`Announcer.announce(text, priority)` fans a message out to three places:

1. The screen reader. Which channel depends on the platform, so that no reader speaks twice
   (measured in ../shared/recipes/announcements.md):

   - Linux (AT-SPI, xcb/wayland): only notification-role objects are driven: the status line
     (`Notice`) shows the text, and one of its two invisible voices is hidden, renamed and shown.
     Orca 43 speaks that and ignores Qt's announcement event; newer Orca speaks both, so sending
     both would double every message.
   - Windows (UIA) and macOS: only `QAccessibleAnnouncementEvent` (NVDA, Narrator, VoiceOver speak
     it; none of them presents a Notification-role widget being shown). The notice text is still
     updated so the message stays visible and revisitable.

   Screen readers drop events while `QAccessible.isActive()` is false, so messages announced before
   a reader connects are queued (stale ones dropped) and flushed, most urgent first, once it does.

   The notice is shown at most once per `READER_GAP_MS`, one message per showing (measured with the
   real Orca 43, tests/orca): Orca reads the notice's *current* text when it gets round to each
   "shown" event, so three messages set within 50 ms came out as the last one three times or, as it
   skips duplicate events, once; "You are signed in" was never heard. Messages wait in a short
   queue, most urgent first; the status line shows each as it is presented.

   A message that the focused control already says is not sent to the reader again: it would be
   heard twice. That is its name (the review summary that receives focus), or its description when
   focus has just been moved to it (a field error: the reader reads the description with the focus
   move; with focus already on the field it reads no change, so the message is sent). The voice
   still says it.
2. The self-voicing speech service, when the user turned voice on (`SpeechService.enabled`).
3. The visible status line, which also keeps a short history (F6 repeats the last message).

Priorities (see `Priority`): a NOW message (an error) is never replaced by a lower-priority one
while it is fresh: NORMAL/NEXT messages that arrive within `hold_ms` of it wait until it has been
heard, then follow.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QLabel, QWidget

from a11y_bank.a11y.earcons import VISUAL_MARK
from a11y_bank.a11y.focus_order import install_focus_before_caret
from a11y_bank.a11y.priority import Priority

if TYPE_CHECKING:
    from a11y_bank.a11y.speech import SpeechService

HISTORY_LENGTH = 20
PENDING_LIMIT = 10
STALE_AFTER_S = 30.0
ACTIVE_POLL_MS = 250
NOW_HOLD_MS = 1500
READER_GAP_MS = 400
"""Least time between two showings of the notice (Orca 43 took 50-300 ms to reach one)."""
READER_QUEUE_LIMIT = 6
VOICE_RETIRE_MS = 5000
"""After this quiet time the reader has long read the voices: they are hidden (see `Notice`)."""
FOCUS_JUST_ARRIVED_MS = 250
"""How recent a focus move counts as "the reader is about to read this control" (same call, in practice)."""
_MARKS = "".join(VISUAL_MARK.values())


class ReaderChannel(Enum):
    """How the screen-reader leg of an announcement is delivered."""

    NOTIFICATION_WIDGET = "notification-widget"
    ANNOUNCEMENT_EVENT = "announcement-event"


def default_reader_channel(platform: str = sys.platform) -> ReaderChannel:
    """AT-SPI readers get the notification widget; UIA and macOS get the Qt announcement event."""
    if platform.startswith(("linux", "freebsd", "openbsd")):
        return ReaderChannel.NOTIFICATION_WIDGET
    return ReaderChannel.ANNOUNCEMENT_EVENT


class NoticeVoice(QWidget):
    """What a screen reader is told, one message at a time: an invisible 1x1 Notification-role
    object inside the status line, hidden, renamed and shown again for each message."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(0, 0, 1, 1)
        self.spoken = ""
        self.hide()

    def present(self, spoken: str) -> None:
        """Hide, rename, show: the reader speaks a Notification-role object each time it is shown."""
        self.hide()
        self.spoken = spoken
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.show()


class Notice(QLabel):
    """The visible status line; screen readers see it as a notification (role Notification).

    The reader is told each message through one of two `NoticeVoice` objects, used in turn
    (`present`), not by re-showing the status line: Orca 43 reads a notification's name when it gets
    round to the "shown" event, which after a screen change can be later than the next message
    (docs/orca.md, findings 6 and 10). A voice is renamed only two messages later, so the name Orca
    reads is the one it was shown with.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.spoken = ""
        self.voices = (NoticeVoice(self), NoticeVoice(self))
        self._next_voice = 0

    def set_message(self, visible: str, spoken: str) -> None:
        """Show `visible`; screen readers read `spoken` (may spell things out)."""
        self.spoken = spoken
        self.setText(visible)

    def present(self, spoken: str) -> NoticeVoice:
        """Tell the reader `spoken` through the voice whose turn it is."""
        voice = self.voices[self._next_voice]
        self._next_voice = 1 - self._next_voice
        voice.present(spoken)
        return voice

    def retire_voices(self) -> None:
        """Hide both voices (long after they were read), so that showing the window again does
        not show them, and say their messages, again."""
        for voice in self.voices:
            voice.hide()


class NoticeAccessible(QAccessibleWidget):
    """Exposes a `Notice` or a `NoticeVoice` with the Notification role and its text as name and value."""

    def __init__(self, widget: Notice | NoticeVoice) -> None:
        super().__init__(widget, QAccessible.Role.Notification)
        self._notice = widget

    def text(self, kind: QAccessible.Text) -> str:
        if kind in (QAccessible.Text.Name, QAccessible.Text.Value):
            if isinstance(self._notice, NoticeVoice):
                return self._notice.spoken
            return self._notice.spoken or self._notice.text()
        return super().text(kind)


# Qt does not keep the Python wrappers of interfaces returned by a factory alive: keep them here,
# keyed by the widget, and forget each one when its widget is destroyed.
_interfaces: dict[int, NoticeAccessible] = {}
_factory_installed = False


def _notice_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, (Notice, NoticeVoice)):
        return None
    # Qt's accessibility cache deletes an interface when its widget goes; drop our dead wrappers.
    for dead in [k for k, iface in _interfaces.items() if not shiboken6.isValid(iface)]:
        del _interfaces[dead]
    key = id(obj)
    if key not in _interfaces:
        _interfaces[key] = NoticeAccessible(obj)
    return _interfaces[key]


def install_notice_factory() -> None:
    """Register the Notification-role interface for `Notice` (once per process)."""
    global _factory_installed  # noqa: PLW0603 - one registration per process, by Qt's design
    if not _factory_installed:
        QAccessible.installFactory(_notice_factory)
        _factory_installed = True


@dataclass(frozen=True)
class Announcement:
    text: str
    priority: Priority
    made_at: float
    visible: str = ""

    @property
    def shown(self) -> str:
        return self.visible or self.text


class Announcer(QObject):
    """Fans each message out to the screen reader, the voice and the status line.

    Signals:
        announced(str, object): a message was announced (text, Priority), once per call.
    """

    announced = Signal(str, object)

    def __init__(
        self,
        speech: SpeechService | None = None,
        *,
        channel: ReaderChannel | None = None,
        reader_active: Callable[[], bool] = QAccessible.isActive,
        hold_ms: int = NOW_HOLD_MS,
        retire_ms: int = VOICE_RETIRE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        install_notice_factory()
        install_focus_before_caret()
        install_focus_arrival_tracker()
        self.speech = speech
        self.channel = channel or default_reader_channel()
        self._reader_active = reader_active
        self._hold_ms = hold_ms
        self.notice = Notice()
        # The status line belongs to the window it is placed in and dies with it; the announcer may
        # outlive it (it is Python-owned). Its timers must not then write to a deleted widget: each
        # timer slot checks `_notice_gone` first. (Not a `destroyed` connection: when the announcer
        # itself is freed, its unparented notice dies during its teardown and the slot would run on a
        # half-freed object: a crash.)
        self._history: deque[Announcement] = deque(maxlen=HISTORY_LENGTH)
        self._pending_reader: list[Announcement] = []
        self._held: list[Announcement] = []
        self._last_now_at = -1e9
        self._poll = QTimer(self)
        self._poll.setInterval(ACTIVE_POLL_MS)
        self._poll.timeout.connect(self._flush_pending_reader)
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.timeout.connect(self._release_held)
        self._reader_queue: list[Announcement] = []
        self._unsent: Announcement | None = None  # said by the focus, waiting for the status line
        self._pace = QTimer(self)
        self._pace.setSingleShot(True)
        self._pace.setInterval(READER_GAP_MS)
        self._pace.timeout.connect(self._present_next_notice)
        self._retire = QTimer(self)
        self._retire.setSingleShot(True)
        self._retire.setInterval(retire_ms)
        self._retire.timeout.connect(self._retire_voices)

    # -- public API ---------------------------------------------------------------------------

    def announce(
        self, text: str, priority: Priority = Priority.NORMAL, *, visible: str | None = None
    ) -> None:
        """Tell the user `text` through every channel that is on.

        `visible`, if given, is what the status line shows instead (e.g. digits where `text` spells
        a code out for the voice).
        """
        text = " ".join(text.split())
        if not text:
            return
        if self._notice_gone():
            return  # the window closed: there is nobody to tell
        item = Announcement(text, Priority(priority), time.monotonic(), " ".join((visible or "").split()))
        if item.priority < Priority.NOW and self._now_is_fresh():
            self._hold(item)
            return
        self._deliver(item)

    def repeat_last(self) -> None:
        """Say the last message again (F6), at its own priority."""
        if self._history and self.notice_alive():
            last = self._history[-1]
            self._deliver(Announcement(last.text, last.priority, time.monotonic(), last.visible))

    def forget(self) -> None:
        """Drop every past and waiting message and blank the status line (sign-out, lock): messages
        can name the customer or a balance, and F6 must not repeat them to the next person."""
        self._history.clear()
        self._held.clear()
        self._pending_reader.clear()
        self._reader_queue.clear()
        self._unsent = None
        if self.notice_alive():
            self.notice.set_message("", "")

    def history(self) -> list[tuple[str, Priority]]:
        """The recent messages, oldest first."""
        return [(a.text, a.priority) for a in self._history]

    def last_text(self) -> str:
        return self._history[-1].text if self._history else ""

    def quiet_for(self, ms: int) -> bool:
        """True when nothing waits to be said and the last message is at least `ms` old: the time
        for work that floods the accessibility bus (building screens ahead), which made Orca drop
        messages presented at the same moment (measured: the sign-in journey lost "You are signed in")."""
        # (Messages kept for a reader that has not connected yet do not count: nobody listens yet.)
        if self._reader_queue or self._held or self._pace.isActive():
            return False
        last = self._history[-1].made_at if self._history else -1e9
        return (time.monotonic() - last) * 1000 >= ms

    def notice_alive(self) -> bool:
        """False once the status line was deleted with its window: nothing is shown or queued then."""
        return shiboken6.isValid(self.notice)

    def _notice_gone(self) -> bool:
        """True if the status line was deleted; then every timer is stopped and what was waiting
        to be shown on it is dropped."""
        if self.notice_alive():
            return False
        for timer in (self._poll, self._release, self._pace, self._retire):
            timer.stop()
        self._held.clear()
        self._pending_reader.clear()
        self._reader_queue.clear()
        return True

    def set_anchor(self, widget: QWidget) -> None:
        """Place the status line in the window (the main window calls this with its status area)."""
        self.notice.setParent(widget)

    # -- delivery -----------------------------------------------------------------------------

    def _deliver(self, item: Announcement) -> None:
        if item.priority == Priority.NOW:
            self._last_now_at = item.made_at
        self._history.append(item)
        self._show_visible(item)
        self._to_reader(item)
        if self.speech is not None and self.speech.enabled:
            self.speech.speak(item.text, item.priority)
        self.announced.emit(item.text, item.priority)

    def _show_visible(self, item: Announcement) -> None:
        if self._notice_is_paced():
            return  # the status line changes when the reader is shown the message (_present_notice)
        self.notice.set_message(item.shown, item.text)

    def _notice_is_paced(self) -> bool:
        """True when the notice's text is the reader's channel and a reader is listening."""
        return self.channel is ReaderChannel.NOTIFICATION_WIDGET and self._reader_active()

    def _to_reader(self, item: Announcement) -> None:
        if not self._reader_active():
            self._queue_for_reader(item)
            return
        if focus_already_says(item.text) or focus_already_says(item.shown):
            # Heard once, as the focus (a field error's description is its shown form). The status
            # line still shows it, but not within READER_GAP_MS of a presentation: renaming the
            # notice then could change what the reader says for the message it is presenting.
            self._show_unsent(item)
            return
        self._send_to_reader(item)

    def _send_to_reader(self, item: Announcement) -> None:
        if self.channel is ReaderChannel.NOTIFICATION_WIDGET:
            self._reader_queue.append(item)
            if len(self._reader_queue) > READER_QUEUE_LIMIT:
                victim = min(self._reader_queue, key=lambda a: (a.priority, a.made_at))
                self._reader_queue.remove(victim)
            if not self._pace.isActive():
                self._present_next_notice()
            return
        anchor = self._event_anchor()
        if anchor is None:
            return
        event = QAccessibleAnnouncementEvent(anchor, item.text)
        politeness = (
            QAccessible.AnnouncementPoliteness.Assertive
            if item.priority == Priority.NOW
            else QAccessible.AnnouncementPoliteness.Polite
        )
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)

    def _present_next_notice(self) -> None:
        """Show the most urgent queued message on the notice; the next one waits READER_GAP_MS."""
        if self._notice_gone():
            return
        if not self._reader_queue:
            self._show_unsent(self._unsent)
            return
        item = max(self._reader_queue, key=lambda a: (a.priority, -a.made_at))
        self._reader_queue.remove(item)
        if self._unsent is not None and self._unsent.made_at <= item.made_at:
            self._unsent = None  # a newer message takes the status line
        # The status line shows it; the reader is told through a voice (see `Notice`). A notice not
        # yet placed in a window stays hidden, and so do its voices (no stray window, nothing said).
        self.notice.set_message(item.shown, item.text)
        if self.notice.parent() is not None:
            if self.notice.isHidden():
                self.notice.show()  # its own showing tells the reader (it is a notification too)
            else:
                self.notice.present(item.text)
                self._retire.start()
        self._pace.start()

    def _show_unsent(self, item: Announcement | None) -> None:
        """Put a message the reader was not sent (the focus says it) on the status line, once the
        notice is free: at once, or at the end of the current reader gap."""
        self._unsent = item
        if item is None or not self._notice_is_paced():
            return  # without a reader _show_visible has shown it already
        if self._pace.isActive():
            return  # _present_next_notice shows it when the gap ends
        self._unsent = None
        self.notice.set_message(item.shown, item.text)

    def _retire_voices(self) -> None:
        if not self._notice_gone():
            self.notice.retire_voices()

    def queued_for_reader(self) -> list[str]:
        """Messages waiting for their turn on the notice (for tests and diagnostics)."""
        return [a.text for a in self._reader_queue]

    def _event_anchor(self) -> QWidget | None:
        """A live, visible widget for the announcement event (pitfalls §1.3)."""
        window = self.notice.window()
        if self.notice.parent() is not None and window.isVisible():
            return window
        return None

    # -- waiting for the screen reader ----------------------------------------------------------

    def _queue_for_reader(self, item: Announcement) -> None:
        self._pending_reader.append(item)
        if len(self._pending_reader) > PENDING_LIMIT:
            # Drop the oldest least urgent message; errors are kept.
            victim = min(self._pending_reader, key=lambda a: (a.priority, a.made_at))
            self._pending_reader.remove(victim)
        if not self._poll.isActive():
            self._poll.start()

    def _flush_pending_reader(self) -> None:
        if self._notice_gone():
            return
        now = time.monotonic()
        fresh = [a for a in self._pending_reader if now - a.made_at <= STALE_AFTER_S]
        if not self._reader_active():
            self._pending_reader = fresh
            if not fresh:
                self._poll.stop()  # nothing left worth saying: stop polling until the next message
            return
        self._poll.stop()
        self._pending_reader.clear()
        for item in sorted(fresh, key=lambda a: (-a.priority, a.made_at)):
            self._send_to_reader(item)
        if self._history and not self._reader_queue:  # the status line shows the latest message
            latest = self._history[-1]
            self.notice.set_message(latest.shown, latest.text)

    def pending_for_reader(self) -> list[str]:
        """Messages waiting for a screen reader to connect (for tests and diagnostics)."""
        return [a.text for a in self._pending_reader]

    # -- keeping errors in front --------------------------------------------------------------

    def _now_is_fresh(self) -> bool:
        return (time.monotonic() - self._last_now_at) * 1000 < self._hold_ms

    def _hold(self, item: Announcement) -> None:
        self._held.append(item)
        remaining = self._hold_ms - int((time.monotonic() - self._last_now_at) * 1000)
        if not self._release.isActive():
            self._release.start(max(remaining, 1))

    def _release_held(self) -> None:
        if self._notice_gone():
            return
        held, self._held = self._held, []
        for item in sorted(held, key=lambda a: (-a.priority, a.made_at)):
            self._deliver(item)

    def held_messages(self) -> list[str]:
        return [a.text for a in self._held]


def _spoken_form(text: str) -> str:
    """`text` as a reader says it: no earcon mark before it (a reader reads the words only)."""
    return " ".join(text.split()).casefold().lstrip(_MARKS).strip().rstrip(".")


def focus_already_says(text: str) -> bool:
    """True if the reader reads `text` with the focused widget: its accessible name, or its
    description when focus has just arrived on it or the description has just changed (Orca 43 reads
    a description with the focus move, and a description change of the focused widget: measured,
    tests/orca/test_signin_error_journey.py; an unchanged one under a focus that stays is not read)."""
    focused = QApplication.focusWidget()
    if focused is None:
        return False
    iface = QAccessible.queryAccessibleInterface(focused)
    if iface is None or not iface.isValid():
        return False
    said = _spoken_form(text)
    if _spoken_form(iface.text(QAccessible.Text.Name)) == said:
        return True
    fresh = focus_just_arrived(focused) or description_just_changed(focused)
    return fresh and _spoken_form(iface.text(QAccessible.Text.Description)) == said


# The widget focus last moved to and when (monotonic), from QApplication.focusChanged.
_focus_arrival: tuple[int, float] = (0, -1e9)
# The widget whose accessible description last changed and when (`note_description_change`).
_description_change: tuple[int, float] = (0, -1e9)
_tracked_app: int | None = None


def _note_focus_arrival(_old: QWidget | None, new: QWidget | None) -> None:
    global _focus_arrival  # noqa: PLW0603 - one focus per application
    if new is not None:
        _focus_arrival = (id(new), time.monotonic())


def install_focus_arrival_tracker() -> None:
    """Follow focus moves of the running application (once per application)."""
    global _tracked_app  # noqa: PLW0603 - one connection per application
    app = QApplication.instance()
    if not isinstance(app, QApplication) or _tracked_app == id(app):
        return
    app.focusChanged.connect(_note_focus_arrival)
    _tracked_app = id(app)


def note_description_change(widget: QWidget) -> None:
    """`widget`'s accessible description has just changed (a field's error line): a reader reads the
    new one if `widget` has focus, so a message saying the same is not sent to it again."""
    global _description_change  # noqa: PLW0603 - one focus per application
    _description_change = (id(widget), time.monotonic())


def description_just_changed(widget: QWidget) -> bool:
    """True if `widget`'s description changed within FOCUS_JUST_ARRIVED_MS."""
    key, when = _description_change
    return key == id(widget) and (time.monotonic() - when) * 1000 < FOCUS_JUST_ARRIVED_MS


def focus_just_arrived(widget: QWidget) -> bool:
    """True if focus moved to `widget` within FOCUS_JUST_ARRIVED_MS."""
    key, when = _focus_arrival
    return key == id(widget) and (time.monotonic() - when) * 1000 < FOCUS_JUST_ARRIVED_MS


class AnnouncementSpy:
    """Records what the announcer said, for tests.

    `spoken` holds (text, priority) per announcement; `status_texts` the status line's text right
    after each one (what a sighted user sees).
    """

    def __init__(self, announcer: Announcer) -> None:
        self.announcer = announcer
        self.spoken: list[tuple[str, Priority]] = []
        self.status_texts: list[str] = []
        announcer.announced.connect(self._record)

    def _record(self, text: str, priority: object) -> None:
        assert isinstance(priority, Priority)
        self.spoken.append((text, priority))
        notice_alive = self.announcer.notice_alive()
        self.status_texts.append(self.announcer.notice.text() if notice_alive else "")

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.spoken]

    def last(self) -> str:
        return self.spoken[-1][0] if self.spoken else ""

    def clear(self) -> None:
        self.spoken.clear()
        self.status_texts.clear()
