"""The one focus ring (a QFocusFrame) lives in whichever window has focus and dies with it: the theme, shared
by every test and window, must notice and draw a new ring in the next window (not touch the dead one)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.ui.theme import FOCUS_COLOUR


def window_with_buttons(qtbot: QtBot) -> tuple[QWidget, QPushButton]:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QPushButton("First"))
    second = QPushButton("Second")
    layout.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    second.setFocus()
    return window, second


def ring_is_around(qtbot: QtBot, theme: Any, button: QPushButton) -> bool:
    frame = theme.focus_frame()
    if frame is None or not frame.isVisible():
        return False
    holder = button.parentWidget()
    assert holder is not None
    image = holder.grab().toImage()
    g = button.geometry()
    return image.pixelColor(g.left(), g.center().y()).name() == FOCUS_COLOUR.name()


def test_the_ring_survives_the_window_that_held_it(qtbot: QtBot, theme: Any) -> None:
    theme.set_high_contrast(False)
    first_window, first_button = window_with_buttons(qtbot)
    qtbot.waitUntil(lambda: ring_is_around(qtbot, theme, first_button))
    dead_frame = theme.focus_frame()
    assert dead_frame.window() is first_window  # the frame moved into the focused window

    first_window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dead_frame))
    assert theme.focus_frame() is None  # not a wrapper of a deleted frame
    theme.set_high_contrast(False)  # re-applying the theme updates the ring only if it is alive

    second_window, second_button = window_with_buttons(qtbot)
    qtbot.add_widget(second_window)
    qtbot.waitUntil(lambda: ring_is_around(qtbot, theme, second_button))
