"""The branch terminal (kiosk window) must change language at run time too: no English left in Chinese."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from a11y_bank.i18n import Translations
from tests.gui.test_kiosk import Terminal
from tests.gui.test_kiosk import terminal as terminal  # the fixture  # noqa: PLC0414
from tests.i18n.scan import untranslated


def test_the_terminal_switches_to_chinese_and_back(
    qtbot: QtBot, terminal: Terminal, languages: Translations
) -> None:
    english = untranslated(terminal.window)
    assert english  # the scan sees the English staff sign-in

    languages.switch("zh_CN")
    qtbot.wait(1)
    assert untranslated(terminal.window) == {}

    languages.switch("en")
    qtbot.wait(1)
    assert untranslated(terminal.window).keys() == english.keys()
