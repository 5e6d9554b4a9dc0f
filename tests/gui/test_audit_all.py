"""Run the accessibility audit over every registered screen that exists, at 100 % and 300 % text.

Screens that need bank data are audited signed in against the session's demo bank; the others
(sign-in, help, settings) also run without it; the support chat is audited signed in and live. The
number of widgets audited is recorded (`record_property`, visible in the JUnit XML and with -rA) so a
screen that silently renders nothing cannot pass.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from a11y_bank.ui.screens import SECTIONS, load_screen_class
from a11y_bank.ui.screens.base import PlaceholderScreen
from tests.gui.audit import audit_at_text_size, audit_screen, settle

BANKLESS = {"signin", "help", "settings"}
WINDOW_SIZE = (1280, 900)


def _open(qtbot: QtBot, window: Any, key: str) -> Any:
    window.resize(*WINDOW_SIZE)
    window.navigate(key)
    ctx = window.ctx
    qtbot.waitUntil(lambda: ctx.tasks.active_count() == 0, timeout=20_000)
    settle(qtbot)
    screen = window.current_screen()
    assert not isinstance(screen, PlaceholderScreen), f"{key} rendered as a placeholder"
    return screen


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
    screen = _open(qtbot, audit_window, key)
    if percent == 100:
        report = audit_screen(qtbot, audit_window, screen)
    else:
        report = audit_at_text_size(qtbot, audit_window, screen, theme, percent)
    record_property("widgets_audited", report.widgets_audited)
    record_property("focusable_audited", report.focusable)
    print(f"{key} @ {percent} %: {report.widgets_audited} widgets, {report.focusable} focusable")
    assert report.focusable > 0, f"{key}: nothing focusable, so nothing was audited"
    report.assert_ok()


@pytest.mark.parametrize("percent", [100, 300])
def test_main_window_chrome_passes_audit(qtbot: QtBot, offline_window: Any, theme: Any, percent: int) -> None:
    """The section list and bottom bar, around a static screen."""
    _open(qtbot, offline_window, "help")
    report = audit_at_text_size(qtbot, offline_window, offline_window.centralWidget(), theme, percent)
    report.assert_ok()
