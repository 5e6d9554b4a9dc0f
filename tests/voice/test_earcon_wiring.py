"""Earcons in the app: the Settings check box turns them on, catalogue messages sound by severity,
and the status line always shows the mark with the sound (a spy player records what would play)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.earcons import KINDS, VISUAL_MARK, Earcons, kind_for
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import A11yProfile, ProfileStore
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.app import build_context
from a11y_bank.domain.messages import CATALOGUE
from a11y_bank.settings import Settings
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import say
from a11y_bank.ui.screens.settings_profile import ProfileControls, apply_profile


class NoBank:
    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"this test must not call the bank (called {name})")


@pytest.fixture
def played() -> list[Path]:
    return []


@pytest.fixture
def ctx(qtbot: QtBot, tmp_path: Path, played: list[Path]) -> Iterator[AppContext]:
    earcons = Earcons(enabled=False, cache_dir=tmp_path / "earcons", player=played.append)
    speech = SpeechService(SpyBackend(), enabled=False, earcons=earcons)
    context = build_context(NoBank(), Settings(), speech, settings_path=tmp_path / "s.json")  # type: ignore[arg-type]
    context.profile = ProfileStore(None)
    yield context
    context.tasks.wait_for_all(5_000)


def test_every_catalogue_code_maps_to_a_known_kind_and_the_obvious_ones_are_right() -> None:
    assert {kind_for(code) for code in CATALOGUE} <= {*KINDS, None}
    assert kind_for("success.payment_sent") == "success"
    assert kind_for("status.completed") == "success"
    assert kind_for("api.outcome_unknown") == "warning"
    assert kind_for("sca.code_wrong") == "error"
    assert kind_for("amount.not_a_number") == "error"
    assert kind_for("status.pending") is None
    assert {kind_for(code) for code in CATALOGUE} >= set(KINDS)  # each sound is used


def test_off_by_default_no_sound_and_no_mark(ctx: AppContext, played: list[Path]) -> None:
    assert A11yProfile().earcons is False
    say(ctx.announcer, "success.signed_out")
    assert played == []
    assert not ctx.announcer.notice.text().startswith(VISUAL_MARK["success"])


def test_the_check_box_turns_earcons_on_and_each_sound_has_its_mark(
    qtbot: QtBot, ctx: AppContext, played: list[Path]
) -> None:
    controls = ProfileControls(ctx)
    qtbot.addWidget(controls)
    assert not controls.earcons.isChecked()
    assert controls.earcons.accessibleName()
    controls.earcons.setChecked(True)
    assert ctx.profile is not None
    assert ctx.profile.profile.earcons is True
    assert ctx.speech is not None
    assert ctx.speech.earcons.enabled
    for code, kind, params in (
        ("success.signed_out", "success", {}),
        ("api.timeout", "warning", {}),
        ("sca.code_wrong", "error", {"attempts_left": 2}),
    ):
        before = len(played)
        say(ctx.announcer, code, Priority.NOW, **params)
        assert [p.name for p in played[before:]] == [f"{kind}.wav"], code
        assert ctx.announcer.notice.text().startswith(VISUAL_MARK[kind] + " "), code
    before = len(played)
    say(ctx.announcer, "status.pending", Priority.NOW)
    assert len(played) == before  # progress makes no sound ...
    assert not ctx.announcer.notice.text().startswith(tuple(VISUAL_MARK.values()))  # ... and shows no mark
    controls.earcons.setChecked(False)
    say(ctx.announcer, "success.signed_out", Priority.NOW)
    assert len(played) == before


def test_the_profile_applies_earcons_at_start_and_on_import(ctx: AppContext) -> None:
    assert ctx.speech is not None
    apply_profile(A11yProfile(earcons=True), None, ctx.speech)
    assert ctx.speech.earcons.enabled
    apply_profile(A11yProfile(), None, ctx.speech)
    assert not ctx.speech.earcons.enabled
