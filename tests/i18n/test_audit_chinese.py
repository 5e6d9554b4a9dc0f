"""The accessibility audit of every screen in Chinese, at 100 % and 300 % text (Chinese wraps differently:
no word spaces, so a label can only wrap between characters, and each character is wider)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from a11y_bank.i18n import Translations
from a11y_bank.ui.screens import SECTIONS, load_screen_class
from a11y_bank.ui.screens.base import PlaceholderScreen
from tests.gui.audit import audit_at_text_size, audit_screen, settle

BANKLESS = {"signin", "help", "settings", "support", "enrol"}
WINDOW_SIZE = (1280, 900)
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese_window(request: pytest.FixtureRequest, qtbot: QtBot, languages: Translations) -> Any:
    key = request.node.callspec.params["key"]
    if load_screen_class(key) is None:
        pytest.skip(f"screen {key!r} is not built yet")
    languages.switch("zh_CN")  # before the window: it is built in Chinese, as with --lang zh_CN
    fixture = "offline_window" if key in BANKLESS else "signed_in_window"
    return request.getfixturevalue(fixture)


@pytest.mark.parametrize("percent", [100, 300])
@pytest.mark.parametrize("key", [s.key for s in SECTIONS])
def test_screen_passes_the_audit_in_chinese(
    qtbot: QtBot, chinese_window: Any, key: str, percent: int, theme: Any
) -> None:
    chinese_window.resize(*WINDOW_SIZE)
    chinese_window.navigate(key)
    qtbot.waitUntil(lambda: chinese_window.ctx.tasks.active_count() == 0, timeout=20_000)
    settle(qtbot)
    screen = chinese_window.current_screen()
    assert not isinstance(screen, PlaceholderScreen), f"{key} rendered as a placeholder"
    assert CJK.search(screen.title()), f"{key}: title {screen.title()!r} is not Chinese"
    if percent == 100:
        report = audit_screen(qtbot, chinese_window, screen)
    else:
        report = audit_at_text_size(qtbot, chinese_window, screen, theme, percent)
    assert report.focusable > 0
    report.assert_ok()
