"""Every theme: text 7:1 on its background (WCAG 1.4.6 AAA), focus ring 3:1 against its neighbours
and at least 2 px, never hidden; the OS dark scheme is followed when the user chose "system"."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.contrast import AAA_TEXT, NON_TEXT, contrast_ratio, relative_luminance
from a11y_bank.ui.theme import FOCUS_WIDTH_PX, THEME_CHOICES, THEMES, resolve_theme

#: (text role, background role): every pair Qt paints text with.
TEXT_PAIRS = (
    ("WindowText", "Window"),
    ("WindowText", "Button"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("Text", "Window"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("Link", "Base"),
    ("Link", "Window"),
)
#: The ring is drawn on a control's edge: between the window and the field or button.
FOCUS_NEIGHBOURS = ("Window", "Base", "Button")


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic AA miss
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)  # the AAA grey
    assert relative_luminance("#808080") == pytest.approx(0.2158, abs=1e-3)
    with pytest.raises(ValueError, match="rrggbb"):
        relative_luminance("#fff")


@pytest.mark.parametrize("key", sorted(THEMES))
@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_every_text_colour_reaches_aaa(key: str, fg: str, bg: str) -> None:
    colours = THEMES[key].colours
    ratio = contrast_ratio(colours[fg], colours[bg])
    assert ratio >= AAA_TEXT, f"{key}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("key", sorted(THEMES))
def test_disabled_text_stays_readable(key: str) -> None:
    # WCAG exempts inactive controls; we still keep them at AA (4.5:1) so they can be read.
    spec = THEMES[key]
    assert contrast_ratio(spec.disabled_text, spec.colours["Window"]) >= 4.5


@pytest.mark.parametrize("key", sorted(THEMES))
@pytest.mark.parametrize("neighbour", FOCUS_NEIGHBOURS)
def test_focus_ring_stands_out_from_its_neighbours(key: str, neighbour: str) -> None:
    spec = THEMES[key]
    ratio = contrast_ratio(spec.focus, spec.colours[neighbour])
    assert ratio >= NON_TEXT, f"{key}: focus ring on {neighbour} is {ratio:.2f}:1"


def test_theme_choices_and_palettes(theme: Any) -> None:
    assert set(THEME_CHOICES) == {"system", "default", "dark", "high_contrast_dark", "high_contrast_light",
                                  "yellow_on_black"}  # fmt: skip
    try:
        for key, spec in THEMES.items():
            applied = theme.set_theme(key)
            assert applied is spec
            palette = QApplication.palette()
            for role in ("Window", "WindowText", "Base", "Text", "Highlight"):
                assert palette.color(getattr(QPalette.ColorRole, role)).name() == spec.colours[role], key
        with pytest.raises(ValueError, match="unknown theme"):
            theme.set_theme("pink")
    finally:
        theme.set_theme("default")


def test_system_choice_follows_the_os_colour_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    from a11y_bank.ui import theme as theme_module

    monkeypatch.setattr(theme_module, "system_prefers_dark", lambda: True)
    assert resolve_theme("system").key == "dark"
    monkeypatch.setattr(theme_module, "system_prefers_dark", lambda: False)
    assert resolve_theme("system").key == "default"


@pytest.mark.parametrize("key", sorted(THEMES))
def test_focus_ring_is_drawn_at_least_2px_in_the_theme_colour(qtbot: QtBot, theme: Any, key: str) -> None:
    assert FOCUS_WIDTH_PX >= 2
    spec = theme.set_theme(key)
    try:
        holder = QWidget()
        qtbot.add_widget(holder)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        first, second = QPushButton("First"), QPushButton("Second")
        layout.addWidget(first)
        layout.addWidget(second)
        holder.show()
        qtbot.waitExposed(holder)
        holder.activateWindow()
        second.setFocus()
        qtbot.waitUntil(lambda: _ring_on(theme, second))
        assert not theme.focus_frame().isHidden()
        image = holder.grab().toImage()
        g = second.geometry()
        edge = [
            image.pixelColor(x, g.center().y()).name() for x in range(g.left(), g.left() + FOCUS_WIDTH_PX)
        ]
        assert edge == [spec.focus] * FOCUS_WIDTH_PX, key
        untouched = image.pixelColor(first.geometry().left() + 1, first.geometry().center().y()).name()
        assert untouched != spec.focus
    finally:
        theme.set_theme("default")


def _ring_on(theme: Any, widget: QWidget) -> bool:
    frame = theme.focus_frame()
    return frame is not None and shiboken6.isValid(frame) and frame.isVisible() and frame.widget() is widget
