"""The announcer's screen-reader leg and the focus fix, as logic (no Orca): the transcript tier
(test_orca_journeys.py) is the proof with the real reader; these pin the rules it relies on.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import (
    FOCUS_JUST_ARRIVED_MS,
    READER_GAP_MS,
    Announcer,
    Notice,
    NoticeVoice,
    ReaderChannel,
    note_description_change,
)
from a11y_bank.a11y.focus_order import FocusBeforeCaret
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpeechService, SpyBackend


class ShowRecorder(QObject):
    """Records what the reader is told: a voice's text each time one of the notice's voices is shown."""

    def __init__(self, notice: Notice) -> None:
        super().__init__(notice)
        self.notice = notice
        self.shown: list[str] = []
        self.voices: list[int] = []  # which voice, per showing
        for voice in notice.voices:
            voice.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, NoticeVoice):
            self.shown.append(watched.spoken)
            self.voices.append(self.notice.voices.index(watched))
        return False


class ShowCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


class Reader:
    def __init__(self, active: bool = True) -> None:
        self.active = active

    def __call__(self) -> bool:
        return self.active


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    w = QWidget()
    QVBoxLayout(w)
    qtbot.add_widget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def add_to(window: QWidget, *widgets: QWidget) -> None:
    layout = window.layout()
    assert layout is not None
    for widget in widgets:
        layout.addWidget(widget)


def notice_announcer(window: QWidget, reader: Reader) -> tuple[Announcer, ShowRecorder, SpyBackend]:
    backend = SpyBackend()
    announcer = Announcer(
        SpeechService(backend, enabled=True), channel=ReaderChannel.NOTIFICATION_WIDGET, reader_active=reader
    )
    announcer.set_anchor(window)
    announcer.notice.show()
    return announcer, ShowRecorder(announcer.notice), backend


def test_quick_messages_are_shown_one_at_a_time(qtbot: QtBot, window: QWidget) -> None:
    announcer, shows, _ = notice_announcer(window, Reader())
    for text in ("Signing in.", "You are signed in.", "Accounts."):
        announcer.announce(text)
    # Only the first is on the notice; renaming it now would make Orca read the wrong text.
    assert shows.shown == ["Signing in."]
    assert announcer.queued_for_reader() == ["You are signed in.", "Accounts."]
    qtbot.waitUntil(lambda: len(shows.shown) == 3, timeout=5 * READER_GAP_MS)
    assert shows.shown == ["Signing in.", "You are signed in.", "Accounts."]


def test_the_gap_between_showings_is_kept(qtbot: QtBot, window: QWidget) -> None:
    announcer, shows, _ = notice_announcer(window, Reader())
    announcer.announce("One.")
    announcer.announce("Two.")
    qtbot.wait(READER_GAP_MS // 2)
    assert shows.shown == ["One."]
    qtbot.waitUntil(lambda: shows.shown == ["One.", "Two."], timeout=3 * READER_GAP_MS)


def voice_names(announcer: Announcer) -> list[str]:
    """What a reader reads from each voice now (its accessible name)."""
    names = []
    for voice in announcer.notice.voices:
        iface = QAccessible.queryAccessibleInterface(voice)
        assert iface is not None
        assert iface.role() == QAccessible.Role.Notification
        names.append(iface.text(QAccessible.Text.Name))
    return names


def test_a_message_keeps_its_voice_until_two_messages_later(qtbot: QtBot, window: QWidget) -> None:
    """Findings 6 and 10: Orca reads a shown notification's name late (after a screen change, later
    than the next message); the voice it was shown with must still say it then."""
    announcer, shows, _ = notice_announcer(window, Reader())
    announcer.announce("Signing in.")
    announcer.announce("Accounts.")
    announcer.announce("You are signed in.")
    qtbot.waitUntil(lambda: len(shows.shown) == 2, timeout=3 * READER_GAP_MS)
    assert voice_names(announcer) == ["Signing in.", "Accounts."]  # the first not renamed yet
    qtbot.waitUntil(lambda: len(shows.shown) == 3, timeout=3 * READER_GAP_MS)
    assert shows.shown == ["Signing in.", "Accounts.", "You are signed in."]
    assert shows.voices == [0, 1, 0]
    assert voice_names(announcer) == ["You are signed in.", "Accounts."]
    assert announcer.notice.text() == "You are signed in."  # the status line shows the latest


def test_the_status_line_itself_is_not_shown_again(qtbot: QtBot, window: QWidget) -> None:
    announcer, shows, _ = notice_announcer(window, Reader())
    line_shows = ShowCounter(announcer.notice)
    announcer.announce("One.")
    announcer.announce("Two.")
    qtbot.waitUntil(lambda: len(shows.shown) == 2, timeout=3 * READER_GAP_MS)
    assert line_shows.count == 0


def test_voices_retire_so_a_window_shown_again_repeats_nothing(qtbot: QtBot, window: QWidget) -> None:
    backend = SpyBackend()
    announcer = Announcer(
        SpeechService(backend, enabled=True),
        channel=ReaderChannel.NOTIFICATION_WIDGET,
        reader_active=Reader(),
        retire_ms=100,
    )
    announcer.set_anchor(window)
    announcer.notice.show()
    shows = ShowRecorder(announcer.notice)
    announcer.announce("Payment sent.")
    assert announcer.notice.voices[0].isVisible()
    qtbot.waitUntil(lambda: not any(v.isVisible() for v in announcer.notice.voices), timeout=2000)
    window.hide()
    window.show()
    qtbot.waitExposed(window)
    assert shows.shown == ["Payment sent."]


def test_an_error_goes_before_queued_progress(qtbot: QtBot, window: QWidget) -> None:
    announcer, shows, _ = notice_announcer(window, Reader())
    announcer.announce("Checking the code.")
    announcer.announce("Still checking.", Priority.NORMAL)
    announcer.announce("The code is wrong.", Priority.NOW)
    qtbot.waitUntil(lambda: len(shows.shown) == 3, timeout=5 * READER_GAP_MS)
    assert shows.shown == ["Checking the code.", "The code is wrong.", "Still checking."]


def test_the_same_text_twice_is_shown_twice(qtbot: QtBot, window: QWidget) -> None:
    announcer, shows, _ = notice_announcer(window, Reader())
    announcer.announce("Code sent.")
    announcer.repeat_last()
    qtbot.waitUntil(lambda: len(shows.shown) == 2, timeout=3 * READER_GAP_MS)
    assert shows.shown == ["Code sent.", "Code sent."]


def test_what_the_focused_control_says_is_not_sent_to_the_reader_again(qtbot: QtBot, window: QWidget) -> None:
    announcer, shows, backend = notice_announcer(window, Reader())
    summary = QLabel("Pay 50 yuan to Alice.", window)
    summary.setAccessibleName("Pay fifty yuan to Alice.")
    add_to(window, summary)
    summary.show()
    window.activateWindow()
    summary.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is summary, timeout=2000)
    announcer.announce("Pay  fifty yuan to Alice", Priority.NEXT, visible="Pay 50 yuan to Alice.")
    qtbot.wait(2 * READER_GAP_MS)
    assert shows.shown == []  # the reader read it as the focus; once is enough
    assert announcer.notice.text() == "Pay 50 yuan to Alice."  # the status line still shows it
    assert backend.spoken == ["Pay fifty yuan to Alice"]  # the voice still says it
    assert announcer.last_text() == "Pay fifty yuan to Alice"  # F6 repeats it


def error_field(window: QWidget, qtbot: QtBot) -> tuple[QPushButton, QLineEdit]:
    """A form: a Send button (focused) and an amount field."""
    send, amount = QPushButton("Send", window), QLineEdit(window)
    amount.setAccessibleName("Amount")
    add_to(window, amount, send)
    window.activateWindow()
    send.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is send, timeout=2000)
    return send, amount


def test_an_error_read_as_the_description_of_the_field_focus_moves_to_is_not_sent_again(
    qtbot: QtBot, window: QWidget
) -> None:
    """Finding 9: the reader reads the field's description with the focus move; a notification too
    would say the error twice."""
    announcer, shows, backend = notice_announcer(window, Reader())
    _, amount = error_field(window, qtbot)
    amount.setAccessibleDescription("Enter an amount.")
    amount.setFocus()
    announcer.announce("Enter an amount", Priority.NOW)
    qtbot.wait(2 * READER_GAP_MS)
    assert shows.shown == []
    assert backend.spoken == ["Enter an amount"]  # the voice still says it
    assert announcer.last_text() == "Enter an amount"  # F6 repeats it


def test_an_error_said_by_the_focus_reaches_the_status_line_after_the_reader_gap(
    qtbot: QtBot, window: QWidget
) -> None:
    """Shown under the field and on the status line, told to the reader once (as the description),
    and the status line not renamed while the reader may still read the message just presented."""
    announcer, shows, _ = notice_announcer(window, Reader())
    _, amount = error_field(window, qtbot)
    announcer.announce("Checking.", Priority.NORMAL)
    amount.setAccessibleDescription("Enter an amount.")  # the error line, without the earcon mark
    amount.setFocus()
    announcer.announce("The amount is empty.", Priority.NOW, visible="✗ Enter an amount.")
    assert shows.shown == ["Checking."]  # the error was not sent: the focus move reads it
    assert announcer.notice.text() == "Checking."  # within the gap: the reader may be reading it
    qtbot.waitUntil(lambda: announcer.notice.text() == "✗ Enter an amount.", timeout=2 * READER_GAP_MS)
    assert shows.shown == ["Checking."]


def test_an_error_on_the_field_that_already_has_focus_is_sent(qtbot: QtBot, window: QWidget) -> None:
    """Focus stays on the field (Enter pressed in it) and its description was not noted as changed
    (the same error again): the reader reads nothing new, so the notification is the only way."""
    announcer, shows, _ = notice_announcer(window, Reader())
    _, amount = error_field(window, qtbot)
    amount.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is amount, timeout=2000)
    qtbot.wait(FOCUS_JUST_ARRIVED_MS + 50)
    amount.setAccessibleDescription("Enter an amount.")
    amount.setFocus()  # already there: no focus move
    announcer.announce("Enter an amount.", Priority.NOW)
    assert shows.shown == ["Enter an amount."]


def test_an_error_the_focused_field_just_took_as_its_description_is_not_sent_again(
    qtbot: QtBot, window: QWidget
) -> None:
    """Orca 43 reads a description change of the focused field (tests/orca/test_signin_error_journey.py)."""
    announcer, shows, backend = notice_announcer(window, Reader())
    _, amount = error_field(window, qtbot)
    amount.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is amount, timeout=2000)
    qtbot.wait(FOCUS_JUST_ARRIVED_MS + 50)
    amount.setAccessibleDescription("Enter an amount.")
    note_description_change(amount)  # as LabelledField.set_error does
    announcer.announce("Enter an amount.", Priority.NOW)
    qtbot.wait(2 * READER_GAP_MS)
    assert shows.shown == []
    assert backend.spoken == ["Enter an amount."]  # the voice still says it


def test_an_error_announced_before_focus_moves_is_sent(qtbot: QtBot, window: QWidget) -> None:
    """The order matters: when the announcement comes first, focus still says something else."""
    announcer, shows, _ = notice_announcer(window, Reader())
    _, amount = error_field(window, qtbot)
    amount.setAccessibleDescription("Enter an amount.")
    announcer.announce("Enter an amount.", Priority.NOW)
    amount.setFocus()
    assert shows.shown == ["Enter an amount."]


def test_a_description_that_is_not_the_message_does_not_stop_it(qtbot: QtBot, window: QWidget) -> None:
    announcer, shows, _ = notice_announcer(window, Reader())
    _, amount = error_field(window, qtbot)
    amount.setAccessibleDescription("Digits and a decimal point.")
    amount.setFocus()
    announcer.announce("Enter an amount.", Priority.NOW)
    assert shows.shown == ["Enter an amount."]


def test_messages_before_a_reader_connects_are_paced_most_urgent_first(qtbot: QtBot, window: QWidget) -> None:
    reader = Reader(active=False)
    announcer, shows, _ = notice_announcer(window, reader)
    announcer.announce("Welcome.")
    announcer.announce("Session expired.", Priority.NOW)
    assert announcer.pending_for_reader() == ["Welcome.", "Session expired."]
    reader.active = True
    qtbot.waitUntil(lambda: len(shows.shown) == 2, timeout=4000)
    assert shows.shown == ["Session expired.", "Welcome."]


def test_without_a_reader_the_status_line_changes_at_once(window: QWidget) -> None:
    announcer, shows, _ = notice_announcer(window, Reader(active=False))
    announcer.announce("One.")
    announcer.announce("Two.")
    assert announcer.notice.text() == "Two."
    assert shows.shown == []


# -- focus before caret -------------------------------------------------------------------------


class FocusInCounter(QObject):
    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.count = 0
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.count += 1
        return False


@pytest.fixture
def focus_filter() -> Iterator[tuple[FocusBeforeCaret, Reader]]:
    reader = Reader()
    fix = FocusBeforeCaret(reader_active=reader)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(fix)
    yield fix, reader
    app.removeEventFilter(fix)


def two_fields(window: QWidget, qtbot: QtBot) -> tuple[QLineEdit, QLineEdit]:
    first, second = QLineEdit("abc", window), QLineEdit("def", window)
    add_to(window, first, second)
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2000)
    qtbot.wait(10)
    return first, second


def test_a_line_edit_gets_its_focus_in_after_the_focus_event(
    qtbot: QtBot, window: QWidget, focus_filter: tuple[FocusBeforeCaret, Reader]
) -> None:
    fix, _ = focus_filter
    _, second = two_fields(window, qtbot)
    counter = FocusInCounter(second)
    before = fix.replayed
    second.setFocus()
    assert QApplication.focusWidget() is second  # Qt has moved focus (and told the reader)
    assert counter.count == 0  # ... but the field's own FocusIn (caret, selection) waits
    qtbot.waitUntil(lambda: counter.count == 1, timeout=1000)
    assert fix.replayed == before + 1
    assert second.hasFocus()


def test_no_reader_means_no_change(
    qtbot: QtBot, window: QWidget, focus_filter: tuple[FocusBeforeCaret, Reader]
) -> None:
    _, reader = focus_filter
    reader.active = False
    _, second = two_fields(window, qtbot)
    counter = FocusInCounter(second)
    second.setFocus()
    assert counter.count == 1


def test_a_replay_after_focus_moved_on_is_dropped(
    qtbot: QtBot, window: QWidget, focus_filter: tuple[FocusBeforeCaret, Reader]
) -> None:
    first, second = two_fields(window, qtbot)
    counter = FocusInCounter(second)
    second.setFocus()
    first.setFocus()  # before the event loop ran: the field is no longer focused
    qtbot.wait(50)
    assert counter.count == 0
    assert first.hasFocus()


def test_quiet_only_once_every_queued_message_is_out_and_old_enough(qtbot: QtBot, window: QWidget) -> None:
    announcer, shows, _ = notice_announcer(window, Reader())
    assert announcer.quiet_for(1000)  # nothing said yet
    for text in ("Signing in.", "You are signed in.", "Accounts."):
        announcer.announce(text)
    assert not announcer.quiet_for(0)  # two wait for the reader gap
    qtbot.waitUntil(lambda: len(shows.shown) == 3, timeout=5 * READER_GAP_MS)
    assert not announcer.quiet_for(60_000)  # the last is fresh
    qtbot.waitUntil(lambda: announcer.quiet_for(200), timeout=5 * READER_GAP_MS)
