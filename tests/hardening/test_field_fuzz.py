"""Every text input of every screen, fuzzed through key events and paste with hostile Unicode.

For each example: a field gets text (typed key by key, pasted with Ctrl+V, or both), Return is pressed
in it, and the app must (1) not raise anywhere (pytest-qt fails the test on an exception in a Qt
slot or virtual), (2) show under any rejected field a catalogue message, which the announcer spoke,
with keyboard focus on a rejected field, and (3) send nothing to the bank while it rejects.

Fast size in CI; ``A11Y_HARDENING=long`` runs the long campaign (≥ 10 000 cases over all screens).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.ui.payment_flow import FlowStep
from a11y_bank.ui.screens import available_sections
from a11y_bank.ui.widgets.fields import LabelledField
from tests.hardening.campaign_size import size
from tests.hardening.catalogue_text import codes_showing, spoken_as

RTL_AND_INVISIBLE = (
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\ufeff\u00ad"
)
FULL_WIDTH = "".join(chr(c) for c in range(0xFF10, 0xFF1A)) + "\uff0e\uff0c\uffe5\uff0d"
CONTROLS = "".join(chr(c) for c in range(0x00, 0x20)) + "\x7f\x85\u2028\u2029"
PLAUSIBLE = (
    "10",
    "0.01",
    "-5",
    "1e9",
    "12,50",
    "99999999999999.999",
    "6222 0202 0011 2345 679",
    "2026-02-30",
)

hostile_text = st.one_of(
    st.text(
        alphabet=st.characters(codec="utf-16", exclude_categories=["Cs"])
        | st.sampled_from(RTL_AND_INVISIBLE + FULL_WIDTH + CONTROLS),
        max_size=40,
    ),
    st.tuples(st.sampled_from(PLAUSIBLE), st.text(alphabet=RTL_AND_INVISIBLE + FULL_WIDTH, max_size=4)).map(
        lambda pair: pair[1] + pair[0] + pair[1]
    ),
    st.integers(1_000, 20_000).map(lambda n: "9" * n),
    st.integers(500, 5_000).map(lambda n: "\u202e\u0661" * n),  # RTL override + Arabic-Indic one
)
# How the text arrives: typed keys (short texts only: one event per character), pasted, or both.
entry_ways = st.sampled_from(("type", "paste", "type+paste"))

FIELD_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
SIDE_EFFECT_TABLES = ("consents", "payments", "challenges", "beneficiaries")
SCREENS = [key for key in available_sections() if key not in ("signin", "support", "help")]


def text_inputs(screen: QWidget) -> list[QWidget]:
    """Every visible, enabled place a person can type in on `screen`."""
    found: list[QWidget] = []
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, FIELD_TYPES) or not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QComboBox) and not widget.isEditable():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # reached through its spin box or combo box
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and widget.isReadOnly():
            continue
        found.append(widget)
    return found


def side_effects(sandbox: Any) -> int:
    db = sandbox.sandbox.db
    return sum(int(db.one(f"SELECT COUNT(*) AS n FROM {table}")["n"]) for table in SIDE_EFFECT_TABLES)


def type_character(field: QWidget, character: str) -> None:
    """One key press and release carrying `character`, as a keyboard or input method sends it.

    (QTest.keyClicks cannot: it squeezes each character to Latin-1 and aborts on the rest.)"""
    key = (
        Qt.Key(ord(character.upper())) if character.isascii() and character.isalnum() else Qt.Key.Key_unknown
    )
    if character in "\t\r\n\x1b":
        return  # Tab, Return and Escape are keys with a meaning of their own, not text: pasted only
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character))


def enter(qtbot: QtBot, field: QWidget, text: str, way: str) -> None:
    """Clear `field` with the keyboard, then type and/or paste `text` into it, then press Return."""
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    typed = text[:40] if way != "paste" else ""
    pasted = text[len(typed) :] if way != "type" else ""
    for character in typed:
        type_character(field, character)
    if pasted:
        QApplication.clipboard().setText(pasted)
        QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    submit(field)


def submit(field: QWidget) -> None:
    """Return submits a single-line field's form; in a multi-line box Return is a new line, and
    Ctrl+Return submits (ui/widgets/layout.submit_on_return)."""
    multi_line = isinstance(field, (QPlainTextEdit, QTextEdit))
    modifier = Qt.KeyboardModifier.ControlModifier if multi_line else Qt.KeyboardModifier.NoModifier
    QTest.keyClick(field, Qt.Key.Key_Return, modifier)


def rejected_fields(screen: QWidget) -> list[LabelledField]:
    return [f for f in screen.findChildren(LabelledField) if f.error() and f.isVisible()]


def check_rejection(screen: QWidget, spoken_before: int, announcements: AnnouncementSpy) -> bool:
    """Assert the rejection contract; True if something was rejected."""
    rejected = rejected_fields(screen)
    if not rejected:
        return False
    new_speech = [text for text, _ in announcements.spoken[spoken_before:]]
    for labelled in rejected:
        codes = codes_showing(labelled.error())
        assert codes, f"not a catalogue message: {labelled.error()!r}"
        assert labelled.field.accessibleDescription() == labelled.error()
    heard = [
        code
        for f in rejected
        for code in codes_showing(f.error())
        if any(spoken_as(code, t) for t in new_speech)
    ]
    assert heard, f"no rejection was spoken: {[f.error() for f in rejected]} / {new_speech}"
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has keyboard focus after a rejection"
    assert any(focus is f.field or f.field.isAncestorOf(focus) for f in rejected), f"focus on {focus!r}"
    return True


@pytest.fixture
def screen_of(qtbot: QtBot, signed_in_window: Any, ctx: Any, request: pytest.FixtureRequest) -> QWidget:
    signed_in_window.navigate(request.param)
    ctx.tasks.wait_for_all(15_000)
    qtbot.wait(300)  # deliver the loaded data to the screen
    screen: QWidget | None = signed_in_window.current_screen()
    assert screen is not None
    return screen


# Screens whose inputs cannot hold a bad value: Settings has only spin boxes, which keep their range.
NO_BAD_INPUT = frozenset({"SettingsScreen"})
FIELDS_AT_REST: dict[str, list[QWidget]] = {}
TALLY: dict[str, dict[str, int]] = {}
"""Per screen: cases run, cases rejected, text inputs found (printed by the campaign summary)."""


# Valid values for the other fields of a form, so validation reaches the fuzzed one (forms stop at the
# first bad field). None of them alone completes anything: the money still needs review and a code.
GOOD_VALUES = {"amount": "10", "billReference": "12345678", "payeeName": "Oliver Smith"}


def prepare(qtbot: QtBot, ctx: Any, screen: QWidget, fuzzed: QWidget) -> None:
    """Back to the form (an accepted example may have moved on to review), errors cleared, the other
    fields holding valid values."""
    ctx.tasks.wait_for_all(10_000)
    qtbot.wait(1)
    flow = getattr(screen, "flow", None)
    if flow is not None and flow.step is not FlowStep.EDITING:
        flow.back_to_edit()
        ctx.tasks.wait_for_all(10_000)
        qtbot.wait(1)
    for labelled in screen.findChildren(LabelledField):
        labelled.set_error("")  # judge this example's rejection only
        other = labelled.field
        if other is not fuzzed and isinstance(other, QLineEdit):
            other.setText(GOOD_VALUES.get(other.objectName(), ""))


def settle(qtbot: QtBot, screen: QWidget) -> None:
    """Wait out the screen's debounce timers (e.g. History applies a filter 200 ms after the last edit)."""
    qtbot.wait(20)
    qtbot.waitUntil(
        lambda: not any(t.isActive() and t.isSingleShot() for t in screen.findChildren(QTimer)), timeout=2_000
    )
    qtbot.wait(10)


