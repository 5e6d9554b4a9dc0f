"""The app's accessibility helpers cost no Python call per event where they have nothing to do.

An application-wide event filter written in Python runs for every event of every widget (with all
screens open, ~2 000 per language switch, each one waiting for the GIL while a worker thread parses
a history page: docs/performance.md, section 4). Self-voicing watches the focused widget only, the
session timer filters the application only while a time limit runs, focus-before-caret only once a
screen reader is connected; each still does its job.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.focus_order import READER_POLL_MS, FocusBeforeCaret
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.selfvoice import SelfVoice
from a11y_bank.a11y.session_timer import SessionTimer
from a11y_bank.a11y.speech import SpeechService, SpyBackend


class _Seen:
    """Records which objects a filter under test was asked about."""

    def __init__(self) -> None:
        self.watched: list[QObject] = []

    def saw(self, watched: QObject) -> None:
        self.watched.append(watched)


class _CountingVoice(SelfVoice):
    seen = _Seen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        _CountingVoice.seen.saw(watched)
        return super().eventFilter(watched, event)


class _CountingTimer(SessionTimer):
    seen = _Seen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        _CountingTimer.seen.saw(watched)
        return super().eventFilter(watched, event)


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.first = QLineEdit(self)
        self.first.setAccessibleName("Reference")
        self.second = QLineEdit(self)
        self.second.setAccessibleName("Amount")
        self.button = QPushButton("Pay", self)
        for widget in (self.first, self.second, self.button):
            layout.addWidget(widget)


@pytest.fixture
def form(qtbot: QtBot) -> _Form:
    form = _Form()
    qtbot.add_widget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _language_change_to(widget: QWidget) -> None:
    """What a switch sends every widget of a window: the event, passed down to every child."""
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


@pytest.fixture
def voice(qapp: QApplication) -> Iterator[tuple[_CountingVoice, SpyBackend]]:
    spy = SpyBackend()
    voice = _CountingVoice(SpeechService(spy, enabled=True))
    voice.install(qapp)
    _CountingVoice.seen = _Seen()
    yield voice, spy
    voice.uninstall(qapp)


def test_self_voicing_watches_only_the_focused_widget_and_still_echoes(
    qtbot: QtBot, form: _Form, voice: tuple[_CountingVoice, SpyBackend]
) -> None:
    _, spy = voice
    _focus(qtbot, form.first)
    _focus(qtbot, form.second)
    _CountingVoice.seen = _Seen()

    _language_change_to(form)  # the form, its layout, three widgets and their children

    assert _CountingVoice.seen.watched == [form.second]
    QTest.keyClick(form.second, Qt.Key.Key_7)
    assert spy.utterances[-1] == ("7", Priority.NOW)
    QTest.keyClick(form.first, Qt.Key.Key_8)  # not focused: typed by a test, never echoed
    assert spy.spoken[-1] == "7"


def test_self_voicing_stops_watching_when_uninstalled(
    qapp: QApplication, qtbot: QtBot, form: _Form, voice: tuple[_CountingVoice, SpyBackend]
) -> None:
    installed, spy = voice
    _focus(qtbot, form.first)
    installed.uninstall(qapp)
    _CountingVoice.seen = _Seen()

    QTest.keyClick(form.first, Qt.Key.Key_5)

    assert _CountingVoice.seen.watched == []
    assert "5" not in spy.spoken
    installed.install(qapp)  # back on: the focused field is watched again at once
    QTest.keyClick(form.first, Qt.Key.Key_6)
    assert spy.spoken[-1] == "6"


@pytest.fixture
def timer(qapp: QApplication) -> Iterator[_CountingTimer]:
    timer = _CountingTimer(lambda _text, _p: None, base_s=60, multiplier=None)
    timer.watch_input(qapp)
    _CountingTimer.seen = _Seen()
    yield timer
    timer.set_multiplier(None)  # removes its filter


def test_the_session_timer_filters_nothing_while_no_limit_runs(
    qtbot: QtBot, form: _Form, timer: _CountingTimer
) -> None:
    _language_change_to(form)
    QTest.keyClick(form.first, Qt.Key.Key_A)

    assert _CountingTimer.seen.watched == []


def test_the_session_timer_sees_activity_while_a_limit_runs(
    qtbot: QtBot, form: _Form, timer: _CountingTimer
) -> None:
    timer.set_multiplier(1)
    qtbot.wait(50)
    before = timer.seconds_left()
    timer._expire_timer.start(30_000)  # as if half the minute had passed
    assert timer.seconds_left() < before

    QTest.mouseClick(form.button, Qt.MouseButton.LeftButton)

    assert form.button in _CountingTimer.seen.watched
    assert timer.seconds_left() >= before - 1  # the click restarted the full period
    timer.set_multiplier(None)
    _CountingTimer.seen = _Seen()
    QTest.keyClick(form.first, Qt.Key.Key_A)
    assert _CountingTimer.seen.watched == []  # off again: the filter went with the limit


class _Reader:
    """Stands in for QAccessible.isActive(): a screen reader that connects when told."""

    def __init__(self) -> None:
        self.active = False

    def __call__(self) -> bool:
        return self.active


def test_focus_before_caret_filters_only_once_a_reader_connects(
    qapp: QApplication, qtbot: QtBot, form: _Form
) -> None:
    reader = _Reader()
    fix = FocusBeforeCaret(reader_active=reader)
    try:
        fix.follow_reader(qapp)
        _focus(qtbot, form.first)
        _focus(qtbot, form.second)
        assert not fix.filtering
        assert fix.replayed == 0

        reader.active = True
        qtbot.waitUntil(lambda: fix.filtering, timeout=10 * READER_POLL_MS)
        form.first.setFocus(Qt.FocusReason.TabFocusReason)

        qtbot.waitUntil(lambda: fix.replayed == 1, timeout=1000)  # the field's FocusIn came after
        assert form.first.hasFocus()
    finally:
        qapp.removeEventFilter(fix)
        fix.deleteLater()
