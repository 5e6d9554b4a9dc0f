"""A text size or language change reaches a hidden screen when it is next shown, never later.

Hidden screens skip the change (that is what keeps a change within one screen's cost, see
docs/performance.md §4) and catch up in `Screen.catch_up`, run by the page switch and `showEvent`
before the screen is laid out and painted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.i18n import Translations
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.theme import Theme
from tests.i18n.scan import untranslated

HIDDEN_KEY = "help"


def _bring_to_front(window: Any, screen: QWidget) -> None:
    """Show the screen's page the way Qt does, without the main window's own navigation."""
    pages = [window.stack.widget(i) for i in range(window.stack.count())]
    window.stack.setCurrentWidget(next(page for page in pages if page.isAncestorOf(screen)))


def _plain_label(screen: QWidget) -> QLabel:
    """A label that inherits the application font (no heading factor of its own)."""
    return next(label for label in screen.findChildren(QLabel) if not label.property("a11yFontScale"))


@pytest.fixture
def hidden_screen(offline_window: Any) -> Screen:
    screen = offline_window.screen_for(HIDDEN_KEY)
    assert isinstance(screen, Screen)
    assert offline_window.isVisible()
    assert not screen.isVisible()
    return screen


@pytest.fixture
def big_text(theme: Theme) -> Iterator[Theme]:
    yield theme
    theme.set_text_percent(100)  # the theme is the session's: leave it as found


def test_a_hidden_screen_gets_the_new_text_size_when_shown(
    qtbot: QtBot, offline_window: Any, hidden_screen: Screen, big_text: Theme
) -> None:
    label = _plain_label(hidden_screen)
    visible = offline_window.current_screen()
    before = label.font().pointSizeF()

    big_text.set_text_percent(200)
    qtbot.wait(1)

    assert _plain_label(visible).font().pointSizeF() == pytest.approx(2 * before)  # at once
    assert label.font().pointSizeF() == pytest.approx(before)  # hidden: deferred
    _bring_to_front(offline_window, hidden_screen)
    qtbot.waitUntil(hidden_screen.isVisible)
    assert label.font().pointSizeF() == pytest.approx(2 * before)

    big_text.set_text_percent(100)  # shown now: follows with the next event delivery again
    qtbot.wait(1)
    assert label.font().pointSizeF() == pytest.approx(before)


def test_a_hidden_screen_is_in_the_new_language_when_shown(
    qtbot: QtBot, offline_window: Any, hidden_screen: Screen, languages: Translations
) -> None:
    assert untranslated(hidden_screen)  # English: the scan can fail

    languages.switch("zh_CN")
    qtbot.wait(1)

    assert hidden_screen.retranslate_pending
    assert untranslated(offline_window.current_screen()) == {}  # the visible screen at once
    _bring_to_front(offline_window, hidden_screen)
    assert not hidden_screen.retranslate_pending
    assert untranslated(hidden_screen) == {}
    languages.switch("en")
    qtbot.wait(1)
    assert untranslated(hidden_screen)  # shown: back to English at once


def test_navigating_catches_up_before_the_screen_is_shown(
    qtbot: QtBot, offline_window: Any, hidden_screen: Screen, languages: Translations
) -> None:
    languages.switch("zh_CN")
    qtbot.wait(1)
    seen_on_show: list[bool] = []
    hidden_screen.installEventFilter(filter_ := _ShowSpy(hidden_screen, seen_on_show))

    offline_window.navigate(HIDDEN_KEY)

    assert seen_on_show == [False]  # retranslated before its show event, so before any paint
    hidden_screen.removeEventFilter(filter_)
    languages.switch("en")
    qtbot.wait(1)


class _ShowSpy(QWidget):
    """Records whether a retranslation was still pending when the screen received its show event."""

    def __init__(self, screen: Screen, seen: list[bool]) -> None:
        super().__init__()
        self._screen = screen
        self._seen = seen

    def eventFilter(self, watched: object, event: Any) -> bool:
        if watched is self._screen and event.type() == QEvent.Type.Show:
            self._seen.append(self._screen.retranslate_pending)
        return False


class _LanguageChangeCounter(QObject):
    """Counts the LanguageChange events one widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: object, event: Any) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def test_the_change_skips_a_hidden_screens_widgets_until_it_is_shown(
    qtbot: QtBot, offline_window: Any, hidden_screen: Screen, languages: Translations
) -> None:
    """Qt passes LanguageChange down to every child; a hidden screen keeps it from its subtree
    (with 14 screens open that was ~2 000 deliveries per switch) and replays it once when shown."""
    hidden_label = _plain_label(hidden_screen)
    visible_label = _plain_label(offline_window.current_screen())
    hidden_seen, visible_seen = _LanguageChangeCounter(hidden_label), _LanguageChangeCounter(visible_label)

    languages.switch("zh_CN")
    qtbot.wait(1)
    languages.switch("en")
    qtbot.wait(1)
    languages.switch("zh_CN")
    qtbot.wait(1)

    assert visible_seen.count >= 3  # the shown screen follows every switch
    assert hidden_seen.count == 0
    _bring_to_front(offline_window, hidden_screen)
    assert hidden_seen.count == 1  # three switches while hidden: one catch-up
    assert untranslated(hidden_screen) == {}
    languages.switch("en")
    qtbot.wait(1)
    assert hidden_seen.count == 2  # shown now: it follows at once
