"""Time limits (WCAG 2.2.1): off by default, ×1-×10, warned ahead by voice and text, one key extends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.session_timer import (
    BASE_AUTO_LOCK_S,
    DEFAULT_WARNING_S,
    MIN_WARNING_S,
    SessionTimer,
    schedule,
)

Said = list[tuple[str, Priority]]


def test_schedule_arithmetic() -> None:
    assert schedule(300, None) is None  # off: nothing ever expires
    plan = schedule(300, 1)
    assert plan is not None
    assert plan.expire_after_s == 300
    assert plan.expire_after_s - plan.warn_after_s == DEFAULT_WARNING_S
    ten = schedule(300, 10)
    assert ten is not None
    assert ten.expire_after_s == 3000
    short = schedule(300, 1, warning_s=5)  # a lead under 20 s is raised to 20 s
    assert short is not None
    assert short.expire_after_s - short.warn_after_s == MIN_WARNING_S
    tiny = schedule(10, 1)  # shorter than the warning: warn at once
    assert tiny is not None
    assert tiny.warn_after_s == 0
    for bad in (0, 11):
        with pytest.raises(ValueError, match="1-10 or off"):
            schedule(300, bad)


def test_no_limit_by_default(qapp: QApplication) -> None:
    said: Said = []
    timer = SessionTimer(lambda text, p: said.append((text, p)))
    assert timer.multiplier is None
    assert not timer.active
    assert timer.seconds_left() == -1
    assert BASE_AUTO_LOCK_S >= 120


def _short_timer(said: Said, multiplier: int = 1) -> SessionTimer:
    # 0.4 s at x1 with the warning 0.25 s ahead: the same code paths as minutes, in a test's time
    # (the callers lower the 20 s floor with monkeypatch).
    return SessionTimer(
        lambda text, p: said.append((text, p)), base_s=0.4, multiplier=multiplier, warning_s=0.25
    )


def test_warning_is_spoken_and_shown_then_expiry(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from a11y_bank.a11y import session_timer

    monkeypatch.setattr(session_timer, "MIN_WARNING_S", 0.0)
    said: Said = []
    timer = _short_timer(said)
    timer.restart()
    with qtbot.waitSignal(timer.warned, timeout=2000) as warned:
        pass
    assert warned.args is not None
    assert 0 <= warned.args[0] <= 1
    assert timer.warning_shown
    ((text, priority),) = said
    assert priority == Priority.NOW
    assert "Press F5 or any key for more time" in text
    with qtbot.waitSignal(timer.expired, timeout=2000):
        pass
    assert not timer.active


def test_one_key_extends_and_says_so(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from a11y_bank.a11y import session_timer

    monkeypatch.setattr(session_timer, "MIN_WARNING_S", 0.0)
    said: Said = []
    timer = _short_timer(said)
    timer.restart()
    with qtbot.waitSignal(timer.warned, timeout=2000):
        pass
    expired: list[bool] = []
    timer.expired.connect(lambda: expired.append(True))
    timer.extend()
    assert not timer.warning_shown
    assert said[-1] == ("More time given. Take as long as you need.", Priority.NOW)
    qtbot.wait(200)  # past the original expiry (0.4 s after start)
    assert not expired
    assert timer.active


def test_any_key_is_activity(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    from a11y_bank.a11y import session_timer

    monkeypatch.setattr(session_timer, "MIN_WARNING_S", 0.0)
    said: Said = []
    timer = _short_timer(said, multiplier=2)  # 0.8 s
    qapp.installEventFilter(timer)
    try:
        edit = QLineEdit()
        qtbot.add_widget(edit)
        edit.show()
        qtbot.waitExposed(edit)
        expired: list[bool] = []
        timer.expired.connect(lambda: expired.append(True))
        for _ in range(6):  # 1.2 s of typing, longer than the limit
            qtbot.wait(200)
            QTest.keyClick(edit, Qt.Key.Key_A)
        assert not expired
        assert edit.text() == "aaaaaa"  # the filter never eats the key
    finally:
        qapp.removeEventFilter(timer)


def test_multiplier_can_be_changed_and_turned_off(qapp: QApplication) -> None:
    timer = SessionTimer(lambda text, p: None, base_s=60, multiplier=1)
    assert timer.active
    timer.set_multiplier(10)
    assert 590 <= timer.seconds_left() <= 600
    timer.set_multiplier(None)
    assert not timer.active
    with pytest.raises(ValueError, match="1-10"):
        timer.set_multiplier(20)
