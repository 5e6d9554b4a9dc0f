"""The accessibility profile: per-user store, validation, export and import with the shared settings."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from a11y_bank.a11y.profile import EXPORT_KIND, PROFILE_FILE, A11yProfile, ProfileStore, load_profile
from a11y_bank.settings import Settings


def test_defaults_never_rush_and_follow_the_os() -> None:
    profile = A11yProfile()
    assert profile.time_multiplier is None  # no time limit unless the user asks for one
    assert profile.theme == "system"
    assert profile.verbosity == "beginner"


def test_store_saves_reloads_and_tells_listeners(tmp_path: Path) -> None:
    store = ProfileStore.in_dir(tmp_path)
    seen: list[A11yProfile] = []
    store.subscribe(seen.append)
    store.update(theme="yellow_on_black", time_multiplier=4, voice_pitch=30, verbosity="expert")
    assert seen == [store.profile]
    store.unsubscribe(seen.append)
    store.update(earcons=True)
    assert len(seen) == 1
    again = ProfileStore.in_dir(tmp_path).profile
    expected = A11yProfile(theme="yellow_on_black", time_multiplier=4, voice_pitch=30, verbosity="expert")
    assert again == replace(expected, earcons=True)
    assert (tmp_path / PROFILE_FILE).exists()


@pytest.mark.parametrize(
    ("name", "value"),
    [("theme", "pink"), ("time_multiplier", 11), ("time_multiplier", True), ("voice_volume", 101),
     ("typing_echo", "yes"), ("verbosity", "chatty")],
)  # fmt: skip
def test_invalid_values_are_refused_on_update_and_ignored_on_load(
    tmp_path: Path, name: str, value: object
) -> None:
    store = ProfileStore.in_dir(tmp_path)
    with pytest.raises(ValueError, match=name):
        store.update(**{name: value})
    (tmp_path / PROFILE_FILE).write_text(json.dumps({name: value, "earcons": True}))
    loaded = load_profile(tmp_path / PROFILE_FILE)
    assert getattr(loaded, name) == getattr(A11yProfile(), name)
    assert loaded.earcons is True  # the good value next to it survives


def test_corrupt_file_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / PROFILE_FILE).write_text("{not json")
    assert load_profile(tmp_path / PROFILE_FILE) == A11yProfile()


def test_export_then_import_on_another_machine(tmp_path: Path) -> None:
    mine = ProfileStore.in_dir(tmp_path / "home")
    mine.update(theme="high_contrast_light", time_multiplier=10, typing_echo=False)
    settings = Settings(text_size_percent=300, voice_enabled=True, voice_rate=120, language="zh_CN")
    exported = tmp_path / "profile.json"
    mine.export_to(exported, settings)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["kind"] == EXPORT_KIND
    assert "otp_channel" not in document["settings"]  # only what the profile is about

    branch = ProfileStore.in_dir(tmp_path / "branch")
    branch_settings = Settings()
    imported = branch.import_from(exported, branch_settings)
    assert imported == mine.profile
    assert branch_settings.text_size_percent == 300
    assert branch_settings.voice_enabled is True
    assert branch_settings.language == "zh_CN"
    assert ProfileStore.in_dir(tmp_path / "branch").profile == mine.profile  # saved


def test_import_refuses_other_files(tmp_path: Path) -> None:
    other = tmp_path / "settings.json"
    Settings().save(other)
    with pytest.raises(ValueError, match="not an accessibility profile"):
        ProfileStore(None).import_from(other, Settings())
