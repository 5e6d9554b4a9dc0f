"""How often an error is heard, counted as a screen reader and the self-voicing voice would hear it.

A screen reader hears a message when the announcer sends it a notification, and again when focus
arrives on a field whose accessible description says it, or when the focused field's description
changes to it (Orca 43 reads both: tests/orca/test_signin_error_journey.py). `Hearing` makes the
announcer believe a reader listens, records all three, and `assert_said_once`
checks the whole contract of a field error: announced once, heard once by the reader, said once by
the voice (nothing repeats it afterwards), shown under the field and on the status line, focus on
the field. Announcing first and moving focus after (the old order) counts two for the reader.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import Announcement, AnnouncementSpy, Announcer
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.selfvoice import SelfVoice
from a11y_bank.a11y.speech import SpyBackend
from a11y_bank.domain.messages import Message
from a11y_bank.ui.messages import render, spoken_text, visible_text
from a11y_bank.ui.widgets import fields
from a11y_bank.ui.widgets.fields import LabelledField


class Hearing:
    """What a listening screen reader is told: notifications sent, and descriptions read on focus."""

    def __init__(self, announcer: Announcer, monkeypatch: pytest.MonkeyPatch) -> None:
        self.announcer = announcer
        self.notifications: list[str] = []
        self.focus_reads: list[tuple[QWidget, str]] = []  # descriptions read: focus moved or text changed
        monkeypatch.setattr(announcer, "_reader_active", lambda: True)
        # A reader connecting now hears what is said from now on; the messages that waited for one
        # (the journey so far) would be flushed into the middle of the error under test.
        announcer._pending_reader.clear()
        send = announcer._send_to_reader

        def record(item: Announcement) -> None:
            self.notifications.append(item.text)
            send(item)

        monkeypatch.setattr(announcer, "_send_to_reader", record)
        note = fields.note_description_change

        def description_changed(widget: QWidget) -> None:
            if widget is QApplication.focusWidget():
                self.focus_reads.append((widget, widget.accessibleDescription()))
            note(widget)

        monkeypatch.setattr(fields, "note_description_change", description_changed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            self.focus_reads.append((new, new.accessibleDescription()))

    def stop(self) -> None:
        self._app.focusChanged.disconnect(self._focus_moved)

    def times_heard(self, msg: Message) -> int:
        """Notifications carrying the message plus descriptions saying it that the reader read."""
        told = self.notifications.count(spoken_text(msg))
        read = sum(1 for _widget, description in self.focus_reads if description == visible_text(msg))
        return told + read

    def forget(self) -> None:
        self.notifications.clear()
        self.focus_reads.clear()


@contextmanager
def listening(announcer: Announcer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Hearing]:
    hearing = Hearing(announcer, monkeypatch)
    try:
        yield hearing
    finally:
        hearing.stop()


@contextmanager
def self_voicing(announcer: Announcer) -> Iterator[SelfVoice]:
    """Self-voicing as the main window installs it (for screens tested on their own)."""
    assert announcer.speech is not None
    voice = SelfVoice(announcer.speech)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    voice.install(app)
    announcer.announced.connect(voice.note_announcement)
    try:
        yield voice
    finally:
        announcer.announced.disconnect(voice.note_announcement)
        voice.uninstall(app)


def assert_voice_said_once(speech: SpyBackend, msg: Message) -> None:
    """The spoken form once, at NOW; nothing after it repeats the error (a field's focus speech said
    before it is cut off by it: NOW stops the current utterance)."""
    spoken, shown = spoken_text(msg), visible_text(msg)
    at = [i for i, (text, _) in enumerate(speech.utterances) if text == spoken]
    assert len(at) == 1, f"the voice said {spoken!r} {len(at)} times: {speech.spoken}"
    assert speech.utterances[at[0]][1] == Priority.NOW
    later = [text for text, _ in speech.utterances[at[0] + 1 :]]
    assert not any(spoken in text or shown in text for text in later), f"said again: {later}"


def assert_said_once(
    qtbot: QtBot,
    hearing: Hearing,
    announcements: AnnouncementSpy,
    speech: SpyBackend,
    labelled: LabelledField,
    code: str,
    **params: object,
) -> Message:
    """The whole contract of an error in a field (see the module doc)."""
    msg = render(code, **params)
    spoken, shown = spoken_text(msg), visible_text(msg)
    assert announcements.texts.count(spoken) == 1, announcements.texts
    assert QApplication.focusWidget() is labelled.field
    assert labelled.error() == shown
    assert labelled.field.accessibleDescription() == shown
    assert hearing.times_heard(msg) == 1, (hearing.notifications, hearing.focus_reads)
    assert_voice_said_once(speech, msg)
    notice = hearing.announcer.notice
    qtbot.waitUntil(lambda: notice.text() == shown, timeout=2_000)  # after the reader gap at most
    return msg
