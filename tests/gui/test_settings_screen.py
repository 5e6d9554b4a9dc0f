"""Settings: the accessibility-profile controls apply at once, are saved, and export / import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.profile import A11yProfile, ProfileStore
from a11y_bank.a11y.speech import SpyBackend
from a11y_bank.ui.theme import THEMES


@pytest.fixture
def settings_screen(qtbot: QtBot, offline_window: Any, tmp_path: Path) -> Any:
    offline_window.ctx.profile.path = tmp_path / "a11y_profile.json"
    offline_window.navigate("settings")
    screen = offline_window.current_screen()
    assert screen.profile_controls is not None
    yield screen.profile_controls
    offline_window.ctx.theme.set_theme("default")


def _choose(combo: Any, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_theme_applies_live_and_is_saved(settings_screen: Any, offline_window: Any, tmp_path: Path) -> None:
    spy = AnnouncementSpy(offline_window.ctx.announcer)
    _choose(settings_screen.theme, "yellow_on_black")
    palette = QApplication.palette()
    assert palette.window().color().name() == THEMES["yellow_on_black"].colours["Window"]
    assert palette.windowText().color().name() == "#ffff00"
    assert spy.texts[-1] == "Colours: Yellow on black."
    assert ProfileStore.in_dir(tmp_path).profile.theme == "yellow_on_black"


def test_voice_pitch_volume_verbosity_echo(
    settings_screen: Any, offline_window: Any, spy_speech: SpyBackend
) -> None:
    settings_screen.pitch.setValue(70)
    settings_screen.volume.setValue(60)
    assert (spy_speech.properties.pitch, spy_speech.properties.volume) == (70, 60)
    _choose(settings_screen.verbosity, "expert")
    assert offline_window.self_voice.verbosity == "expert"
    settings_screen.echo.setChecked(False)
    assert offline_window.self_voice.echo is False


def test_time_limit_off_by_default_then_on_and_off(settings_screen: Any, offline_window: Any) -> None:
    timer = offline_window.session_timer
    assert settings_screen.time_limit.currentData() is None
    assert settings_screen.time_limit.currentText() == "Off"
    assert not timer.active
    _choose(settings_screen.time_limit, 10)
    assert settings_screen.time_limit.currentText() == "After 50 minutes"
    assert timer.active
    assert 2990 <= timer.seconds_left() <= 3000
    _choose(settings_screen.time_limit, None)
    assert not timer.active


def test_export_and_import_round_trip(settings_screen: Any, offline_window: Any, tmp_path: Path) -> None:
    ctx = offline_window.ctx
    _choose(settings_screen.theme, "high_contrast_light")
    _choose(settings_screen.time_limit, 3)
    ctx.settings.text_size_percent = 250
    exported = tmp_path / "profile.json"
    assert settings_screen.export_profile(exported)
    _choose(settings_screen.theme, "dark")
    _choose(settings_screen.time_limit, None)
    ctx.settings.text_size_percent = 100
    assert settings_screen.import_profile(exported)
    assert ctx.profile.profile == A11yProfile(theme="high_contrast_light", time_multiplier=3)
    assert settings_screen.theme.currentData() == "high_contrast_light"
    assert QApplication.palette().window().color().name() == "#ffffff"
    assert ctx.theme.text_percent == 250
    assert offline_window.session_timer.active
    ctx.theme.set_text_percent(100)


def test_import_of_a_wrong_file_is_refused_aloud(
    settings_screen: Any, offline_window: Any, tmp_path: Path
) -> None:
    spy = AnnouncementSpy(offline_window.ctx.announcer)
    wrong = tmp_path / "wrong.json"
    wrong.write_text("[1, 2, 3]")
    before = offline_window.ctx.profile.profile
    assert not settings_screen.import_profile(wrong)
    assert spy.texts[-1] == "That file is not an accessibility profile."
    assert offline_window.ctx.profile.profile == before
