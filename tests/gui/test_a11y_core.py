"""The announcer, the speech service and the task runner: what the user hears and sees."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import (
    AnnouncementSpy,
    Announcer,
    ReaderChannel,
    default_reader_channel,
)
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpeechService, SpyBackend


class FakeReader:
    """Stands in for QAccessible.isActive(): a screen reader that connects when told."""

    def __init__(self, active: bool = True) -> None:
        self.active = active

    def __call__(self) -> bool:
        return self.active


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    w = QWidget()
    qtbot.add_widget(w)
    w.show()
    return w


def make_announcer(window: QWidget, *, reader: FakeReader, voice: bool = True, hold_ms: int = 300):
    backend = SpyBackend()
    announcer = Announcer(
        SpeechService(backend, enabled=voice),
        channel=ReaderChannel.NOTIFICATION_WIDGET,
        reader_active=reader,
        hold_ms=hold_ms,
    )
    announcer.set_anchor(window)
    return announcer, backend, AnnouncementSpy(announcer)


def test_announce_reaches_status_line_voice_and_spy(window: QWidget) -> None:
    announcer, backend, spy = make_announcer(window, reader=FakeReader())
    announcer.announce("Payment of 50 yuan sent.")
    assert spy.spoken == [("Payment of 50 yuan sent.", Priority.NORMAL)]
    assert spy.status_texts == ["Payment of 50 yuan sent."]
    assert announcer.notice.text() == "Payment of 50 yuan sent."
    assert announcer.notice.isVisible()
    assert backend.utterances == [("Payment of 50 yuan sent.", Priority.NORMAL)]


def test_voice_off_means_no_speech_but_still_visible(window: QWidget) -> None:
    announcer, backend, spy = make_announcer(window, reader=FakeReader(), voice=False)
    announcer.announce("Accounts loaded.")
    assert backend.utterances == []
    assert spy.texts == ["Accounts loaded."]


def test_notice_has_notification_role_and_text_as_name(window: QWidget) -> None:
    from PySide6.QtGui import QAccessible

    announcer, _, _ = make_announcer(window, reader=FakeReader())
    announcer.announce("Code expired. Ask for a new code.", Priority.NOW)
    iface = QAccessible.queryAccessibleInterface(announcer.notice)
    assert iface is not None
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "Code expired. Ask for a new code."


def test_now_interrupts_voice(window: QWidget) -> None:
    announcer, backend, _ = make_announcer(window, reader=FakeReader())
    announcer.announce("Error: payment rejected.", Priority.NOW)
    assert backend.cancels == 1
    assert backend.utterances == [("Error: payment rejected.", Priority.NOW)]


def test_error_is_not_replaced_by_polite_progress(qtbot: QtBot, window: QWidget) -> None:
    announcer, _, spy = make_announcer(window, reader=FakeReader(), hold_ms=300)
    announcer.announce("Wrong code. 4 tries left.", Priority.NOW)
    announcer.announce("Still working.", Priority.NORMAL)
    # The error stays on screen and is the last thing said until it has been heard.
    assert announcer.notice.text() == "Wrong code. 4 tries left."
    assert spy.texts == ["Wrong code. 4 tries left."]
    assert announcer.held_messages() == ["Still working."]
    qtbot.waitUntil(lambda: spy.texts == ["Wrong code. 4 tries left.", "Still working."], timeout=2000)


def test_messages_before_reader_connects_are_queued_then_flushed(qtbot: QtBot, window: QWidget) -> None:
    reader = FakeReader(active=False)
    announcer, _, _ = make_announcer(window, reader=reader)
    announcer.announce("Welcome.")
    announcer.announce("Session expired.", Priority.NOW)
    assert announcer.pending_for_reader() == ["Welcome.", "Session expired."]
    shown: list[str] = []
    announcer.notice.installEventFilter(window)  # keep the notice alive in the window
    original = announcer._send_to_reader

    def record(item):  # the reader leg, observed
        shown.append(item.text)
        original(item)

    announcer._send_to_reader = record  # type: ignore[method-assign]
    reader.active = True
    qtbot.waitUntil(lambda: announcer.pending_for_reader() == [], timeout=2000)
    assert shown == ["Session expired.", "Welcome."]  # most urgent first


def test_repeat_last_and_history(window: QWidget) -> None:
    announcer, _, spy = make_announcer(window, reader=FakeReader())
    announcer.announce("One.")
    announcer.announce("Two.")
    announcer.repeat_last()
    assert spy.texts == ["One.", "Two.", "Two."]
    assert [t for t, _ in announcer.history()] == ["One.", "Two.", "Two."]


def test_blank_text_is_not_announced(window: QWidget) -> None:
    announcer, _, spy = make_announcer(window, reader=FakeReader())
    announcer.announce("   ")
    assert spy.spoken == []


def test_channel_per_platform() -> None:
    assert default_reader_channel("linux") is ReaderChannel.NOTIFICATION_WIDGET
    assert default_reader_channel("win32") is ReaderChannel.ANNOUNCEMENT_EVENT
    assert default_reader_channel("darwin") is ReaderChannel.ANNOUNCEMENT_EVENT


def test_announcement_event_channel_sets_visible_text(window: QWidget) -> None:
    announcer = Announcer(None, channel=ReaderChannel.ANNOUNCEMENT_EVENT, reader_active=FakeReader())
    announcer.set_anchor(window)
    announcer.notice.show()
    announcer.announce("Saved.", Priority.NOW)
    assert announcer.notice.text() == "Saved."
    assert announcer.last_text() == "Saved."


def test_speech_service_time(window: QWidget) -> None:
    # Announcing never waits for speech: 200 messages take well under a second.
    announcer, _, _ = make_announcer(window, reader=FakeReader())
    start = time.monotonic()
    for i in range(200):
        announcer.announce(f"Message {i}.")
    assert time.monotonic() - start < 1.0


def test_visible_text_can_differ_from_spoken(window: QWidget) -> None:
    from PySide6.QtGui import QAccessible

    announcer, backend, spy = make_announcer(window, reader=FakeReader())
    announcer.announce("Code 1 2 3 4 5 6 sent.", visible="Code 123456 sent.")
    assert announcer.notice.text() == "Code 123456 sent."
    assert spy.status_texts == ["Code 123456 sent."]
    assert backend.spoken == ["Code 1 2 3 4 5 6 sent."]
    iface = QAccessible.queryAccessibleInterface(announcer.notice)
    assert iface.text(QAccessible.Text.Name) == "Code 1 2 3 4 5 6 sent."


def test_say_uses_catalogue_text_and_action(window: QWidget) -> None:
    from a11y_bank.domain.messages import message
    from a11y_bank.ui.messages import say

    announcer, backend, _ = make_announcer(window, reader=FakeReader())
    entry = message("amount.empty")
    say(announcer, "amount.empty", Priority.NOW)
    assert announcer.notice.text() == f"{entry.text} {entry.action}"
    assert backend.utterances == [(f"{entry.spoken} {entry.action}", Priority.NOW)]


def test_many_pyside_calls_do_not_exhaust_none_or_true() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call and to True per emit, and
    this loop then aborts the interpreter (none_dealloc). The dependency pin keeps that pair out
    (docs/decisions.md): this proves the installed pair is safe."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Pinger(QObject):
        ping = Signal()

    pinger = Pinger()
    for _ in range(20_000):
        pinger.setObjectName("x")
        pinger.ping.emit()
    assert sys.getrefcount(None) > 1000
    assert sys.getrefcount(True) > 1000


# -- theme ----------------------------------------------------------------------------------------


def test_text_size_is_clamped_and_scales_the_application_font(qtbot: QtBot, theme: Any) -> None:
    from PySide6.QtWidgets import QApplication

    theme.set_text_percent(100)
    base = QApplication.font().pointSizeF()
    assert theme.set_text_percent(50) == 100
    assert theme.set_text_percent(900) == 400
    assert QApplication.font().pointSizeF() == pytest.approx(base * 4)
    theme.set_text_percent(100)


def test_controls_are_at_least_44_px_and_headings_follow_text_size(qtbot: QtBot, theme: Any) -> None:
    from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton

    from a11y_bank.ui.theme import make_heading

    theme.set_text_percent(100)
    for widget in (QPushButton("Go"), QCheckBox("Voice"), QLineEdit()):
        qtbot.add_widget(widget)
        hint = widget.sizeHint()
        assert hint.height() >= 44, type(widget).__name__
        assert hint.width() >= 44, type(widget).__name__
    heading = QLabel("Accounts")
    qtbot.add_widget(heading)
    make_heading(heading, 1.5)
    assert heading.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.5)
    theme.set_text_percent(200)
    assert heading.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.5)
    theme.set_text_percent(100)


def test_focus_ring_is_drawn_thick_around_the_focused_control(qtbot: QtBot, theme: Any) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from a11y_bank.ui.theme import FOCUS_COLOUR

    holder = QWidget()
    qtbot.add_widget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)  # the ring must not depend on room around the control
    first, second = QPushButton("First"), QPushButton("Second")
    layout.addWidget(first)
    layout.addWidget(second)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    second.setFocus()
    qtbot.waitUntil(lambda: theme.focus_frame() is not None and theme.focus_frame().isVisible())
    image = holder.grab().toImage()
    g = second.geometry()
    left_edge = [image.pixelColor(x, g.center().y()).name() for x in range(g.left(), g.left() + 3)]
    assert left_edge == [FOCUS_COLOUR.name()] * 3  # 3 px, 6.4:1 on white
    above = image.pixelColor(first.geometry().left() + 1, first.geometry().center().y()).name()
    assert above != FOCUS_COLOUR.name()  # only the focused control has it


def test_high_contrast_palette_is_black_white_yellow(theme: Any) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    theme.set_high_contrast(True)
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    theme.set_high_contrast(False)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != "#000000"


# -- widgets --------------------------------------------------------------------------------------


def test_labelled_field_names_the_field_and_describes_errors(qtbot: QtBot) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLineEdit

    from a11y_bank.ui.widgets import LabelledField

    edit = QLineEdit()
    field = LabelledField(edit, "Payee name:", hint="As on their bank statement.")
    qtbot.add_widget(field)
    assert field.label.buddy() is edit
    iface = QAccessible.queryAccessibleInterface(edit)
    assert iface.text(QAccessible.Text.Name) == "Payee name"
    assert edit.accessibleDescription() == "As on their bank statement."
    field.set_error("Enter the payee's name.")
    assert edit.accessibleDescription() == "Enter the payee's name."
    assert field.error_label.text() == "Enter the payee's name."
    field.set_error("")
    assert edit.accessibleDescription() == "As on their bank statement."
    field.set_text("Name of the payee")
    assert edit.accessibleName() == "Name of the payee"


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1,250.5", Decimal("1250.50")), ("0.07", Decimal("0.07")), ("", None), (".5", Decimal("0.50"))],
)
def test_parse_amount(typed: str, value: Decimal | None) -> None:
    from a11y_bank.ui.widgets import parse_amount

    assert parse_amount(typed) == value


def test_money_edit_says_its_value(qtbot: QtBot, window: QWidget) -> None:
    from a11y_bank.ui.widgets import MoneyLineEdit

    announcer, _, spy = make_announcer(window, reader=FakeReader())
    edit = MoneyLineEdit("CNY", announcer, parent=window)
    edit.show()
    qtbot.keyClicks(edit, "1250.5")
    assert edit.value() == Decimal("1250.50")
    assert edit.accessibleDescription() == "1,250.50 CNY"
    qtbot.keyClicks(edit, "x99")  # the validator refuses letters and a third decimal
    assert edit.text() == "1250.59"
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: spy.texts == ["1,250.59 CNY"], timeout=2000)


def test_stale_messages_are_dropped_while_no_reader_connects(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    from a11y_bank.a11y import announcer as announcer_module

    monkeypatch.setattr(announcer_module, "STALE_AFTER_S", 0.2)
    announcer, _, _ = make_announcer(window, reader=FakeReader(active=False))
    announcer.announce("Welcome.")
    assert announcer._poll.isActive()
    qtbot.waitUntil(lambda: not announcer._poll.isActive(), timeout=3000)
    assert announcer.pending_for_reader() == []


def test_cyclic_garbage_is_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    import gc
    import weakref

    from a11y_bank.a11y.gcguard import GuiThreadGarbageCollector

    collector = GuiThreadGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()  # no worker thread can start a collection

        class Node:
            pass

        node = Node()
        node.me = node  # type: ignore[attr-defined]  # a cycle only the collector frees
        alive = weakref.ref(node)
        del node
        # live allocations push generation 0 over its threshold
        keep = [Node() for _ in range(gc.get_threshold()[0] + 10)]
        qtbot.waitUntil(lambda: alive() is None, timeout=3000)
        assert len(keep) > 0
        assert collector.collections >= 1
    finally:
        collector.stop()
        gc.disable()  # the session-wide collector (tests/gui/conftest.py) stays in charge
