"""Text size, target size, focus indicator and contrast, applied live to the whole application.

- Text size (100-400 %) is one factor on the application font (`QApplication.setFont`), never
  QT_SCALE_FACTOR and never style-sheet font sizes (pitfalls §4.1-4.2). Headings keep a relative
  factor (`make_heading`) and are re-sized when the factor changes.
- Every control is at least 44 × 44 px (WCAG 2.5.5; 24 px is the 2.5.8 minimum) through the style's
  `sizeFromContents`, so it holds at every text size.
- Focus is a 3 px ring in a 3:1+ colour around whatever has keyboard focus, drawn by one
  `QFocusFrame` that follows focus: Fusion's own ring is 1 px and faint (pitfalls §3.1).
- Font: Atkinson Hyperlegible with the system CJK font as fallback (a11y/fonts.py), on by default;
  the "Low-vision font" setting switches back to the system font. Line spacing 100-200 % applies to
  text documents (a11y/line_spacing.py says why not to labels).
- High contrast: a black/white/yellow palette on request. When the system itself asks for high
  contrast, the system palette is left alone (our colours would override the user's theme, §4.5).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from a11y_bank.a11y import fonts

if TYPE_CHECKING:  # imported when a spacing above 100 % is first set: its text classes cost ~4 ms at start
    from a11y_bank.a11y.line_spacing import LineSpacing

MIN_PERCENT = 100
MAX_PERCENT = 400
STEP_PERCENT = 25
MIN_TARGET_PX = 44
FOCUS_WIDTH_PX = 3
FOCUS_COLOUR = QColor("#1a5fb4")  # 6.4:1 on white: the default theme's ring
FOCUS_COLOUR_HIGH_CONTRAST = QColor("#ffff00")  # 19.6:1 on black: the high-contrast dark ring
_SCALE_PROPERTY = "a11yFontScale"
_DEFER_PROPERTY = "a11yFontDeferWhileHidden"  # set by Screen: catch up on a text size when shown
_PINNED_PROPERTY = "a11yFontPinned"  # holds the old font while hidden; unpin_font() lets it follow

_TARGET_CONTENTS = {
    QStyle.ContentsType.CT_PushButton,
    QStyle.ContentsType.CT_ToolButton,
    QStyle.ContentsType.CT_CheckBox,
    QStyle.ContentsType.CT_RadioButton,
    QStyle.ContentsType.CT_ComboBox,
    QStyle.ContentsType.CT_LineEdit,
    QStyle.ContentsType.CT_SpinBox,
    QStyle.ContentsType.CT_Slider,
    QStyle.ContentsType.CT_ItemViewItem,
    QStyle.ContentsType.CT_TabBarTab,
}

_INDICATORS = {
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
}
_FOCUS_MARGINS = {QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin}
_FOCUS_MASK = QStyle.StyleHint.SH_FocusFrame_Mask
_FOCUS_ABOVE = QStyle.StyleHint.SH_FocusFrame_AboveWidget
_CE_FOCUS_FRAME = QStyle.ControlElement.CE_FocusFrame


def _by_identity(members: set[object]) -> dict[int, object]:
    """Members keyed by id(): Python enums hash through a Python-level __hash__, and the style
    answers thousands of queries per text-size change, so lookups go by the (interned) member's id."""
    return {id(member): member for member in members}


_TARGET_IDS = _by_identity(set(_TARGET_CONTENTS))
_INDICATOR_IDS = _by_identity(set(_INDICATORS))
_FOCUS_MARGIN_IDS = _by_identity(set(_FOCUS_MARGINS))


DEFAULT_LINE_SPACING = 100
"""Percent; line_spacing.MIN_PERCENT (not imported at start: see `Theme.set_line_spacing`)."""


def clamp_percent(percent: int) -> int:
    return max(MIN_PERCENT, min(MAX_PERCENT, int(percent)))


