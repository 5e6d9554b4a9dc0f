"""Self-voicing: focus narration (name, role, value, shortcut), typed echo that never speaks a
secret, verbosity, and the where-am-I / read-row / read-screen / repeat keys."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.selfvoice import SHORTCUT_PROPERTY, SelfVoice, describe, is_secret
from a11y_bank.a11y.speech import SpeechService, SpyBackend


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.title = QLabel("Pay a bill", self)
        self.name_label = QLabel("Reference", self)
        self.reference = QLineEdit(self)
        self.name_label.setBuddy(self.reference)
        self.reference.setAccessibleName("Reference")
        self.password = QLineEdit(self)
        self.password.setAccessibleName("Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit(self)
        self.code.setObjectName("oneTimeCode")  # echo mode Normal, as the payment screens have it
        self.code.setAccessibleName("One-time code")
        self.save = QCheckBox("Save payee", self)
        self.pay = QPushButton("Pay", self)
        self.pay.setProperty(SHORTCUT_PROPERTY, "Ctrl+Enter")
        self.pay.setAccessibleDescription("Sends the payment.")
        model = QStandardItemModel(2, 2, self)
        model.setHorizontalHeaderLabels(["Date", "Amount"])
        for row, (date, amount) in enumerate([("3 May", "12.00 yuan"), ("4 May", "7.50 yuan")]):
            model.setItem(row, 0, QStandardItem(date))
            model.setItem(row, 1, QStandardItem(amount))
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName("Transactions")
        for widget in (self.title, self.name_label, self.reference, self.password, self.code, self.save,
                       self.pay, self.table):  # fmt: skip
            layout.addWidget(widget)


@pytest.fixture
def spy() -> SpyBackend:
    return SpyBackend()


@pytest.fixture
def voice(qapp: QApplication, spy: SpyBackend) -> Iterator[SelfVoice]:
    voice = SelfVoice(SpeechService(spy, enabled=True), lambda: "Pay bills")
    voice.install(qapp)
    yield voice
    voice.uninstall(qapp)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.add_widget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_focus_says_name_role_value_shortcut_and_hint_at_now(
    qtbot: QtBot, form: Form, voice: SelfVoice, spy: SpyBackend
) -> None:
    form.reference.setText("INV-42")
    _focus(qtbot, form.save)
    _focus(qtbot, form.reference)
    assert spy.utterances[-1] == ("Reference, edit field, INV-42.", Priority.NOW)
    _focus(qtbot, form.pay)
    assert spy.spoken[-1] == "Pay, button, shortcut Ctrl+Enter, Sends the payment."
    form.save.setChecked(True)
    _focus(qtbot, form.save)
    assert spy.spoken[-1] == "Save payee, check box, checked."


def test_expert_verbosity_is_shorter(qtbot: QtBot, form: Form, voice: SelfVoice, spy: SpyBackend) -> None:
    voice.set_verbosity("expert")
    _focus(qtbot, form.pay)
    assert spy.spoken[-1] == "Pay."
    with pytest.raises(ValueError, match="verbosity"):
        voice.set_verbosity("chatty")


def test_secret_fields_are_never_spoken(qtbot: QtBot, form: Form, voice: SelfVoice, spy: SpyBackend) -> None:
    assert is_secret(form.password)
    assert is_secret(form.code)
    assert not is_secret(form.reference)
    _focus(qtbot, form.code)
    QTest.keyClicks(form.code, "482913")
    assert form.code.text() == "482913"
    spoken = " ".join(spy.spoken)
    for digit in "482913":
        assert digit not in spoken
    assert spy.spoken[-6:] == ["star"] * 6
    _focus(qtbot, form.password)
    QTest.keyClicks(form.password, "pw")
    _focus(qtbot, form.code)
    assert spy.spoken[-1] == "One-time code, password field, 6 characters entered."
    assert "482913" not in describe(form.code)


def test_plain_fields_echo_each_character(
    qtbot: QtBot, form: Form, voice: SelfVoice, spy: SpyBackend
) -> None:
    _focus(qtbot, form.reference)
    QTest.keyClicks(form.reference, "a b")
    QTest.keyClick(form.reference, Qt.Key.Key_Backspace)
    assert spy.spoken[-4:] == ["a", "space", "b", "delete"]
    assert all(p == Priority.NOW for _, p in spy.utterances[-4:])


def test_voice_off_says_nothing(qtbot: QtBot, form: Form, voice: SelfVoice, spy: SpyBackend) -> None:
    voice.speech.set_enabled(False)
    spy.utterances.clear()
    _focus(qtbot, form.pay)
    _focus(qtbot, form.reference)
    QTest.keyClicks(form.reference, "x")
    assert spy.spoken == []


def test_where_am_i_read_row_read_screen_and_repeat(
    qtbot: QtBot, form: Form, voice: SelfVoice, spy: SpyBackend
) -> None:
    _focus(qtbot, form.reference)
    assert voice.where_am_i() == "Screen: Pay bills. Reference, edit field, empty."
    assert voice.read_row() == "No row has focus."
    _focus(qtbot, form.table)
    form.table.setCurrentIndex(form.table.model().index(1, 0))
    assert voice.read_row() == "Date: 4 May, Amount: 7.50 yuan"
    screen = voice.read_screen(form)
    heading = "Pay bills. Pay a bill. "
    assert screen.startswith(heading)
    order = ["Reference", "Password", "One-time code", "Save payee", "Pay", "Transactions"]
    positions = [screen.index(name, len(heading)) for name in order]
    assert positions == sorted(positions), screen
    assert screen.count("Reference") == 1  # the label is said as the field's name, not twice
    spy.utterances.clear()
    assert voice.repeat_last() == screen
    assert spy.utterances == [(screen, Priority.NOW)]


def test_focus_speech_waits_behind_a_fresh_error(
    qtbot: QtBot, form: Form, voice: SelfVoice, spy: SpyBackend
) -> None:
    voice.note_announcement("Error: wrong code.", Priority.NOW)
    _focus(qtbot, form.pay)
    _focus(qtbot, form.code)
    queued = spy.utterances[-1]
    assert queued[1] == Priority.NEXT  # queued after the error, not cutting it off
    voice._last_urgent_at -= 10  # the error is long said
    _focus(qtbot, form.pay)
    assert spy.utterances[-1] == ("Pay, button, shortcut Ctrl+Enter, Sends the payment.", Priority.NOW)


# -- the main window's keys --------------------------------------------------------------------


def _press(qtbot: QtBot, window: Any, action: str) -> None:
    from a11y_bank.ui.shortcuts import shortcut_for

    QTest.keySequence(window, shortcut_for(action).sequences()[0])
    qtbot.wait(10)


def test_window_keys_say_where_read_screen_and_curtain(qtbot: QtBot, offline_window: Any) -> None:
    from a11y_bank.a11y.announcer import AnnouncementSpy

    spy = AnnouncementSpy(offline_window.ctx.announcer)
    offline_window.navigate("help")
    qtbot.waitUntil(lambda: "Help" in spy.texts, timeout=2000)
    _press(qtbot, offline_window, "where_am_i")
    assert spy.texts[-1].startswith("Screen: Help.")
    assert spy.spoken[-1][1] == Priority.NOW
    _press(qtbot, offline_window, "read_screen")
    assert spy.texts[-1].startswith("Help.")
    assert len(spy.texts[-1]) > 100  # the whole screen, not just its title
    _press(qtbot, offline_window, "curtain")
    curtain = offline_window.curtain
    assert curtain.on
    assert curtain.geometry() == offline_window.centralWidget().rect()
    assert offline_window.current_screen().isVisible()  # still there for the screen reader
    image = offline_window.grab().toImage()
    centre = offline_window.centralWidget().geometry().center()
    assert image.pixelColor(centre).name() == "#000000"
    assert "curtain on" in spy.texts[-1]
    _press(qtbot, offline_window, "curtain")
    assert not curtain.on
    assert "curtain off" in spy.texts[-1]
