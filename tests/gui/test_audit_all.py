"""Run the accessibility audit over every registered screen that exists, at 100 % and 300 % text.

Screens that need bank data are audited signed in against the session's demo bank; the others
(sign-in, help, settings) also run without it; the support chat is audited signed in and live. The
number of widgets audited is recorded (`record_property`, visible in the JUnit XML and with -rA) so a
screen that silently renders nothing cannot pass.

Nothing audio-only (issue 5): while each screen is opened, driven by the keys that speak (F7 where am I,
F4 read this row, F11 read the screen, F6 repeat) and audited, every announcement must also appear as
text on the visible status line; no module may speak or sound around the announcer; every earcon has its
visible mark. The checks are shown to fail on a status line that stops following the announcer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import a11y_bank
from a11y_bank.a11y.announcer import Announcer
from a11y_bank.ui.screens import SECTIONS, load_screen_class
from a11y_bank.ui.screens.base import PlaceholderScreen
from tests.gui.audit import (
    AnnouncementRecorder,
    audit_at_text_size,
    audit_screen,
    check_announcements_visible,
    check_earcons_have_visual_marks,
    check_no_audio_only_paths,
    settle,
)

BANKLESS = {"signin", "help", "settings"}
WINDOW_SIZE = (1280, 900)
SPEAKING_KEYS = (Qt.Key.Key_F7, Qt.Key.Key_F4, Qt.Key.Key_F11, Qt.Key.Key_F6)
"""Where am I, read this row, read the screen, repeat: every screen answers them with announcements."""


def _open(qtbot: QtBot, window: Any, key: str) -> Any:
    window.resize(*WINDOW_SIZE)
    window.navigate(key)
    ctx = window.ctx
    qtbot.waitUntil(lambda: ctx.tasks.active_count() == 0, timeout=20_000)
    settle(qtbot)
    screen = window.current_screen()
    assert not isinstance(screen, PlaceholderScreen), f"{key} rendered as a placeholder"
    return screen


def press_speaking_keys(qtbot: QtBot, window: Any) -> None:
    """The keys that make every screen speak, pressed on whatever has focus."""
    for key in SPEAKING_KEYS:
        qtbot.keyClick(QApplication.focusWidget() or window, key)
    settle(qtbot)


@pytest.fixture
def audit_window(request: pytest.FixtureRequest, qtbot: QtBot) -> Any:
    key = request.node.callspec.params["key"]
    if load_screen_class(key) is None:
        pytest.skip(f"screen {key!r} is not built yet")
    if key in BANKLESS:
        return request.getfixturevalue("offline_window")
    return request.getfixturevalue("signed_in_window")


@pytest.mark.parametrize("percent", [100, 300])
@pytest.mark.parametrize("key", [s.key for s in SECTIONS])
def test_screen_passes_audit(
    qtbot: QtBot, audit_window: Any, key: str, percent: int, theme: Any, record_property: Any
) -> None:
    recorder = AnnouncementRecorder(audit_window.ctx.announcer)
    try:
        screen = _open(qtbot, audit_window, key)
        if percent == 100:
            report = audit_screen(qtbot, audit_window, screen)
        else:
            report = audit_at_text_size(qtbot, audit_window, screen, theme, percent)
        press_speaking_keys(qtbot, audit_window)
        heard = check_announcements_visible(qtbot, recorder)
    finally:
        recorder.stop()
    assert heard.widgets_audited >= len(SPEAKING_KEYS), f"{key}: too few announcements to check"
    report.extend(heard)
    record_property("announcements_checked", heard.widgets_audited)
    record_property("widgets_audited", report.widgets_audited)
    record_property("focusable_audited", report.focusable)
    print(
        f"{key} @ {percent} %: {report.widgets_audited} widgets, {report.focusable} focusable, "
        f"{heard.widgets_audited} announcements shown"
    )
    assert report.focusable > 0, f"{key}: nothing focusable, so nothing was audited"
    report.assert_ok()


@pytest.mark.parametrize("percent", [100, 300])
def test_main_window_chrome_passes_audit(qtbot: QtBot, offline_window: Any, theme: Any, percent: int) -> None:
    """The section list and bottom bar, around a static screen."""
    _open(qtbot, offline_window, "help")
    report = audit_at_text_size(qtbot, offline_window, offline_window.centralWidget(), theme, percent)
    report.assert_ok()


def test_audio_only_check_fails_when_the_status_line_stops_following(
    qtbot: QtBot, offline_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check is real: an announcer that speaks but no longer updates the status line is caught."""
    monkeypatch.setattr(Announcer, "_show_visible", lambda _self, _item: None)
    monkeypatch.setattr(Announcer, "_present_next_notice", lambda _self: None)
    recorder = AnnouncementRecorder(offline_window.ctx.announcer)
    try:
        _open(qtbot, offline_window, "help")
        press_speaking_keys(qtbot, offline_window)
        report = check_announcements_visible(qtbot, recorder, wait_ms=200)
    finally:
        recorder.stop()
    assert len(report.problems) >= len(SPEAKING_KEYS) - 1, report.problems  # F6 repeats one of them
    assert all("audio only" in p for p in report.problems)


def test_no_module_speaks_or_sounds_around_the_announcer(tmp_path: Path) -> None:
    package = Path(a11y_bank.__file__).parent
    report = check_no_audio_only_paths(package)
    assert report.widgets_audited == len(list(package.rglob("*.py")))
    report.assert_ok()

    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "rogue.py").write_text(
        "from PySide6.QtWidgets import QApplication\n"
        "def warn(speech):\n"
        "    speech.speak('Careful')\n"
        "    QApplication.beep()\n"
    )
    caught = check_no_audio_only_paths(tmp_path).problems
    assert len(caught) == 2, caught


def test_every_earcon_has_its_visual_mark(tmp_path: Path) -> None:
    report = check_earcons_have_visual_marks(tmp_path)
    assert report.widgets_audited == 3
    report.assert_ok()
