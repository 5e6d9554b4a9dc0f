"""Earcons: generated WAVs that really are the intended tones, small, with a visual mark each."""

from __future__ import annotations

import itertools
import wave
from pathlib import Path

import pytest

from a11y_bank.a11y.earcons import KINDS, NOTES, SAMPLE_RATE, VISUAL_MARK, Earcons, render


def _samples(path: Path) -> list[int]:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, SAMPLE_RATE)
        raw = wav.readframes(wav.getnframes())
    return list(memoryview(raw).cast("h"))


def _frequency(samples: list[int]) -> float:
    crossings = sum(1 for a, b in itertools.pairwise(samples) if a < 0 <= b)
    return crossings * SAMPLE_RATE / len(samples)


def test_a_rendered_tone_has_its_pitch_and_length(tmp_path: Path) -> None:
    samples = _samples(render([(440, 500)], tmp_path / "a.wav"))
    assert len(samples) == SAMPLE_RATE // 2
    assert _frequency(samples) == pytest.approx(440, rel=0.02)
    assert max(samples) > 8000  # audible
    assert abs(samples[0]) < 200  # faded in: no click


def test_each_earcon_is_distinct_small_and_has_a_visual_mark(tmp_path: Path) -> None:
    played: list[Path] = []
    earcons = Earcons(enabled=True, cache_dir=tmp_path, player=played.append)
    for kind in KINDS:
        assert earcons.play(kind) == VISUAL_MARK[kind]
        path = earcons.path_for(kind)
        assert path.stat().st_size < 20_000
        total_ms = sum(ms for _, ms in NOTES[kind])
        assert len(_samples(path)) == pytest.approx(SAMPLE_RATE * total_ms / 1000, abs=len(NOTES[kind]))
    assert played == [tmp_path / f"{kind}.wav" for kind in KINDS]
    success = _samples(earcons.path_for("success"))
    half = len(success) * 90 // 230
    assert _frequency(success[half:]) > _frequency(success[:half])  # rising: success
    error = _samples(earcons.path_for("error"))
    cut = len(error) * 150 // 370
    assert _frequency(error[cut:]) < _frequency(error[:cut])  # falling: error


def test_off_or_without_player_only_the_mark(tmp_path: Path) -> None:
    played: list[Path] = []
    assert Earcons(enabled=False, cache_dir=tmp_path, player=played.append).play("error") == "✗"
    assert played == []
    assert not (tmp_path / "error.wav").exists()

    def broken(_path: Path) -> None:
        raise OSError("no audio device")

    assert Earcons(enabled=True, cache_dir=tmp_path, player=broken).play("warning") == "⚠"
    with pytest.raises(ValueError, match="unknown earcon"):
        Earcons(cache_dir=tmp_path).play("fanfare")
