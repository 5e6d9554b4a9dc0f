"""The announcer outlives the window its status line sits in: its timers must not touch a deleted Notice."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy, Announcer, ReaderChannel
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpeechService, SpyBackend

HOLD_MS = 150


def announcer_in_window(*, reader_active: bool) -> tuple[Announcer, QWidget, AnnouncementSpy]:
    window = QWidget()  # deleted by the test, so not handed to qtbot
    window.show()
    announcer = Announcer(
        SpeechService(SpyBackend(), enabled=True),
        channel=ReaderChannel.NOTIFICATION_WIDGET,
        reader_active=lambda: reader_active,
        hold_ms=HOLD_MS,
    )
    announcer.set_anchor(window)
    return announcer, window, AnnouncementSpy(announcer)


def delete_now(qtbot: QtBot, widget: QWidget) -> None:
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=2000)
    QApplication.processEvents()


def test_a_message_held_behind_an_error_is_dropped_when_the_window_goes(qtbot: QtBot) -> None:
    announcer, window, spy = announcer_in_window(reader_active=True)
    announcer.announce("Payment refused.", Priority.NOW)
    announcer.announce("Accounts loaded.")
    assert announcer.held_messages() == ["Accounts loaded."]
    delete_now(qtbot, window)
    assert not announcer.notice_alive()
    qtbot.wait(HOLD_MS * 3)  # the release time passes: pytest-qt fails the test on any slot error
    assert announcer.held_messages() == []
    assert spy.texts == ["Payment refused."]
    announcer.deleteLater()


def test_messages_paced_for_the_reader_are_dropped_when_the_window_goes(qtbot: QtBot) -> None:
    announcer, window, spy = announcer_in_window(reader_active=True)
    for text in ("Signed in.", "Accounts loaded.", "Two new messages."):
        announcer.announce(text, Priority.NOW)
    assert announcer.queued_for_reader() != []
    delete_now(qtbot, window)
    qtbot.wait(1000)  # two reader gaps: the pacing timer would have shown the next message
    assert announcer.queued_for_reader() == []
    assert len(spy.texts) == 3
    announcer.deleteLater()


def test_an_announcer_freed_before_its_unplaced_notice_does_not_crash(qtbot: QtBot) -> None:
    # Unplaced, the notice is owned by the announcer's Python object and dies in its teardown.
    announcer = Announcer(SpeechService(SpyBackend()), reader_active=lambda: True, hold_ms=HOLD_MS)
    announcer.announce("Payment refused.", Priority.NOW)
    announcer.announce("Accounts loaded.")
    del announcer
    gc.collect()
    qtbot.wait(HOLD_MS * 3)


def test_announcing_after_the_window_went_is_a_quiet_no_op(qtbot: QtBot) -> None:
    announcer, window, spy = announcer_in_window(reader_active=False)
    delete_now(qtbot, window)
    announcer.announce("Session expired.", Priority.NOW)
    announcer.repeat_last()
    qtbot.wait(400)  # the wait-for-a-reader poll would have ticked
    assert spy.texts == []
    assert announcer.pending_for_reader() == []
    announcer.deleteLater()