@pytest.mark.parametrize("screen_of", SCREENS, indirect=True)
@pytest.mark.timeout(size(120, 3600))
@settings(
    max_examples=size(25, 1200),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_every_field_survives_hostile_text(
    qtbot: QtBot,
    ctx: Any,
    screen_of: QWidget,
    signed_in_window: Any,
    request: pytest.FixtureRequest,
    announcements: AnnouncementSpy,
    sandbox: Any,
    data: st.DataObject,
) -> None:
    if signed_in_window.current_screen() is not screen_of:
        # An accepted example may have moved on (sent feedback opens the support chat): come back.
        signed_in_window.navigate(request.node.callspec.params["screen_of"])
        ctx.tasks.wait_for_all(10_000)
        qtbot.wait(50)
        assert signed_in_window.current_screen() is screen_of, "the screen was not kept"
    if getattr(screen_of, "flow", None) is not None and screen_of.flow.step is not FlowStep.EDITING:  # type: ignore[attr-defined]
        prepare(qtbot, ctx, screen_of, screen_of)
    # The inputs of the form at rest, found once: an accepted example may open more (a code step),
    # and Hypothesis needs the same choices in every example to replay and shrink.
    fields = FIELDS_AT_REST.setdefault(request.node.nodeid, text_inputs(screen_of))
    if not fields:
        return  # a screen with nothing to type in
    field = data.draw(st.sampled_from(fields), label="field")
    text = data.draw(hostile_text, label="text")
    way = data.draw(entry_ways if len(text) <= 40 else st.just("paste"), label="way")
    prepare(qtbot, ctx, screen_of, field)
    before, spoken_before = side_effects(sandbox), len(announcements.spoken)
    enter(qtbot, field, text, way)
    settle(qtbot, screen_of)
    rejected = check_rejection(screen_of, spoken_before, announcements)
    if rejected:
        ctx.tasks.wait_for_all(10_000)
        assert side_effects(sandbox) == before, "a rejected input reached the bank"
    tally = TALLY.setdefault(type(screen_of).__name__, {"cases": 0, "rejected": 0, "fields": len(fields)})
    tally["cases"] += 1
    tally["rejected"] += rejected


def test_zz_campaign_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: the campaign touched every screen with inputs, and rejected something."""
    with capsys.disabled():
        for name, tally in sorted(TALLY.items()):
            print(f"\nfield fuzz {name}: {tally}")
    if TALLY:  # empty when only this test was selected
        assert sum(t["cases"] for t in TALLY.values()) >= len(TALLY)
        assert any(t["rejected"] for t in TALLY.values()), (
            "no hostile text was ever rejected: is submit reached?"
        )
        # Return (Ctrl+Return in a multi-line box) submits every form, so each screen whose fields
        # can hold bad input rejected some of it.
        never_rejected = [n for n, t in TALLY.items() if not t["rejected"] and n not in NO_BAD_INPUT]
        assert not never_rejected, f"Return reached no validation on {never_rejected}"
