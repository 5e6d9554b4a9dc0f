"""Settings: defaults, clamping, JSON round trip, atomic save, and never crashing on a bad file."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from a11y_bank.domain.messages import CATALOGUE
from a11y_bank.settings import (
    CODE_CHANNELS,
    SETTINGS_FILE,
    Settings,
    default_data_dir,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / SETTINGS_FILE


def test_defaults() -> None:
    settings = Settings()
    assert settings.text_size_percent == 100
    assert settings.voice_enabled is False
    assert settings.voice_rate == 180
    assert settings.language == "en"
    assert settings.high_contrast is False
    assert settings.otp_channel == "SMS"
    assert settings.verbosity == "normal"


def test_aliases() -> None:
    settings = Settings()
    settings.text_scale = 250
    settings.code_channel = "voice"
    assert settings.text_size_percent == 250
    assert settings.text_scale == 250
    assert settings.otp_channel == "VOICE"
    assert settings.code_channel == "VOICE"


@pytest.mark.parametrize(
    ("field", "given", "stored"),
    [
        ("text_size_percent", 50, 100),
        ("text_size_percent", 1000, 400),
        ("text_size_percent", 150.6, 151),
        ("text_size_percent", 400, 400),
        ("voice_rate", 10, 80),
        ("voice_rate", 9999, 400),
        ("language", "zh-CN", "zh_CN"),
        ("language", "zh", "zh_CN"),
        ("language", "en_GB", "en"),
        ("otp_channel", "email", "EMAIL"),
        ("verbosity", "BRIEF", "brief"),
    ],
)
def test_values_are_normalised(field: str, given: object, stored: object) -> None:
    assert getattr(Settings(**{field: given}), field) == stored  # type: ignore[arg-type]
    settings = Settings()
    setattr(settings, field, given)
    assert getattr(settings, field) == stored


@pytest.mark.parametrize(
    ("field", "given"),
    [
        ("text_size_percent", "big"),
        ("text_size_percent", True),  # a bool is not a size
        ("text_size_percent", float("nan")),
        ("text_size_percent", float("inf")),
        ("text_size_percent", None),
        ("voice_rate", [200]),
        ("language", "de"),
        ("language", 42),
        ("otp_channel", "PIGEON"),
        ("verbosity", "chatty"),
        ("voice_enabled", "false"),  # a truthy string must not turn the voice on
        ("high_contrast", 1),
    ],
)
def test_wrong_values_keep_the_current_value(
    field: str, given: object, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings()
    before = getattr(settings, field)
    with caplog.at_level(logging.WARNING, logger="a11y_bank.settings"):
        setattr(settings, field, given)
    assert getattr(settings, field) == before
    assert field in caplog.text


def test_wrong_assignment_keeps_a_non_default_current_value() -> None:
    settings = Settings(language="zh_CN", text_size_percent=300)
    settings.language = "klingon"
    settings.text_size_percent = "huge"  # type: ignore[assignment]
    assert settings.language == "zh_CN"
    assert settings.text_size_percent == 300


def test_round_trip(path: Path) -> None:
    settings = Settings(
        text_size_percent=250,
        voice_enabled=True,
        voice_rate=220,
        language="zh_CN",
        high_contrast=True,
        otp_channel="TOKEN",
        verbosity="full",
    )
    assert settings.save(path)
    assert Settings.load(path) == settings
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["version"] == 1
    assert stored["text_size_percent"] == 250
    assert set(stored) == {"version", *Settings().to_json()}


def test_missing_file_gives_defaults_quietly(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        loaded = Settings.load_checked(path)
    assert loaded.settings == Settings()
    assert loaded.problems == ()
    assert loaded.message_code is None
    assert not caplog.records


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "unreadable"),  # not UTF-8
        (b"[1, 2, 3]", "JSON object"),
        (b'"text_size_percent"', "JSON object"),
        (b"null", "JSON object"),
        (b" " * (70 * 1024), "unreadable"),
    ],
)
def test_corrupt_file_gives_defaults_and_a_warning(
    path: Path, content: bytes, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="a11y_bank.settings"):
        loaded = Settings.load_checked(path)
    assert loaded.settings == Settings()
    assert reason in caplog.text
    assert loaded.message_code == "settings.reset"
    assert loaded.message_code in CATALOGUE


def test_directory_instead_of_file(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path.mkdir(parents=True)
    with caplog.at_level(logging.WARNING, logger="a11y_bank.settings"):
        assert Settings.load(path) == Settings()
    assert "unreadable" in caplog.text


def test_partly_wrong_file_keeps_the_good_values(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "text_size_percent": 9000,
                "voice_enabled": "yes",
                "language": "zh_CN",
                "otp_channel": "EMAIL",
                "some_future_option": True,
            }
        ),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="a11y_bank.settings"):
        loaded = Settings.load_checked(path)
    assert loaded.settings == Settings(text_size_percent=400, language="zh_CN", otp_channel="EMAIL")
    assert len(loaded.problems) == 2
    assert "text_size_percent" in caplog.text
    assert "voice_enabled" in caplog.text


def test_other_format_version_is_read_best_effort(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": 7, "voice_rate": 200}), encoding="utf-8")
    loaded = Settings.load_checked(path)
    assert loaded.settings.voice_rate == 200
    assert any("version" in problem for problem in loaded.problems)


def test_save_is_atomic_and_leaves_no_temporary_files(path: Path) -> None:
    assert Settings(voice_rate=200).save(path)
    assert Settings(voice_rate=300).save(path)
    assert sorted(p.name for p in path.parent.iterdir()) == [SETTINGS_FILE]
    assert Settings.load(path).voice_rate == 300


def test_failed_write_keeps_the_old_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(voice_rate=200).save(path)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    assert Settings(voice_rate=300).save(path) is False
    monkeypatch.undo()
    assert Settings.load(path).voice_rate == 200
    assert sorted(p.name for p in path.parent.iterdir()) == [SETTINGS_FILE]


def test_unwritable_location_returns_false(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="a11y_bank.settings"):
        assert Settings().save(blocker / "sub" / SETTINGS_FILE) is False
    assert "could not save settings" in caplog.text


def test_path_in_and_default_dir(tmp_path: Path) -> None:
    assert Settings.path_in(tmp_path) == tmp_path / "settings.json"
    assert default_data_dir().name == "a11y_bank"


def test_code_channels_match_the_wire() -> None:
    assert CODE_CHANNELS == ("SMS", "EMAIL", "VOICE", "TOKEN")
