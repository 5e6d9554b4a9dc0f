"""The low-vision font: Atkinson Hyperlegible registered from its package, used by labels, with the
system CJK font still drawing Chinese; the Settings check box switches it off and on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from a11y_bank.a11y import fonts
from a11y_bank.ui.theme import Theme

REPO = Path(__file__).resolve().parents[2]
CHINESE = "账户余额"
LATIN = "Il1 O0 rn m"


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Theme]:
    """A theme of its own, built over the platform's font (an earlier test's Theme may have left the
    application font in Atkinson, which a new Theme would take for the system's); put back afterwards."""
    saved = QFont(qapp.font())
    qapp.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    yield Theme(qapp)
    qapp.setFont(saved)


def _families_drawing(text: str, font: QFont) -> list[str]:
    """The families Qt actually draws `text` with (after per-character fallback), one per glyph run."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert all(0 not in run.glyphIndexes() for run in runs), "a character has no glyph (tofu)"
    return [run.rawFont().familyName() for run in runs]


def test_the_package_ships_four_styles_and_the_ofl_we_copied() -> None:
    names = [f.name for f in fonts.font_files()]
    assert names == [
        "AtkinsonHyperlegible-Bold.ttf",
        "AtkinsonHyperlegible-BoldItalic.ttf",
        "AtkinsonHyperlegible-Italic.ttf",
        "AtkinsonHyperlegible-Regular.ttf",
    ]
    licence = fonts.licence_text()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert (REPO / "resources" / "fonts" / "OFL.txt").read_text(encoding="utf-8") == licence
    assert not list((REPO / "resources" / "fonts").glob("*.ttf"))  # the fonts are not committed


def test_registered_once_and_used_by_a_label(qtbot: QtBot, theme: Theme) -> None:
    assert fonts.register() == fonts.FAMILY
    assert fonts.FAMILY in QFontDatabase.families()
    assert theme.low_vision_font
    label = QLabel(LATIN)
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == fonts.FAMILY
    assert _families_drawing(LATIN, label.font()) == [fonts.FAMILY]


def test_chinese_is_drawn_by_a_cjk_family_with_real_width(qtbot: QtBot, theme: Theme) -> None:
    if not fonts.cjk_families():
        pytest.skip("no Simplified Chinese font installed (CI installs fonts-wqy-microhei)")
    label = QLabel(f"{CHINESE} Balance")
    qtbot.addWidget(label)
    font = label.font()
    assert font.families()[1] in fonts.cjk_families()  # the fallback follows Atkinson Hyperlegible
    drawn = _families_drawing(CHINESE, font)
    assert drawn
    assert all(family in fonts.cjk_families() for family in drawn), drawn
    width = QFontMetricsF(font).horizontalAdvance(CHINESE)
    assert width > QFontMetricsF(font).horizontalAdvance("x") * len(CHINESE)  # full-width glyphs
    mixed = _families_drawing(f"{CHINESE} Balance", font)
    assert fonts.FAMILY in mixed
    assert any(family in fonts.cjk_families() for family in mixed)


def test_switching_off_gives_the_system_font_back_at_every_text_size(qtbot: QtBot, theme: Theme) -> None:
    theme.set_text_percent(300)
    label = QLabel(LATIN)
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == fonts.FAMILY
    assert theme.set_low_vision_font(False) is False
    assert QFontInfo(QApplication.font()).family() != fonts.FAMILY
    assert QApplication.font().pointSizeF() == pytest.approx(theme._scaled_size(300))
    assert theme.set_low_vision_font(True) is True
    assert QFontInfo(QApplication.font()).family() == fonts.FAMILY
    theme.set_text_percent(100)


def test_the_settings_check_box_and_the_profile_switch_the_font(
    qtbot: QtBot, theme: Theme, tmp_path: Path
) -> None:
    from a11y_bank.a11y.profile import A11yProfile, ProfileStore
    from a11y_bank.a11y.speech import SpeechService, SpyBackend
    from a11y_bank.app import build_context
    from a11y_bank.settings import Settings
    from a11y_bank.ui.screens.settings_profile import ProfileControls, apply_profile

    assert A11yProfile().low_vision_font is True  # on by default
    ctx = build_context(
        None,  # type: ignore[arg-type]  # no bank: these controls never reach it
        Settings(),
        SpeechService(SpyBackend()),
        theme=theme,
        settings_path=tmp_path / "s.json",
    )
    ctx.profile = ProfileStore(None)
    controls = ProfileControls(ctx)
    qtbot.addWidget(controls)
    assert controls.low_vision_font.isChecked()
    assert controls.low_vision_font.accessibleName() == controls.low_vision_font.text() != ""
    controls.low_vision_font.setChecked(False)
    assert ctx.profile.profile.low_vision_font is False
    assert not theme.low_vision_font
    apply_profile(A11yProfile(), theme, None)  # an imported profile with the default turns it back on
    assert theme.low_vision_font
    assert QFontInfo(QApplication.font()).family() == fonts.FAMILY
    assert controls.line_spacing.value() == 100
    controls.line_spacing.setValue(175)
    assert (ctx.profile.profile.line_spacing_percent, theme.line_spacing_percent) == (175, 175)
    controls.line_spacing.setValue(100)
    assert theme.line_spacing_percent == 100
    ctx.tasks.wait_for_all(5_000)


def _document_height(browser: QTextBrowser) -> float:
    return float(browser.document().size().height())


def test_line_spacing_spreads_reading_text_and_follows_new_content(qtbot: QtBot, theme: Theme) -> None:
    lines = "\n".join(f"Line {n}: 账户余额 1,234.50" for n in range(6))
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(400, 600)
    browser.setPlainText(lines)
    browser.show()
    normal = _document_height(browser)
    try:
        assert theme.set_line_spacing(150) == 150
        assert _document_height(browser) == pytest.approx(normal * 1.5, rel=0.1)
        browser.setPlainText(lines)  # new content: new blocks, spaced again
        assert _document_height(browser) == pytest.approx(normal * 1.5, rel=0.1)
        later = QTextBrowser()  # a document shown after the change
        qtbot.addWidget(later)
        later.resize(400, 600)
        later.setPlainText(lines)
        later.show()
        qtbot.waitExposed(later)
        assert _document_height(later) == pytest.approx(normal * 1.5, rel=0.1)
        assert theme.set_line_spacing(500) == 200  # clamped
    finally:
        assert theme.set_line_spacing(100) == 100
    assert _document_height(browser) == pytest.approx(normal)