class AccessibleStyle(QProxyStyle):
    """Fusion (same look and palette support everywhere) with large targets and a thick focus ring."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.focus_colour = QColor(FOCUS_COLOUR)
        self.scale = 1.0  # the text size factor (Theme keeps it in step)

    def sizeFromContents(
        self, ct: QStyle.ContentsType, opt: QStyleOption, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        # The PySide6 stubs wrongly require a widget for QProxyStyle; None is valid in Qt.
        result = super().sizeFromContents(ct, opt, size, widget)  # type: ignore[arg-type]
        if id(ct) in _TARGET_IDS:
            result = result.expandedTo(QSize(MIN_TARGET_PX, MIN_TARGET_PX))
        return result

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if id(metric) in _INDICATOR_IDS:
            # Check boxes and radio buttons grow with the text instead of staying 13 px at 400 %.
            return round(super().pixelMetric(metric, option, widget) * self.scale)
        if id(metric) in _FOCUS_MARGIN_IDS:
            # The ring is drawn just inside the control's edge: outside it, a layout with no margins
            # (a field spanning the whole row) would clip it.
            return 0
        return super().pixelMetric(metric, option, widget)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # Qt's parameter name
    ) -> int:
        if hint is _FOCUS_MASK:
            return 0  # no mask: the frame lies over the control and paints only the ring
        if hint is _FOCUS_ABOVE:
            return 1  # over the control, not hidden under it
        return super().styleHint(hint, option, widget, returnData)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is _CE_FOCUS_FRAME:
            painter.save()
            pen = QPen(self.focus_colour, FOCUS_WIDTH_PX)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FOCUS_WIDTH_PX // 2
            painter.drawRect(option.rect.adjusted(half, half, -half - 1, -half - 1))
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)


# -- themes --------------------------------------------------------------------------------------

_R = QPalette.ColorRole


@dataclass(frozen=True)
class ThemeSpec:
    """One colour theme: palette colours (hex by role name), the focus ring colour, and the colour
    of disabled text. Tests compute every contrast ratio from these (tests/gui/test_contrast.py)."""

    key: str
    colours: Mapping[str, str]
    focus: str
    disabled_text: str

    def palette(self) -> QPalette:
        palette = QPalette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for role_name, colour in self.colours.items():
                palette.setColor(group, getattr(_R, role_name), QColor(colour))
        for role_name, colour in self.colours.items():
            palette.setColor(QPalette.ColorGroup.Disabled, getattr(_R, role_name), QColor(colour))
        for role in (_R.WindowText, _R.Text, _R.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(self.disabled_text))
        return palette


def _colours(spec: str) -> dict[str, str]:
    """ "window text base alternate button highlight highlighted_text placeholder link" as hex."""
    window, text, base, alternate, button, highlight, highlighted_text, placeholder, link = spec.split()
    return {
        "Window": window, "WindowText": text, "Base": base, "AlternateBase": alternate, "Text": text,
        "Button": button, "ButtonText": text, "Highlight": highlight, "HighlightedText": highlighted_text,
        "ToolTipBase": base, "ToolTipText": text, "PlaceholderText": placeholder, "Link": link,
        "LinkVisited": link, "BrightText": text,
    }  # fmt: skip


# The themes offered in Settings. Every text colour reaches 7:1 on its background (WCAG 1.4.6 AAA)
# and every focus ring 3:1 against the colours it sits between (window, field, button).
THEMES: dict[str, ThemeSpec] = {
    spec.key: spec
    for spec in (
        ThemeSpec(
            "default",
            _colours("#f4f4f4 #111111 #ffffff #eaeaea #e4e4e4 #0b4a94 #ffffff #4a4a4a #0b4a94"),
            focus="#1a5fb4",
            disabled_text="#5c5c5c",
        ),
        ThemeSpec(
            "dark",
            _colours("#1e1e1e #f0f0f0 #121212 #262626 #2d2d2d #9ecbff #000000 #bdbdbd #9ecbff"),
            focus="#ffd866",
            disabled_text="#a8a8a8",
        ),
        ThemeSpec(
            "high_contrast_dark",
            _colours("#000000 #ffffff #000000 #1c1c1c #000000 #ffff00 #000000 #d0d0d0 #00ffff"),
            focus="#ffff00",
            disabled_text="#bdbdbd",
        ),
        ThemeSpec(
            "high_contrast_light",
            _colours("#ffffff #000000 #ffffff #f0f0f0 #ffffff #00007f #ffffff #333333 #00007f"),
            focus="#0000c0",
            disabled_text="#4d4d4d",
        ),
        ThemeSpec(
            "yellow_on_black",
            _colours("#000000 #ffff00 #000000 #1a1a00 #000000 #ffff00 #000000 #e6e600 #00ffff"),
            focus="#00ffff",
            disabled_text="#b3b300",
        ),
    )
}  # fmt: skip
THEME_CHOICES: tuple[str, ...] = ("system", *THEMES)
""""system" follows the OS: dark when Qt reports a dark colour scheme, else default."""


def high_contrast_palette() -> QPalette:
    """White on black, yellow highlights: well above 7:1 everywhere."""
    return THEMES["high_contrast_dark"].palette()


def system_prefers_dark() -> bool:
    return bool(QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark)


def resolve_theme(choice: str) -> ThemeSpec:
    """The theme for a Settings choice; "system" follows the OS colour scheme."""
    if choice == "system":
        return THEMES["dark" if system_prefers_dark() else "default"]
    return THEMES.get(choice, THEMES["default"])


def system_wants_high_contrast() -> bool:
    hints = QApplication.styleHints()
    try:
        return bool(hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)
    except AttributeError:  # Qt < 6.10 cannot tell
        return False


def make_heading(widget: QWidget, scale: float = 1.4, *, bold: bool = True) -> None:
    """Give `widget` a font `scale` times the application font; it follows text size changes."""
    widget.setProperty(_SCALE_PROPERTY, scale)
    _apply_relative_font(widget, QApplication.font(), bold=bold)


def defer_font_while_hidden(widget: QWidget) -> None:
    """Let a text size change skip `widget`'s tree while it is hidden in a shown window.

    Qt re-polishes every widget of every open screen on `QApplication.setFont`, hidden ones too:
    with 14 screens open that stalled the loop for 190 ms. The widget keeps its old font instead
    (pinned explicitly, so its children inherit no change) until `unpin_font()`, which its owner
    calls before it is shown again.
    """
    widget.setProperty(_DEFER_PROPERTY, True)


def unpin_font(widget: QWidget) -> None:
    """Follow the application font again (a no-op unless a text size change pinned the old one)."""
    if widget.property(_PINNED_PROPERTY):
        widget.setProperty(_PINNED_PROPERTY, False)
        widget.setFont(QFont())  # an empty resolve mask: inherit everything from the parent again


def _hidden_in_shown_window(widget: QWidget) -> bool:
    window = widget.window()
    return window is not widget and not widget.isVisible() and window.isVisible()


def _pin_hidden(widgets: list[QWidget], old_font: QFont) -> None:
    for widget in widgets:
        if (
            widget.property(_DEFER_PROPERTY)
            and not widget.property(_PINNED_PROPERTY)
            and _hidden_in_shown_window(widget)
        ):
            widget.setFont(QFont(old_font))
            widget.setProperty(_PINNED_PROPERTY, True)


def _apply_relative_font(widget: QWidget, base: QFont, *, bold: bool | None = None) -> None:
    scale = widget.property(_SCALE_PROPERTY)
    if not scale:
        return
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * float(scale))
    font.setBold(widget.font().bold() if bold is None else bold)
    widget.setFont(font)


class Theme(QObject):
    """Owns the application's look: text size, contrast, target size and focus ring.

    Signals:
        text_size_changed(int): the new text size in percent.
    """

    text_size_changed = Signal(int)

    # False applies a text size to hidden screens at once too (the benchmark's "before" mode).
    defer_hidden: bool = True

    def __init__(
        self, app: QApplication, parent: QObject | None = None, *, low_vision_font: bool = True
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._base_font = QFont(app.font())
        if self._base_font.pointSizeF() <= 0:  # pixel-sized platform fonts: convert once
            self._base_font.setPointSizeF(10.0)
        self._system_families = self._base_font.families() or [self._base_font.family()]
        self._low_vision_font = False
        self._percent = MIN_PERCENT
        self._high_contrast = False
        self._theme_choice = "default"
        self._style = AccessibleStyle()
        self._focus_frame: QFocusFrame | None = None
        self._line_spacing: LineSpacing | None = None  # made when a spacing above 100 % is first set
        if low_vision_font:
            self.set_low_vision_font(True)

    def install(self) -> None:
        """Apply the style and start following focus with the ring (and the OS colour scheme)."""
        self._app.setStyle(self._style)
        self._apply_theme()
        self._app.focusChanged.connect(self._follow_focus)
        self._app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    # -- text size ------------------------------------------------------------------------------

    @property
    def text_percent(self) -> int:
        return self._percent

    def set_text_percent(self, percent: int) -> int:
        """Apply a text size (clamped to 100-400 %); returns the size applied."""
        percent = clamp_percent(percent)
        if percent == self._percent and self._app.font().pointSizeF() == self._scaled_size(percent):
            return percent
        self._percent = percent
        self._style.scale = percent / 100
        self._apply_font()
        self.text_size_changed.emit(percent)
        return percent

    def _apply_font(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self._scaled_size(self._percent))
        widgets = self._app.allWidgets()
        if Theme.defer_hidden:
            _pin_hidden(widgets, self._app.font())
        self._app.setFont(font)
        for widget in widgets:
            _apply_relative_font(widget, font)

    # -- low-vision font ------------------------------------------------------------------------

    @property
    def low_vision_font(self) -> bool:
        """True while Atkinson Hyperlegible (with a CJK fallback) is the application font."""
        return self._low_vision_font

    def set_low_vision_font(self, on: bool) -> bool:
        """Use the low-vision font (a11y/fonts.py) or the system's; False if it is not installed."""
        families = fonts.low_vision_families(self._system_families) if on else self._system_families
        self._low_vision_font = on and families[:1] == [fonts.FAMILY]
        self._base_font.setFamilies(families)
        self._apply_font()
        return self._low_vision_font

    def bigger(self) -> int:
        return self.set_text_percent(self._percent + STEP_PERCENT)

    def smaller(self) -> int:
        return self.set_text_percent(self._percent - STEP_PERCENT)

    def reset(self) -> int:
        return self.set_text_percent(MIN_PERCENT)

    def _scaled_size(self, percent: int) -> float:
        return self._base_font.pointSizeF() * percent / 100

    # -- line spacing -------------------------------------------------------------------------------

    @property
    def line_spacing_percent(self) -> int:
        return self._line_spacing.percent if self._line_spacing is not None else DEFAULT_LINE_SPACING

    def set_line_spacing(self, percent: int) -> int:
        """Line height of reading text (QTextEdit/QTextBrowser documents), 100-200 %; see line_spacing.py."""
        if self._line_spacing is None:
            if percent <= DEFAULT_LINE_SPACING:  # the default (lower is clamped to it): nothing to apply
                return DEFAULT_LINE_SPACING
            from a11y_bank.a11y.line_spacing import LineSpacing

            self._line_spacing = LineSpacing(self._app)
        return self._line_spacing.set_percent(percent)

    # -- contrast -------------------------------------------------------------------------------

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_high_contrast(self, on: bool) -> None:
        """The older on/off switch: high-contrast dark, or back to the chosen theme."""
        self._high_contrast = on
        self._apply_theme()

    @property
    def theme_choice(self) -> str:
        return self._theme_choice

    def set_theme(self, choice: str) -> ThemeSpec:
        """Apply one of `THEME_CHOICES` at once; returns the theme now in use."""
        if choice not in THEME_CHOICES:
            raise ValueError(f"unknown theme {choice!r}; choose one of {', '.join(THEME_CHOICES)}")
        self._theme_choice = choice
        return self._apply_theme()

    def current_theme(self) -> ThemeSpec:
        return THEMES["high_contrast_dark"] if self._high_contrast else resolve_theme(self._theme_choice)

    def _apply_theme(self) -> ThemeSpec:
        spec = self.current_theme()
        if system_wants_high_contrast() and self._theme_choice == "system":
            return spec  # the user's own high-contrast system theme wins (pitfalls §4.5)
        self._app.setPalette(spec.palette())
        self._style.focus_colour = QColor(spec.focus)
        if self._focus_frame is not None and _alive(self._focus_frame):
            self._focus_frame.update()
        return spec

    def _system_scheme_changed(self, *_args: object) -> None:
        if self._theme_choice == "system":
            self._apply_theme()

    # -- focus ring -----------------------------------------------------------------------------

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.isWindow():
            return
        if self._focus_frame is None or not _alive(self._focus_frame):
            self._focus_frame = QFocusFrame()
            self._focus_frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._focus_frame.setWidget(new)

    def focus_frame(self) -> QFocusFrame | None:
        """The ring's frame, or None before any focus change or after its parent was deleted."""
        if self._focus_frame is not None and not _alive(self._focus_frame):
            self._focus_frame = None
        return self._focus_frame


def _alive(obj: QObject) -> bool:
    return bool(shiboken6.isValid(obj))
